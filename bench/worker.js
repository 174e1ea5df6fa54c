// The timing page's worker: it loads the wirediff module and the two
// JavaScript peers into one worker, builds the same pairs of texts as the
// Go benchmark BenchmarkCompare in internal/engine (the three labelled
// articles, paragraph by paragraph, and a rewrite of them), and times each
// engine on each pair here, in the same run, so that the figures compare.
/* global Go, Diff, diff_match_patch */
"use strict";

self.module = { exports: {} }; // diff-match-patch is CommonJS
importScripts("../wasm_exec.js", "vendor/jsdiff-9.0.0.min.js", "vendor/diff-match-patch-1.0.5.js");
const DMP = self.module.exports;

const ARTICLES = ["khamenei-veto.jns.txt", "belgacom-gchq.intercept.txt", "coruna-toolkit.techcrunch.md"];

const fields = (s) => s.split(/\s+/).filter(Boolean);

// benchText mirrors benchText in internal/engine/bench_test.go.
function benchText(articles, n) {
  const paras = [];
  for (const a of articles) {
    for (const p of a.split("\n")) {
      if (fields(p).length > 8) paras.push(p);
    }
  }
  let out = "";
  for (let words = 0, i = 0; words < n; i++) {
    const p = paras[i % paras.length];
    out += p + "\n\n";
    words += fields(p).length;
  }
  return out;
}

// rewrite mirrors rewrite in internal/engine/bench_test.go.
function rewrite(s) {
  const swaps = { " said ": " claimed ", "reportedly ": "", " senior ": " " };
  s = s.replace(/ said |reportedly | senior /g, (m) => swaps[m]);
  const paras = s.split("\n\n");
  const out = [];
  paras.forEach((p, i) => {
    if (i % 10 === 7) return;
    const w = fields(p);
    for (let j = 0; j < w.length; j++) {
      if ((i + j) % 40 === 39) w[j] = "edited";
    }
    out.push(w.join(" "));
  });
  for (let i = 5; i + 1 < out.length; i += 15) {
    [out[i], out[i + 1]] = [out[i + 1], out[i]];
  }
  return out.join("\n\n");
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

// time runs f reps times after one warm-up run and returns the median in
// milliseconds, with the last result.
function time(f, reps) {
  let result = f();
  const ms = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    result = f();
    ms.push(performance.now() - t);
  }
  return { ms: median(ms), result };
}

function parse(json) {
  const v = JSON.parse(json);
  if (v.error) throw new Error(v.error.code + ": " + v.error.message);
  return v;
}

let goInstance = null;

// loadEngine starts the wording-only module, as the page's worker does
// first, then the full engine and its language model, timing each.
async function loadEngine() {
  const t0 = performance.now();
  const wgo = new Go();
  const w = await WebAssembly.instantiateStreaming(fetch("../wording.wasm"), wgo.importObject);
  wgo.run(w.instance).then(() => self.postMessage({ error: "the wording module exited" }));
  const wordingStartMs = performance.now() - t0;
  const go = new Go();
  const t = performance.now();
  const { instance } = await WebAssembly.instantiateStreaming(fetch("../wirediff.wasm"), go.importObject);
  goInstance = instance;
  go.run(instance).then(() => self.postMessage({ error: "the Go program exited" }));
  const startMs = performance.now() - t;
  const p = performance.now();
  parse(globalThis.wirediff.preload());
  return { wordingStartMs, startMs, modelMs: performance.now() - p };
}

