// diffview.js — the aligned view of a Comparison: one row per block, A on
// the left and B on the right (or one inline column), in B's order. A moved
// passage is shown once, as a move, with a marker where it stood in A. Long
// runs of unchanged sentences fold away behind a button.

import { h, hidden, plural, reducedMotion } from "./dom.js";
import { wordNodes, textNodes, wordsOf } from "./words.js";
import { layout, equalRun, sentenceNumber } from "./layout.js";

const opLabel = {
	equal: "unchanged",
	edit: "edited",
	insert: "only in B",
	delete: "only in A",
	move: "moved",
};

const opMark = { equal: "", edit: "~", insert: "+", delete: "−", move: "↷" };

// A run of unchanged blocks longer than this folds, keeping one block of
// context on each side.
const foldMin = 5;

// An unchanged block of this many words or more folds on its own, as the
// HTML report folds one (consecutive unchanged sentences are one block).
const foldWords = 60;

// The rows built at once before the rest is built in slices of about
// sliceMillis each.
const firstSlice = 60;
const sliceMillis = 12;

// Above this many blocks, rows off screen skip layout (.wd-big in diff.css).
const bigRows = 300;

/**
 * DiffView renders cmp's blocks into root (an element it owns).
 *   mode: "side" or "inline"
 *   idPrefix: prefix for row ids, unique per page
 */
export class DiffView {
	constructor(cmp, { mode = "side", idPrefix = "wd" } = {}) {
		this.cmp = cmp;
		this.mode = mode;
		this.idPrefix = idPrefix;
		this.blocks = cmp.blocks || [];
		this.items = layout(this.blocks);
		// Item positions of each block's row and each move's marker.
		this.whereBlock = new Int32Array(this.blocks.length);
		this.whereOrigin = new Int32Array(this.blocks.length);
		this.items.forEach((it, k) => {
			(it.kind === "origin" ? this.whereOrigin : this.whereBlock)[it.i] = k;
		});
		this.open = new Set(); // folds the reader opened, by their first item index
		this.rows = new Map(); // block index -> row element
		this.origins = new Map(); // move block index -> marker element
		this.root = h("div", { class: this.blocks.length > bigRows ? "wd-diff wd-big" : "wd-diff", attrs: { role: "list", "aria-label": "Aligned passages" } });
		this.render();
	}

	setMode(mode) {
		if (mode !== this.mode) {
			this.mode = mode;
			this.render();
		}
	}

	render() {
		this.rows.clear();
		this.origins.clear();
		this.root.classList.toggle("wd-inline-mode", this.mode === "inline");
		const head =
			this.mode === "side"
				? h(
						"div",
						{ class: "wd-row wd-head", attrs: { "aria-hidden": "true" } },
						h("div", { class: "wd-gutter" }),
						h("div", { class: "wd-cell", text: "Version A" }),
						h("div", { class: "wd-cell", text: "Version B" }),
					)
				: null;
		// The rows to show, as makers: they are built in slices so that a
		// comparison of thousands of passages never holds the page's thread.
		const units = [];
		const items = this.items;
		for (let k = 0; k < items.length; ) {
			const run = equalRun(items, this.blocks, k);
			if (run >= foldMin && !this.open.has(k + 1)) {
				units.push(items[k], { fold: k + 1, count: run - 2 }, items[k + run - 1]);
				k += run;
				continue;
			}
			for (let j = k; j < k + Math.max(run, 1); j++) {
				const words = run > 0 && !this.open.has(j) ? this.longWords(j) : 0;
				units.push(words > 0 ? { fold: j, count: 1, words } : items[j]);
			}
			k += Math.max(run, 1);
		}
		this.pending = units;
		this.next = 0; // the first unit not yet built
		this.root.replaceChildren(...(head ? [head] : []));
		this.flush(firstSlice);
	}

	// flush appends pending rows: at least min of them and then as many as
	// fit in a slice of time, or, with until, as many as it takes for
	// until() to hold. What is left is built on later turns of the event
	// loop.
	flush(min, until) {
		const frag = document.createDocumentFragment();
		const t0 = performance.now();
		let made = 0;
		while (this.next < this.pending.length) {
			if (until ? until() : made >= min && performance.now() - t0 >= sliceMillis) {
				break;
			}
			const u = this.pending[this.next++];
			frag.appendChild(u.fold !== undefined ? this.foldRow(u.fold, u.count, u.words) : this.itemRow(u));
			made++;
		}
		this.root.appendChild(frag);
		if (this.next < this.pending.length && !this.timer) {
			this.timer = setTimeout(() => {
				this.timer = 0;
				this.flush(0);
			}, 0);
		}
	}

