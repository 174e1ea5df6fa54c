// worker.js — the wirediff engine (Go compiled to WebAssembly) inside a
// classic Web Worker, so that no analysis ever runs on the page's thread.
//
// Two modules: wording.wasm (about 1.3 MB gzipped, no language model)
// starts first and answers wording-only comparisons ({attribution: false})
// until wirediff.wasm, the full engine (6 MB and a model that takes a second
// or two to load), is ready; from then on the full engine answers
// everything. Requests the small module cannot answer wait for the full one.
//
// Messages from the page:  {id, op: "analyze"|"compare"|"report"|"article", args: [...]}
// Messages to the page:
//   {type: "wording-ready", version}  the small module answers wording comparisons
//   {type: "alive"}                   once the worker holds its lock (below)
//   {type: "progress", phase: "download", loaded, total}   total is 0 when unknown
//   {type: "progress", phase: "compile"}
//   {type: "progress", phase: "models"}
//   {type: "ready", version}
//   {type: "crash", message}          the Go program exited or the module failed;
//                                     this worker is dead, start another
//   {id, result}                      the engine's JSON, parsed
//   {id, head} {id, path, items}… {id, done}   the same, in parts (postInParts)
//   {id, error: {code, message}}
//
// The worker holds the Web Lock named by its name for as long as it lives,
// so that the page notices when it is gone, however it went (engine.js).
//
// Classic rather than module worker: wasm_exec.js is a classic script that
// sets globals, and importScripts is the one way to load it that works in
// every browser that runs WebAssembly.
"use strict";

// "alive" once the lock is held, so that the page's request for it comes
// after this worker's and is granted only when this worker is gone; the
// engine starts (and so answers requests) only then.
const held = new Promise((resolve) => {
	if (!self.navigator || !self.navigator.locks || !self.name) {
		resolve();
		return;
	}
	self.navigator.locks.request(self.name, () => {
		self.postMessage({ type: "alive" });
		resolve();
		return new Promise(() => {});
	});
});

// The base URL of the site's files: this script's own location, or, when
// engine.js had to start the worker from a blob: URL (an embed on a page of
// another origin), the real location it set before importing this script.
const base = new URL(self.WIREDIFF_WORKER_URL || self.location.href);

importScripts(new URL("../wasm_exec.js", base).href);

let engine = null; // globalThis.wirediff once the Go program runs
let wording = null; // globalThis.wirediffWording until engine is ready
let dead = false;
const queue = []; // requests that arrived before the engine was ready

function crash(message) {
	if (dead) {
		return;
	}
	dead = true;
	self.postMessage({ type: "crash", message });
	self.close();
}

// fetchModule returns a Response whose body counts bytes as the browser
// reads it, so that compilation can stream while the page shows progress.
async function fetchModule(url) {
	const resp = await fetch(url);
	if (!resp.ok) {
		throw new Error(`The engine file ${url.pathname} could not be loaded (HTTP ${resp.status}).`);
	}
	// With Content-Encoding the length is the compressed size, and a
	// cross-origin response may hide the encoding: the page shows a
	// percentage only while the count stays below the stated total.
	const encoded = resp.headers.get("Content-Encoding");
	const total = encoded ? 0 : Number(resp.headers.get("Content-Length")) || 0;
	if (!resp.body) {
		return resp;
	}
	let loaded = 0;
	let last = 0;
	const reader = resp.body.getReader();
	const counted = new ReadableStream({
		async pull(controller) {
			const { done, value } = await reader.read();
			if (done) {
				self.postMessage({ type: "progress", phase: "download", loaded, total });
				// Compilation streams along with the download; what is
				// left of it runs now.
				self.postMessage({ type: "progress", phase: "compile" });
				controller.close();
				return;
			}
			loaded += value.byteLength;
			// Not every chunk: a message per 256 KB is plenty for a progress bar.
			if (loaded - last >= 1 << 18) {
				last = loaded;
				self.postMessage({ type: "progress", phase: "download", loaded, total });
			}
			controller.enqueue(value);
		},
		cancel(reason) {
			return reader.cancel(reason);
		},
	});
	return new Response(counted, { headers: { "Content-Type": "application/wasm" } });
}

// startWording runs the small wording-only module and answers the
// requests it can take that are waiting. A failure here is not fatal: the
// full module answers them instead.
async function startWording() {
	try {
		const go = new Go();
		const { instance } = await WebAssembly.instantiateStreaming(fetch(new URL("../wording.wasm", base)), go.importObject);
		go.run(instance).finally(() => {
			wording = null;
		});
		if (!engine && globalThis.wirediffWording) {
			wording = globalThis.wirediffWording;
			self.postMessage({ type: "wording-ready", version: wording.version });
		}
	} catch (err) {
		console.warn(`wirediff: the wording module did not start (${err && err.message ? err.message : err}); waiting for the full engine`);
	}
	for (let i = 0; wording && i < queue.length && !dead; ) {
		if (wordingOnly(queue[i])) {
			answer(queue.splice(i, 1)[0], wording);
		} else {
			i++;
		}
	}
	warm(wording, '{"attribution":false}');
}

// warmA and warmB are a small pair that takes every engine through its
// main paths (furniture, quotations, sentences in two scripts, an edit and
// a move), so that the browser has compiled them before the first real
// request: otherwise that request pays for it, up to a second or two.
const warmA = "Getting your audio player ready...\nBy Jane Roe\n\nThe council approved the budget on Monday, officials said. " +
	"\u201cWe did what we had to,\u201d the mayor told reporters. Critics reportedly disagreed.\n\n" +
	"\u4ed6\u51fa\u751f\u4e8e\u5317\u4eac\u3002\u540e\u6765\u79fb\u5c45\u4e0a\u6d77\u3002\n\nShare this article";
