// engine.js — the page's handle on the wirediff engine. It owns one Web
// Worker (worker.js), turns requests into promises, reports loading
// progress, and replaces the worker when it dies — however it dies, a
// watchdog (_watch) notices — failing only the request it was working on.
// Nothing heavy runs on the page's thread.
//
//   const engine = new Engine();
//   engine.addEventListener("progress", (e) => e.detail);   {phase, loaded, total}
//   engine.addEventListener("ready", (e) => e.detail);      {version}
//   engine.addEventListener("crash", (e) => e.detail);      {message}; a new worker is starting
//   engine.addEventListener("failed", (e) => e.detail);     {message}; the engine cannot start
//   await engine.compare(a, b, {attribution: false});
//
// Rejections are EngineError objects with a `code`: the engine's own codes
// ("empty", "too-large", ...) and "engine-crashed", "cancelled",
// "engine-unavailable".

/** EngineError is an Error with the engine's error code. */
export class EngineError extends Error {
	constructor(code, message) {
		super(message);
		this.name = "EngineError";
		this.code = code;
	}
}

// Where the browser has no Web Locks (a page not served over https or from
// localhost), a request the worker has not answered in this long counts as
// a dead worker; the engine's cost is bounded far below it.
const deadlineMillis = 180_000;

let workerSerial = 0;

// A worker that dies before it was ever ready is retried this many times in
// a row; after that the page says the engine cannot start rather than
// looping (a missing .wasm file would otherwise restart forever).
const maxFailedStarts = 2;

export class Engine extends EventTarget {
	/**
	 * @param {{workerURL?: string|URL}} [opts] workerURL defaults to the
	 *   worker.js beside this module, wherever the module is served from.
	 */
	constructor(opts = {}) {
		super();
		this.workerURL = new URL(opts.workerURL || "./worker.js", import.meta.url);
		this.state = "loading"; // loading | ready | failed
		this.version = "";
		this.progress = { phase: "download", loaded: 0, total: 0 };
		this._nextID = 1;
		this._queue = []; // requests not yet sent: {id, op, args, resolve, reject, signal}
		this._inflight = null; // the one request the worker is working on
		this._failedStarts = 0;
		this._start();
	}

	/** analyze resolves to the contract's Analysis of text. */
	analyze(text, { signal } = {}) {
		return this._request("analyze", [text], signal);
	}

	/** compare resolves to the contract's Comparison of a and b. */
	compare(a, b, options, { signal } = {}) {
		return this._request("compare", [a, b, options ?? null], signal);
	}

	/** article resolves to {title, text}: a saved web page's article text. */
	article(html, { signal } = {}) {
		return this._request("article", [html], signal);
	}

	/** report resolves to {html}: a standalone HTML report of a Comparison. */
	report(comparison, { signal } = {}) {
		return this._request("report", [comparison], signal);
	}

	/**
	 * restart throws the worker away (a request that takes too long, or a
	 * test) and starts a new one; every pending request is rejected with
	 * code.
	 */
	restart(code = "cancelled", message = "Stopped.") {
		this._failAll(code, message);
		this._stopWorker();
		this._failedStarts = 0;
		this._start();
	}

	/** terminate stops the worker for good (an embed removed from its page). */
	terminate() {
		this._failAll("cancelled", "The engine was stopped.");
		this._stopWorker();
		this.state = "failed";
	}

	/** _crash kills the Go program; only the browser tests call it. */
	_crash() {
		return this._request("_crash", []);
	}

	get busy() {
		return this._inflight !== null || this._queue.length > 0;
	}

	_request(op, args, signal) {
		return new Promise((resolve, reject) => {
			if (signal && signal.aborted) {
				reject(new EngineError("cancelled", "Cancelled."));
				return;
			}
			if (this.state === "failed") {
				reject(new EngineError("engine-unavailable", this._failure || "The engine is not available."));
				return;
			}
			const req = { id: this._nextID++, op, args, resolve, reject, signal };
			if (signal) {
				// A request still waiting its turn can be dropped; one the
				// worker has started runs to the end (Go cannot be interrupted).
				signal.addEventListener(
					"abort",
					() => {
						const i = this._queue.indexOf(req);
						if (i >= 0) {
							this._queue.splice(i, 1);
							reject(new EngineError("cancelled", "Cancelled."));
						}
					},
					{ once: true },
				);
			}
			this._queue.push(req);
			this._pump();
		});
	}

	// _pump sends the next request when the worker is free. One at a time:
	// the Go calls are synchronous anyway, and keeping the queue here lets a
	// request be cancelled before it starts and lets a crash fail only
	// what was really pending.
	_pump() {
		if (this._inflight || !this._worker || this._queue.length === 0) {
			return;
		}
		const req = this._queue.shift();
		this._inflight = req;
		this._worker.postMessage({ id: req.id, op: req.op, args: req.args });
		if (!this._watched) {
			const w = this._worker;
			clearTimeout(this._deadline);
			this._deadline = setTimeout(() => this._onCrash(w, "The engine did not answer."), deadlineMillis);
		}
	}