	// ensure builds rows until block i's (or marker i's) exists.
	ensure(map, i) {
		if (!map.has(i) && this.next < this.pending.length) {
			this.flush(0, () => map.has(i));
		}
	}

	/**
	 * focusBlock scrolls to block i's row, opens the fold it is in, gives it
	 * focus and a visible highlight. Returns the row, or null.
	 */
	focusBlock(i) {
		this.ensure(this.rows, i);
		let row = this.rows.get(i);
		if (!row) {
			const k = this.items.findIndex((it) => it.kind === "block" && it.i === i);
			if (k < 0) {
				return null;
			}
			this.openFoldAround(k);
			row = this.rows.get(i);
		}
		return row ? this.highlight(row) : null;
	}

	highlight(row) {
		for (const el of this.root.querySelectorAll(".wd-target")) {
			el.classList.remove("wd-target");
		}
		row.classList.add("wd-target");
		row.scrollIntoView({ block: "center", behavior: reducedMotion() ? "auto" : "smooth" });
		row.focus({ preventScroll: true });
		return row;
	}

	openFoldAround(k) {
		const isEqual = (j) => j >= 0 && this.items[j].kind === "block" && this.blocks[this.items[j].i].op === "equal";
		if (!isEqual(k)) {
			return;
		}
		let s = k;
		while (isEqual(s - 1)) {
			s--;
		}
		if (equalRun(this.items, this.blocks, s) >= foldMin) {
			this.open.add(s + 1);
			this.render();
		} else if (this.longWords(k) > 0) {
			this.open.add(k);
			this.render();
		}
	}

	// longWords is the word count of item k when it is an unchanged block
	// long enough to fold on its own, else 0.
	longWords(k) {
		const it = this.items[k];
		const b = it.kind === "block" ? this.blocks[it.i] : null;
		if (!b || b.op !== "equal" || !b.b) {
			return 0;
		}
		// Words as the report counts them (runs of non-space), and fast: this
		// runs over every unchanged block before the first row is built.
		const t = b.b.text;
		if (t.length < foldWords * 2) {
			return 0;
		}
		const n = (t.match(/\S+/g) || []).length;
		return n >= foldWords ? n : 0;
	}

	foldRow(first, count, words) {
		const btn = h("button", {
			type: "button",
			class: "wd-fold-btn",
			text: words ? `${plural(words, "unchanged word")} — show` : `${plural(count, "unchanged passage")} — show`,
			on: {
				click: () => {
					this.open.add(first);
					this.render();
					const it = this.items[first];
					const row = it && (it.kind === "block" ? this.rows.get(it.i) : this.origins.get(it.i));
					if (row) {
						row.focus();
					}
				},
			},
		});
		return h("div", { class: "wd-row wd-fold", data: words ? { words: String(words) } : null, attrs: { role: "listitem" } }, h("div", { class: "wd-gutter" }), h("div", { class: "wd-fold-cell" }, btn));
	}

	itemRow(it) {
		return it.kind === "origin" ? this.originRow(it.i) : this.blockRow(it.i);
	}