const warmB = "By Jane Roe\n\nCritics disagreed.\n\nThe council passed the budget on Monday, two officials claimed. " +
	"\u201cWe did what we must,\u201d the mayor said.\n\n\u4ed6\u51fa\u751f\u4e8e\u5317\u4eac\u3002\u540e\u6765\u79fb\u5c45\u5e7f\u5dde\u3002";

// warm runs the warm-up pair through eng when no request is waiting.
function warm(eng, opts) {
	setTimeout(() => {
		if (!dead && eng && queue.length === 0) {
			try {
				eng.compare(warmA, warmB, opts);
			} catch {
				// A real request will meet the same failure and report it.
			}
		}
	}, 0);
}

// wordingOnly reports whether req is a comparison without attribution.
function wordingOnly(req) {
	const opts = (req.args || [])[2];
	return req.op === "compare" && opts != null && opts.attribution === false;
}

async function start() {
	await held;
	await startWording();
	const go = new Go();
	const resp = await fetchModule(new URL("../wirediff.wasm", base));
	let instance;
	if (WebAssembly.instantiateStreaming) {
		({ instance } = await WebAssembly.instantiateStreaming(resp, go.importObject));
	} else {
		const bytes = await resp.arrayBuffer();
		self.postMessage({ type: "progress", phase: "compile" });
		({ instance } = await WebAssembly.instantiate(bytes, go.importObject));
	}
	// go.run runs main synchronously until it blocks in select{}, so the
	// global is set when run returns its promise; the promise settles only
	// when the Go program ends, which for us is always a crash.
	go.exit = (code) => {
		go.exitCode = code;
	};
	go.run(instance).then(
		() => crash(`The engine stopped (exit code ${go.exitCode ?? "unknown"}).`),
		(err) => crash(`The engine stopped: ${err && err.message ? err.message : err}`),
	);
	engine = globalThis.wirediff;
	if (!engine || typeof engine.analyze !== "function") {
		throw new Error("The engine did not register itself.");
	}
	self.postMessage({ type: "progress", phase: "models" });
	const pre = JSON.parse(engine.preload());
	if (pre && pre.error) {
		throw new Error(pre.error.message);
	}
	self.postMessage({ type: "ready", version: engine.version });
	// The small module's memory goes with it.
	wording = null;
	delete globalThis.wirediffWording;
	while (queue.length > 0 && !dead) {
		answer(queue.shift(), engine);
	}
	warm(engine, undefined);
}

// call runs one operation on eng. Every argument crosses as a string, as the
// boundary wants (wasm/main_js.go).
function call(eng, op, args) {
	switch (op) {
		case "analyze":
			return eng.analyze(String(args[0] ?? ""));
		case "compare": {
			const opts = args[2] == null ? undefined : JSON.stringify(args[2]);
			return eng.compare(String(args[0] ?? ""), String(args[1] ?? ""), opts);
		}
		case "report":
			return eng.report(JSON.stringify(args[0]));
		case "article":
			return eng.article(String(args[0] ?? ""));
		case "_crash":
			// Only the browser tests send this (eng.js exposes it to them).
			eng._crash();
			return JSON.stringify({ ok: true });
		default:
			return JSON.stringify({ error: { code: "bad-op", message: `Unknown operation ${op}.` } });
	}
}

// answer runs req on eng, the full engine or the wording module.
function answer(req, eng) {
	let out;
	try {
		out = call(eng, req.op, req.args || []);
	} catch (err) {
		// A JavaScript exception out of the Go side means the module
		// trapped (out of memory, "Go program has already exited"): the
		// engine cannot be trusted any more.
		self.postMessage({
			id: req.id,
			error: { code: "engine-crashed", message: "The engine failed while working on this request." },
		});
		crash(err && err.message ? err.message : String(err));
		return;
	}
	let doc;
	try {
		doc = JSON.parse(out);
	} catch {
		self.postMessage({ id: req.id, error: { code: "internal", message: "The engine returned something that is not JSON." } });
		return;
	}
	if (doc && doc.error) {
		self.postMessage({ id: req.id, error: doc.error });
	} else {
		postInParts(req.id, doc);
	}
}

// postInParts sends a result in messages the page unpacks one at a time:
// arrays of more than partSize items (a comparison's blocks, an analysis's
// sentences) follow the rest in slices, so that no one message holds the
// page's thread long (a comparison of two 1 MB texts is some 16 MB of
// objects: 1.5 s to unpack in one message). engine.js puts them together.
const partSize = 1000;

function postInParts(id, doc) {
	const parts = [];
	const cut = (obj, path) => {
		for (const [k, v] of Object.entries(obj)) {
			if (Array.isArray(v) && v.length > partSize) {
				parts.push([[...path, k], v]);
				obj[k] = [];
			} else if (v && typeof v === "object" && !Array.isArray(v) && path.length < 2) {
				cut(v, [...path, k]);
			}
		}
	};
	if (doc && typeof doc === "object") {
		cut(doc, []);
	}
	if (parts.length === 0) {
		self.postMessage({ id, result: doc });
		return;
	}
	self.postMessage({ id, head: doc });
	for (const [path, items] of parts) {
		for (let i = 0; i < items.length; i += partSize) {
			self.postMessage({ id, path, items: items.slice(i, i + partSize) });
		}
	}
	self.postMessage({ id, done: true });
}

self.onmessage = (ev) => {
	const req = ev.data;
	if (dead || !req || typeof req.id !== "number") {
		return;
	}
	if (engine) {
		answer(req, engine);
	} else if (wording && wordingOnly(req)) {
		answer(req, wording);
	} else {
		queue.push(req);
	}
};

start().catch((err) => crash(err && err.message ? err.message : String(err)));