// revisions times the wording diff of each real Wikipedia revision pair
// (texts/wikipedia-revisions.json) in the wording module, its first call
// included, against jsdiff and diff-match-patch on the same pair.
async function revisions(reps, articles) {
  // The page's worker warms each module up on a small pair before the
  // first request (web/worker.js); so does this, so that "first call" is
  // what a reader meets.
  const small = benchText(articles, 300);
  parse(globalThis.wirediffWording.compare(small, rewrite(small), '{"attribution":false}'));
  const resp = await fetch("texts/wikipedia-revisions.json");
  if (!resp.ok) throw new Error("texts/wikipedia-revisions.json: " + resp.status);
  const revs = await resp.json();
  const wd = globalThis.wirediffWording;
  const dmp = new DMP();
  for (const lang of ["en", "zh"]) {
    (revs[lang] || []).forEach(([a, b], i) => {
      const row = { name: lang + String(i).padStart(2, "0"), chars: a.length + b.length };
      const t = performance.now();
      parse(wd.compare(a, b, '{"attribution":false}'));
      row.firstMs = performance.now() - t;
      const wording = time(() => parse(wd.compare(a, b, '{"attribution":false}')), reps);
      row.wordingMs = wording.ms;
      row.blocks = wording.result.blocks.length;
      row.rebuilds = rebuilds(wording.result, a, b);
      row.jsdiffMs = time(() => Diff.diffWords(a, b), reps).ms;
      row.dmpCapMs = dmp.Diff_Timeout * 1000;
      row.dmpMs = time(() => {
        const d = dmp.diff_main(a, b);
        dmp.diff_cleanupSemantic(d);
        return d;
      }, reps).ms;
      self.postMessage({ revision: row });
    });
  }
}

const memoryMB = () => goInstance.exports.mem.buffer.byteLength / (1 << 20);

async function run({ sizes, reps, peers, revs }) {
  const load = await loadEngine();
  self.postMessage({ load });
  const articles = await Promise.all(ARTICLES.map((f) => fetch("texts/" + f).then((r) => {
    if (!r.ok) throw new Error("texts/" + f + ": " + r.status);
    return r.text();
  })));
  if (revs) {
    await revisions(reps, articles);
  }
  const wd = globalThis.wirediff;
  for (const n of sizes) {
    const a = benchText(articles, n);
    const b = rewrite(a);
    const words = fields(a).length;
    const row = { n, words, chars: a.length + b.length };
    const wording = time(() => parse(wd.compare(a, b, '{"attribution":false}')), reps);
    row.wordingMs = wording.ms;
    row.blocks = wording.result.blocks.length;
    row.similarity = wording.result.similarity;
    row.rebuilds = rebuilds(wording.result, a, b);
    row.fullMs = time(() => parse(wd.compare(a, b)), reps).ms;
    row.analyzeMs = time(() => parse(wd.analyze(a)), reps).ms;
    row.analyzePer1kMs = row.analyzeMs / (words / 1000);
    if (peers) {
      const peerReps = Math.max(1, Math.min(reps, n >= 50000 ? 1 : reps));
      row.jsdiffMs = time(() => Diff.diffWords(a, b), peerReps).ms;
      const dmp = new DMP();
      row.dmpCapMs = dmp.Diff_Timeout * 1000;
      row.dmpMs = time(() => {
        const d = dmp.diff_main(a, b);
        dmp.diff_cleanupSemantic(d);
        return d;
      }, peerReps).ms;
    }
    row.memoryMB = memoryMB();
    self.postMessage({ row });
  }
  self.postMessage({ done: true, memoryMB: memoryMB() });
}

// rebuilds checks the contract's promise on the result timed: the blocks'
// words, A's in A order and B's in B order, give back the words of A and B.
function rebuilds(c, a, b) {
  let ra = "";
  for (const bl of [...c.blocks].filter((x) => x.a).sort((x, y) => x.a.start - y.a.start)) {
    ra += bl.words ? bl.words.filter((w) => w.op !== "insert").map((w) => w.text).join("") : bl.a.text;
  }
  let rb = "";
  for (const bl of c.blocks) {
    if (bl.b) rb += bl.words ? bl.words.filter((w) => w.op !== "delete").map((w) => w.text).join("") : bl.b.text;
  }
  const same = (x, y) => fields(x).join(" ") === fields(y).join(" ");
  return same(ra, a) && same(rb, b);
}

self.onmessage = (e) => {
  run(e.data).catch((err) => self.postMessage({ error: String(err && err.message || err) }));
};
