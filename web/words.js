// words.js — rendering a word diff (the engine's [{op, text}] runs) as text
// with <del> and <ins>. Changes are marked by more than colour: struck
// through / underlined, and a visually hidden "deleted:" / "inserted:" label
// for screen readers.

import { h, hidden } from "./dom.js";
import { segments } from "./spans.js";

/**
 * wordNodes renders words for one side or both.
 *   side: "a" (equal + delete), "b" (equal + insert) or "both" (inline).
 *   aStart, bStart: offsets of the block in A and B, and aFurniture,
 *   bFurniture: the page-furniture spans of each text, so that furniture
 *   is greyed rather than shown as ordinary text.
 *   trimEnd: drop trailing whitespace (a block's closing newline).
 * Returns an array of nodes.
 */
export function wordNodes(words, opts = {}) {
	const side = opts.side || "both";
	const pieces = [];
	let aOff = opts.aStart || 0;
	let bOff = opts.bStart || 0;
	for (const w of words || []) {
		const text = String(w.text ?? "");
		const show = side === "both" || (side === "a" ? w.op !== "insert" : w.op !== "delete");
		if (show) {
			const inB = w.op === "insert" || (w.op === "equal" && side !== "a");
			splitFurniture(pieces, w.op, text, inB ? bOff : aOff, inB ? opts.bFurniture : opts.aFurniture);
		}
		if (w.op !== "insert") {
			aOff += text.length;
		}
		if (w.op !== "delete") {
			bOff += text.length;
		}
	}
	if (opts.trimEnd) {
		trimEnd(pieces);
	}
	return pieces.map(pieceNode);
}

/**
 * textNodes renders plain text from offset start of its document, greying
 * the furniture spans in it.
 */
export function textNodes(text, start, furniture, trim) {
	const pieces = [];
	splitFurniture(pieces, "equal", text, start, furniture);
	if (trim) {
		trimEnd(pieces);
	}
	return pieces.map(pieceNode);
}

function splitFurniture(out, op, text, start, furniture) {
	const near = overlapping(furniture, start, start + text.length);
	if (near.length === 0) {
		push(out, { op, text, furniture: false });
		return;
	}
	for (const seg of segments(text, [{ name: "f", spans: shift(near, start) }])) {
		push(out, { op, text: text.slice(seg.start, seg.end), furniture: seg.marks.length > 0 });
	}
}

// overlapping returns the spans of the sorted, disjoint list spans that
// overlap [from, to), found by bisection: a text has one furniture span a
// line at most, and every word of every row asks.
function overlapping(spans, from, to) {
	if (!spans || spans.length === 0) {
		return [];
	}
	let lo = 0;
	let hi = spans.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (spans[mid].end <= from) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	const out = [];
	for (let i = lo; i < spans.length && spans[i].start < to; i++) {
		out.push(spans[i]);
	}
	return out;
}

function shift(spans, by) {
	return spans.map((s) => ({ start: s.start - by, end: s.end - by }));
}

function push(out, p) {
	const last = out[out.length - 1];
	if (last && last.op === p.op && last.furniture === p.furniture) {
		last.text += p.text;
	} else if (p.text !== "") {
		out.push(p);
	}
}

function trimEnd(pieces) {
	while (pieces.length > 0) {
		const last = pieces[pieces.length - 1];
		last.text = last.text.replace(/\s+$/, "");
		if (last.text !== "") {
			return;
		}
		pieces.pop();
	}
}

const labels = { delete: "deleted: ", insert: "inserted: " };

function pieceNode(p) {
	if (p.op === "equal") {
		if (p.furniture) {
			return h("span", { class: "wd-furniture", title: "page furniture (not part of the article)", text: p.text });
		}
		return document.createTextNode(p.text);
	}
	// Whitespace around a change stays outside the mark, so strike-through
	// and underline cover words only.
	const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(p.text);
	const [, lead, core, trail] = m;
	const tag = p.op === "delete" ? "del" : "ins";
	const frag = document.createDocumentFragment();
	if (lead) {
		frag.appendChild(document.createTextNode(lead));
	}
	if (core) {
		frag.appendChild(h(tag, { class: p.furniture ? "wd-furniture" : null }, hidden(labels[p.op]), core));
	} else if (/\n/.test(p.text)) {
		// A paragraph break added or removed: nothing to strike through,
		// so show a pilcrow.
		frag.appendChild(h(tag, { class: "wd-break" }, hidden(labels[p.op] + "paragraph break"), h("span", { attrs: { "aria-hidden": "true" }, text: "¶" })));
	}
	if (trail && (core || !/\n/.test(p.text))) {
		frag.appendChild(document.createTextNode(trail));
	}
	return frag;
}

/** wordsOf returns a block's word runs, made from its spans when omitted. */
export function wordsOf(b) {
	if (b.words && b.words.length > 0) {
		return b.words;
	}
	const out = [];
	if (b.op === "equal") {
		const s = b.b || b.a;
		if (s) {
			out.push({ op: "equal", text: s.text });
		}
		return out;
	}
	if (b.a) {
		out.push({ op: "delete", text: b.a.text });
	}
	if (b.b) {
		out.push({ op: "insert", text: b.b.text });
	}
	return out;
}
