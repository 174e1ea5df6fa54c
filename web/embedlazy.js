// embedlazy.js — what the embed does before and without the engine: it
// waits to load the engine until the element is scrolled near or the
// reader asks (saying how much it will download), renders a saved
// comparison (snapshot="comparison.json") with no engine at all, and
// links to the full page with the texts in a share link.

import { h, megabytes } from "./dom.js";
import { ComparisonView } from "./comparisonview.js";
import { encodeShare, maxFragment } from "./share.js";

const wasmURL = new URL("../wirediff.wasm", import.meta.url);
const pageURL = new URL("../", import.meta.url);

// engineSize asks the server how large the engine's download is (a HEAD
// request: nothing is downloaded); "" when it does not say.
let sizeAsked = null;
function engineSize() {
	if (!sizeAsked) {
		sizeAsked = fetch(wasmURL, { method: "HEAD" })
			.then((r) => {
				const n = Number(r.headers.get("Content-Length"));
				return r.ok && n > 0 ? megabytes(n) : "";
			})
			.catch(() => "");
	}
	return sizeAsked;
}

/**
 * whenWanted resolves when el comes within a screen of the viewport or the
 * reader presses the load button it puts into body; until then nothing of
 * the engine is fetched.
 */
export function whenWanted(el, body) {
	return new Promise((resolve) => {
		let done = false;
		const go = () => {
			if (!done) {
				done = true;
				io.disconnect();
				button.remove();
				resolve();
			}
		};
		const button = h("button", { type: "button", class: "wd-embed-load", text: "Load wirediff to compare these", on: { click: go } });
		const io = new IntersectionObserver((entries) => {
			if (entries.some((e) => e.isIntersecting)) {
				go();
			}
		}, { rootMargin: "50% 0px" });
		io.observe(el);
		body.appendChild(button);
		engineSize().then((size) => {
			if (size && !done) {
				button.textContent = `Load wirediff (${size}) to compare these`;
			}
		});
	});
}

/**
 * loadSnapshot fetches a saved comparison (the page's Export JSON) and
 * checks that it is one.
 */
export async function loadSnapshot(src) {
	const resp = await fetch(new URL(src, document.baseURI));
	if (!resp.ok) {
		throw new Error(`${src} could not be loaded (HTTP ${resp.status}).`);
	}
	let cmp;
	try {
		cmp = await resp.json();
	} catch {
		throw new Error(`${src} is not JSON.`);
	}
	if (!cmp || !Array.isArray(cmp.blocks) || !cmp.a || !cmp.b) {
		throw new Error(`${src} is not a wirediff comparison (export one with the page's Export JSON).`);
	}
	return cmp;
}

/** snapshotView renders a saved comparison as the live embed would. */
export function snapshotView(cmp, { idPrefix, mode }) {
	const view = new ComparisonView({ idPrefix, mode, headingLevel: 3 });
	view.showFull(cmp);
	return view;
}

/**
 * openLink is a link to the wirediff page with a and b (and their names)
 * in a share link; without the texts, or when they are too long for a
 * link, it opens the page empty.
 */
export async function openLink(a, b) {
	let href = pageURL.href;
	if (a && b && typeof CompressionStream === "function") {
		const frag = await encodeShare({ a, b, options: {} });
		if (frag.length <= maxFragment) {
			href += frag;
		}
	}
	return h("a", { class: "wd-embed-open", href, text: "Open in wirediff", attrs: { target: "_blank", rel: "noopener" } });
}

/** narrow says whether el is too narrow for two columns side by side. */
export function narrow(el) {
	const w = el.getBoundingClientRect().width;
	return w > 0 && w < 640;
}