	blockRow(i) {
		const b = this.blocks[i];
		const op = opLabel[b.op] ? b.op : "edit";
		const row = h("div", {
			class: `wd-row wd-op-${op}${endsParagraph(b) ? " wd-para-end" : ""}`,
			id: `${this.idPrefix}-row-${i}`,
			tabIndex: -1,
			attrs: { role: "listitem", "aria-label": `Passage ${i + 1}, ${opLabel[op]}` },
			data: { block: String(i) },
		});
		row.appendChild(
			h("div", { class: "wd-gutter", attrs: { "aria-hidden": "true" } }, h("span", { class: "wd-num", text: String(i + 1) }), h("span", { class: "wd-mark", text: opMark[op] })),
		);
		const furn = {
			aStart: b.a ? b.a.start : 0,
			bStart: b.b ? b.b.start : 0,
			aFurniture: this.cmp.a && this.cmp.a.boilerplate,
			bFurniture: this.cmp.b && this.cmp.b.boilerplate,
			trimEnd: true,
		};
		if (this.mode === "inline") {
			const cell = h("div", { class: "wd-cell wd-inline", dir: "auto" });
			if (op === "move") {
				cell.appendChild(this.moveNote(i));
			}
			cell.append(...wordNodes(wordsOf(b), { ...furn, side: "both" }));
			row.appendChild(cell);
		} else {
			row.appendChild(this.sideCell(b, "a", furn));
			const cellB = this.sideCell(b, "b", furn);
			if (op === "move") {
				cellB.prepend(this.moveNote(i));
			}
			row.appendChild(cellB);
		}
		this.rows.set(i, row);
		return row;
	}

	sideCell(b, side, furn) {
		const span = b[side];
		const cell = h("div", { class: `wd-cell wd-${side}`, dir: "auto" }, h("span", { class: "wd-side-label", dir: "ltr", text: side === "a" ? "A" : "B" }));
		if (!span) {
			cell.classList.add("wd-empty");
			cell.appendChild(hidden(side === "a" ? "(not in A)" : "(not in B)"));
			return cell;
		}
		if (b.op === "equal" || b.op === "insert" || b.op === "delete" || !b.words || b.words.length === 0) {
			// Whole-sentence additions and removals are tinted and labelled
			// rather than struck through: a struck paragraph is hard to read.
			if (b.op === "insert" || b.op === "delete") {
				cell.appendChild(h("span", { class: "wd-tag", dir: "ltr", text: b.op === "insert" ? "added" : "removed" }));
			}
			cell.append(...textNodes(span.text, span.start, side === "a" ? furn.aFurniture : furn.bFurniture, true));
		} else {
			cell.append(...wordNodes(b.words, { ...furn, side }));
		}
		return cell;
	}

	moveNote(i) {
		const b = this.blocks[i];
		const n = sentenceNumber(this.cmp.a, b.a ? b.a.start : 0);
		return h(
			"span",
			{ class: "wd-move-note", dir: "ltr" },
			h("span", { attrs: { "aria-hidden": "true" }, text: "↷ " }),
			`moved from sentence ${n} of A `,
			h("button", {
				type: "button",
				class: "wd-link",
				text: "show where",
				attrs: { "aria-label": `Show where passage ${i + 1} stood in A` },
				on: { click: () => this.focusOrigin(i) },
			}),
		);
	}

	focusOrigin(i) {
		this.ensure(this.origins, i);
		const el = this.origins.get(i); // markers never fold
		if (el) {
			this.highlight(el);
		}
	}

	originRow(i) {
		const b = this.blocks[i];
		const n = sentenceNumber(this.cmp.a, b.a ? b.a.start : 0);
		const note = h(
			"span",
			{ class: "wd-move-note", dir: "ltr" },
			h("span", { attrs: { "aria-hidden": "true" }, text: "↶ " }),
			`In A, sentence ${n} stood here; B moved it ${this.whereBlock[i] < this.whereOrigin[i] ? "up" : "down"} to passage ${i + 1}: `,
			h("button", {
				type: "button",
				class: "wd-link",
				text: "go to it",
				attrs: { "aria-label": `Go to moved passage ${i + 1}` },
				on: { click: () => this.focusBlock(i) },
			}),
		);
		const row = h("div", {
			class: "wd-row wd-origin",
			id: `${this.idPrefix}-origin-${i}`,
			tabIndex: -1,
			attrs: { role: "listitem", "aria-label": `Where passage ${i + 1} stood in A` },
		});
		row.appendChild(h("div", { class: "wd-gutter", attrs: { "aria-hidden": "true" } }));
		if (this.mode === "inline") {
			row.appendChild(h("div", { class: "wd-cell wd-inline" }, note));
		} else {
			row.appendChild(h("div", { class: "wd-cell wd-a" }, note));
			row.appendChild(h("div", { class: "wd-cell wd-b wd-empty" }));
		}
		this.origins.set(i, row);
		return row;
	}
}

function endsParagraph(b) {
	const s = b.b || b.a;
	return !!s && /\n\s*$/.test(s.text);
}
