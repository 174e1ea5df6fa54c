// embed.js — wirediff on someone else's page. A blog adds
//
//   <script type="module" src="https://host/web/embed.js"></script>
//   <wirediff-compare>
//     <blockquote data-version="a">…text A…</blockquote>
//     <blockquote data-version="b">…text B…</blockquote>
//   </wirediff-compare>
//
// (or src-a="a.txt" src-b="b.txt", or snapshot="comparison.json": a
// comparison saved with the page's Export JSON, shown with no engine at
// all; label-a="Reuters" label-b="…" name the versions, so that B's credits
// to A by that name are checked against A), or <wirediff-analyze> with one
// blockquote or a src attribute. Each element renders into its own shadow
// DOM with the same view modules as the page; all elements on a page share
// one engine worker, loaded when an element comes near the screen or the
// reader asks for it, and each recovers on its own when it dies (engine.js
// keeps the others' requests; a widget whose request it died on tries once
// more). Without JavaScript the blockquotes show as they are.
//
// Served from another host than the blog, wirediff's files need CORS
// (Access-Control-Allow-Origin) for the module and the .wasm, and a blog
// with a Content-Security-Policy must allow that host in script-src,
// style-src and connect-src, 'wasm-unsafe-eval', and blob: in worker-src
// (a browser starts workers only from the page's own origin, so engine.js
// starts a blob: worker that imports the real one).

import { Engine } from "./engine.js";
import { h, clear, megabytes } from "./dom.js";
import { ComparisonView } from "./comparisonview.js";
import { AnalysisView } from "./analysisview.js";
import { whenWanted, loadSnapshot, snapshotView, openLink, narrow } from "./embedlazy.js";

const stylesheets = ["./embedhost.css", "./view.css", "./diff.css", "./analysis.css"].map((f) => new URL(f, import.meta.url).href);

let engine = null;

// sharedEngine starts the worker on first use, not on import: a page that
// loads the script but shows no element costs nothing.
function sharedEngine() {
	if (!engine) {
		engine = new Engine();
	}
	return engine;
}

let nextID = 1;

// retried runs call(), and once more if the engine died under it: the
// death may have been another widget's doing (a worker's memory only
// grows), and a fresh worker then does this widget's work. A second death
// is this widget's own, and fails it alone.
async function retried(call) {
	try {
		return await call();
	} catch (err) {
		if (err && err.code === "engine-crashed") {
			return call();
		}
		throw err;
	}
}

class WirediffElement extends HTMLElement {
	connectedCallback() {
		if (this.shadowRoot) {
			return;
		}
		const root = this.attachShadow({ mode: "open" });
		this.status = h("p", { class: "wd-embed-status", attrs: { role: "status", "aria-live": "polite" } });
		this.body = h("div", { class: "wd-embed-body" });
		root.append(
			...stylesheets.map((href) => h("link", { rel: "stylesheet", href })),
			h(
				"div",
				{ class: "wd-embed" },
				(this.brand = h("p", { class: "wd-embed-brand" }, h("strong", { text: "wirediff" }), " · ", this.title())),
				this.status,
				this.body,
			),
		);
		this.idPrefix = `wd${nextID++}`;
		// A saved comparison needs no engine; a live one loads it only when
		// the reader gets near it or asks.
		const begin = this.hasAttribute("snapshot") && this.snapshot ? this.snapshot() : whenWanted(this, this.body).then(() => this.start());
		begin.catch((err) => this.fail(err));
	}

	// mode is the view asked for, else inline when the element is narrow.
	mode() {
		const m = this.getAttribute("mode");
		return m === "inline" || m === "side" ? m : narrow(this) ? "inline" : "side";
	}

	async addOpenLink(a, b) {
		this.brand.append(" · ", await openLink(a, b));
	}

	async start() {
		const eng = sharedEngine();
		const onProgress = (e) => {
			const { phase, loaded, total } = e.detail;
			if (phase === "download") {
				this.say(total > 0 && loaded <= total ? `Loading wirediff… ${Math.floor((loaded / total) * 100)}%` : `Loading wirediff… ${megabytes(loaded)}`);
			} else if (phase === "models") {
				this.say("Loading language models…");
			}
		};
		eng.addEventListener("progress", onProgress);
		try {
			await this.run(eng);
		} finally {
			eng.removeEventListener("progress", onProgress);
		}
	}

	say(text) {
		this.status.textContent = text;
	}

