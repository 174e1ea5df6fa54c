// The timing page: starts the timing worker, shows each row as it comes,
// and leaves the whole result on window.wirediffBench for the browser test
// that records the figures.
const $ = (id) => document.getElementById(id);

const ms = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1)) + " ms";

function cell(tr, text, ratio) {
  const td = document.createElement("td");
  td.textContent = text;
  if (ratio) {
    const span = document.createElement("span");
    span.className = "ratio";
    span.textContent = " (" + ratio + ")";
    td.append(span);
  }
  tr.append(td);
}

function showRow(r) {
  const tr = document.createElement("tr");
  const ratio = (x) => (x / r.wordingMs).toFixed(1) + "×";
  cell(tr, r.words.toLocaleString("en"));
  cell(tr, ms(r.wordingMs));
  cell(tr, ms(r.fullMs));
  cell(tr, ms(r.analyzePer1kMs));
  if (r.jsdiffMs === undefined) {
    cell(tr, "not run");
    cell(tr, "not run");
  } else {
    cell(tr, ms(r.jsdiffMs), ratio(r.jsdiffMs));
    cell(tr, ms(r.dmpMs) + (r.dmpMs >= r.dmpCapMs ? " (hit its time cap)" : ""), ratio(r.dmpMs));
  }
  cell(tr, r.memoryMB.toFixed(0) + " MB");
  $("rows").append(tr);
}

function showRevision(r) {
  const tr = document.createElement("tr");
  const ratio = (x) => (r.wordingMs / x).toFixed(2) + "×";
  cell(tr, r.name);
  cell(tr, r.chars.toLocaleString("en"));
  cell(tr, ms(r.firstMs));
  cell(tr, ms(r.wordingMs));
  cell(tr, ms(r.jsdiffMs), ratio(r.jsdiffMs));
  cell(tr, ms(r.dmpMs) + (r.dmpMs >= r.dmpCapMs ? " (hit its time cap)" : ""), ratio(r.dmpMs));
  $("revrows").append(tr);
}

function run() {
  const sizes = $("sizes").value.split(",").map((s) => parseInt(s, 10)).filter((n) => n > 0 && n <= 200000);
  const reps = Math.max(1, Math.min(20, parseInt($("reps").value, 10) || 5));
  $("rows").replaceChildren();
  $("run").disabled = true;
  $("status").textContent = "Loading the engine…";
  const result = { rows: [], revisions: [], done: false };
  $("revrows").replaceChildren();
  window.wirediffBench = result;
  const w = new Worker(new URL("worker.js", import.meta.url));
  w.onmessage = (e) => {
    const m = e.data;
    if (m.load) {
      result.load = m.load;
      $("status").textContent = `Wording module started in ${ms(m.load.wordingStartMs)}, full engine in ${ms(m.load.startMs)}, language model loaded in ${ms(m.load.modelMs)}. Timing…`;
    } else if (m.revision) {
      result.revisions.push(m.revision);
      showRevision(m.revision);
    } else if (m.row) {
      result.rows.push(m.row);
      showRow(m.row);
    } else if (m.done) {
      result.done = true;
      result.memoryMB = m.memoryMB;
      $("status").textContent += " Done.";
      $("run").disabled = false;
      w.terminate();
    } else if (m.error) {
      result.error = m.error;
      $("status").textContent = "Failed: " + m.error;
      $("run").disabled = false;
      w.terminate();
    }
  };
  w.onerror = (e) => {
    result.error = e.message || "the worker failed";
    $("status").textContent = "Failed: " + result.error;
  };
  w.postMessage({ sizes, reps, peers: $("peers").checked, revs: $("revs").checked });
}

$("run").addEventListener("click", run);
const q = new URLSearchParams(location.search);
if (q.has("sizes")) $("sizes").value = q.get("sizes");
if (q.has("reps")) $("reps").value = q.get("reps");
if (q.get("peers") === "0") $("peers").checked = false;
if (q.get("revisions") === "1") $("revs").checked = true;
if (q.has("run")) run();
