// worker.js — the wirediff engine (Go compiled to WebAssembly) inside a
// classic Web Worker, so that no analysis ever runs on the page's thread.
//
// Messages from the page:  {id, op: "analyze"|"compare"|"report"|"article", args: [...]}
// Messages to the page:
//   {type: "progress", phase: "download", loaded, total}   total is 0 when unknown
//   {type: "progress", phase: "compile"}
//   {type: "progress", phase: "models"}
//   {type: "ready", version}
//   {type: "crash", message}          the Go program exited or the module failed;
//                                     this worker is dead, start another
//   {id, result}                      the engine's JSON, parsed
//   {id, error: {code, message}}
//
// Classic rather than module worker: wasm_exec.js is a classic script that
// sets globals, and importScripts is the one way to load it that works in
// every browser that runs WebAssembly.
"use strict";

// The base URL of the site's files: this script's own location, or, when
// engine.js had to start the worker from a blob: URL (an embed on a page of
// another origin), the real location it set before importing this script.
const base = new URL(self.WIREDIFF_WORKER_URL || self.location.href);

importScripts(new URL("../wasm_exec.js", base).href);

let engine = null; // globalThis.wirediff once the Go program runs
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

async function start() {
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
	while (queue.length > 0 && !dead) {
		answer(queue.shift());
	}
}

// call runs one operation. Every argument crosses as a string, as the
// boundary wants (wasm/main_js.go).
function call(op, args) {
	switch (op) {
		case "analyze":
			return engine.analyze(String(args[0] ?? ""));
		case "compare": {
			const opts = args[2] == null ? undefined : JSON.stringify(args[2]);
			return engine.compare(String(args[0] ?? ""), String(args[1] ?? ""), opts);
		}
		case "report":
			return engine.report(JSON.stringify(args[0]));
		case "article":
			return engine.article(String(args[0] ?? ""));
		case "_crash":
			// Only the browser tests send this (engine.js exposes it to them).
			engine._crash();
			return JSON.stringify({ ok: true });
		default:
			return JSON.stringify({ error: { code: "bad-op", message: `Unknown operation ${op}.` } });
	}
}

function answer(req) {
	let out;
	try {
		out = call(req.op, req.args || []);
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
		self.postMessage({ id: req.id, result: doc });
	}
}

self.onmessage = (ev) => {
	const req = ev.data;
	if (dead || !req || typeof req.id !== "number") {
		return;
	}
	if (engine) {
		answer(req);
	} else {
		queue.push(req);
	}
};

start().catch((err) => crash(err && err.message ? err.message : String(err)));