	fail(err) {
		this.say("");
		clear(this.body).appendChild(h("p", { class: "wd-embed-error", attrs: { role: "alert" }, text: `wirediff could not show this: ${err.message || err}` }));
	}

	// text reads one version: a src attribute's file, or a blockquote's text.
	async text(srcAttr, selector) {
		const src = this.getAttribute(srcAttr);
		if (src) {
			const resp = await fetch(new URL(src, document.baseURI));
			if (!resp.ok) {
				throw new Error(`${src} could not be loaded (HTTP ${resp.status}).`);
			}
			return resp.text();
		}
		const el = this.querySelector(selector);
		if (!el) {
			throw new Error(`no ${selector} inside <${this.localName}>.`);
		}
		return textOf(el);
	}
}

class WirediffCompare extends WirediffElement {
	title() {
		return "what changed between two versions";
	}

	async run(eng) {
		const [a, b] = await Promise.all([this.text("src-a", 'blockquote[data-version="a"]'), this.text("src-b", 'blockquote[data-version="b"]')]);
		this.say(eng.state === "ready" ? "Comparing…" : "Loading wirediff…");
		this.addOpenLink({ text: a }, { text: b }).catch(() => {});
		const view = new ComparisonView({ idPrefix: this.idPrefix, mode: this.mode(), headingLevel: 3 });
		const wording = await retried(() => eng.compare(a, b, { attribution: false }));
		view.showWording(wording);
		clear(this.body).appendChild(view.root);
		this.say("Checking attribution…");
		try {
			// label-a and label-b name the versions ("Reuters"), so that a
			// credit in B to A's outlet can be checked against A.
			view.showFull(await retried(() => eng.compare(a, b, { labelA: this.getAttribute("label-a") || "", labelB: this.getAttribute("label-b") || "" })));
			this.say("");
		} catch (err) {
			view.attributionFailed(err.message);
			this.say("");
		}
	}

	// snapshot shows a comparison saved with the page's Export JSON.
	async snapshot() {
		this.say("Loading the saved comparison…");
		const cmp = await loadSnapshot(this.getAttribute("snapshot"));
		const view = snapshotView(cmp, { idPrefix: this.idPrefix, mode: this.mode() });
		clear(this.body).appendChild(view.root);
		const d = cmp.documents || {};
		this.addOpenLink(d.a, d.b).catch(() => {});
		this.say("");
	}
}

class WirediffAnalyze extends WirediffElement {
	title() {
		return "who is quoted, and how";
	}

	async run(eng) {
		const text = await this.text("src", "blockquote");
		this.say(eng.state === "ready" ? "Analyzing…" : "Loading wirediff…");
		const an = await retried(() => eng.analyze(text));
		clear(this.body).appendChild(new AnalysisView(text, an).root);
		this.say("");
	}
}

/**
 * textOf reads the text of quoted markup as data, never as markup: the
 * text nodes' own values, whitespace collapsed as a browser would show it,
 * and a line break at each paragraph, heading, list item or <br>.
 */
export function textOf(root) {
	const out = [];
	const block = /^(P|DIV|LI|H[1-6]|BLOCKQUOTE|SECTION|ARTICLE|HEADER|FOOTER|FIGCAPTION|PRE|TR|DT|DD)$/;
	const walk = (node) => {
		for (let n = node.firstChild; n; n = n.nextSibling) {
			if (n.nodeType === Node.TEXT_NODE) {
				// A blank line in the source is a paragraph break; any other
				// run of whitespace is a space.
				out.push(
					n.nodeValue
						.split(/\s*\n\s*\n\s*/)
						.map((s) => s.replace(/\s+/g, " "))
						.join("\n"),
				);
			} else if (n.nodeType === Node.ELEMENT_NODE) {
				if (n.tagName === "BR") {
					out.push("\n");
				} else if (block.test(n.tagName)) {
					out.push("\n");
					walk(n);
					out.push("\n");
				} else if (n.tagName !== "SCRIPT" && n.tagName !== "STYLE" && n.tagName !== "TEMPLATE") {
					walk(n);
				}
			}
		}
	};
	walk(root);
	return out
		.join("")
		.split("\n")
		.map((line) => line.trim())
		.filter((line) => line !== "")
		.join("\n");
}

if (!customElements.get("wirediff-compare")) {
	customElements.define("wirediff-compare", WirediffCompare);
}
if (!customElements.get("wirediff-analyze")) {
	customElements.define("wirediff-analyze", WirediffAnalyze);
}