	_start() {
		this.state = "loading";
		this.progress = { phase: "download", loaded: 0, total: 0 };
		let w;
		try {
			w = this._newWorker();
		} catch (err) {
			this._fail(`The engine cannot start in this browser: ${err.message}`);
			return;
		}
		this._worker = w;
		this._watched = false;
		w.onmessage = (ev) => {
			if (ev.data && ev.data.type === "alive") {
				this._watch(w);
				return;
			}
			this._onMessage(w, ev.data);
		};
		w.onerror = (ev) => {
			ev.preventDefault();
			this._onCrash(w, ev.message || "The engine's worker failed.");
		};
		w.onmessageerror = () => this._onCrash(w, "The engine sent a message the page could not read.");
		this._pump();
	}

	// _watch notices the death of worker w however it happens — the Go
	// program exits, the browser kills it for its memory, it closes
	// itself — even when nothing says so: w holds a Web Lock named after it
	// while it lives (worker.js), and a request for the same lock, made
	// once w says it holds it, is granted when w is gone. Without Web
	// Locks, a deadline per request stands in (deadlineMillis).
	_watch(w) {
		if (this._watched || w !== this._worker || typeof navigator === "undefined" || !navigator.locks) {
			return;
		}
		this._watched = true;
		clearTimeout(this._deadline);
		const stop = new AbortController();
		this._unwatch = () => stop.abort();
		navigator.locks
			.request(w.lockName, { signal: stop.signal }, () => {
				this._onCrash(w, "The engine's worker stopped.");
			})
			.catch(() => {});
	}

	// _newWorker starts worker.js. A browser starts workers only from the
	// page's own origin, so an embed whose script lives on another host
	// starts a tiny same-origin blob worker that imports the real one.
	_newWorker() {
		// The name is the worker's lock (see _watch): unique in the page.
		const name = `wirediff-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${++workerSerial}`;
		if (typeof location === "undefined" || this.workerURL.origin === location.origin) {
			const w = new Worker(this.workerURL, { name });
			w.lockName = name;
			return w;
		}
		const src = `self.WIREDIFF_WORKER_URL=${JSON.stringify(this.workerURL.href)};importScripts(self.WIREDIFF_WORKER_URL);`;
		const url = URL.createObjectURL(new Blob([src], { type: "text/javascript" }));
		const w = new Worker(url, { name });
		w.lockName = name;
		// Revoked once the worker has said something: by then it has loaded.
		w.addEventListener("message", () => URL.revokeObjectURL(url), { once: true });
		return w;
	}

	_stopWorker() {
		clearTimeout(this._deadline);
		if (this._unwatch) {
			this._unwatch();
			this._unwatch = null;
		}
		if (this._worker) {
			this._worker.onmessage = this._worker.onerror = this._worker.onmessageerror = null;
			this._worker.terminate();
			this._worker = null;
		}
	}

	_onMessage(w, msg) {
		if (w !== this._worker || !msg) {
			return;
		}
		switch (msg.type) {
			case "progress":
				this.progress = msg;
				this._emit("progress", { phase: msg.phase, loaded: msg.loaded || 0, total: msg.total || 0 });
				return;
			case "ready":
				this.state = "ready";
				this.version = msg.version;
				this._failedStarts = 0;
				this._emit("ready", { version: msg.version });
				return;
			case "crash":
				this._onCrash(w, msg.message);
				return;
		}
		const req = this._inflight;
		if (!req || req.id !== msg.id) {
			return;
		}
		if (!this._watched) {
			// The worker is working: the deadline counts from its last word.
			clearTimeout(this._deadline);
			this._deadline = setTimeout(() => this._onCrash(w, "The engine did not answer."), deadlineMillis);
		}
		// A large result comes in parts (worker.js, postInParts): the rest
		// of the document, slices of its long arrays, then done.
		if (msg.head) {
			req.doc = msg.head;
			return;
		}
		if (msg.path) {
			let at = req.doc;
			for (const k of msg.path.slice(0, -1)) {
				at = at[k];
			}
			const list = at[msg.path[msg.path.length - 1]];
			for (const item of msg.items) {
				list.push(item);
			}
			return;
		}
		this._inflight = null;
		clearTimeout(this._deadline);
		if (msg.done) {
			req.resolve(req.doc);
		} else if (msg.error) {
			req.reject(new EngineError(msg.error.code || "internal", msg.error.message || "The engine failed."));
		} else {
			req.resolve(msg.result);
		}
		this._pump();
	}

	_onCrash(w, message) {
		if (w !== this._worker) {
			return;
		}
		const wasReady = this.state === "ready";
		this._stopWorker();
		// Only the request the worker was working on failed with it; the
		// ones waiting their turn go to the new worker (one heavy request
		// must not fail the others, an embed's neighbours among them).
		if (this._inflight) {
			const req = this._inflight;
			this._inflight = null;
			req.reject(new EngineError("engine-crashed", "The engine stopped while working on this. It is restarting."));
		}
		if (!wasReady) {
			this._failedStarts++;
			if (this._failedStarts > maxFailedStarts) {
				this._fail(message);
				return;
			}
		}
		this._emit("crash", { message });
		this._start();
	}

	_fail(message) {
		this.state = "failed";
		this._failure = message;
		this._failAll("engine-unavailable", message);
		this._emit("failed", { message });
	}

	_failAll(code, message) {
		const reqs = this._inflight ? [this._inflight, ...this._queue] : [...this._queue];
		this._inflight = null;
		this._queue = [];
		for (const r of reqs) {
			r.reject(new EngineError(code, message));
		}
	}

	_emit(type, detail) {
		this.dispatchEvent(new CustomEvent(type, { detail }));
	}
}
