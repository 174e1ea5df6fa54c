// resultsnav.js — finding one's way in a comparison on the page: a sticky
// bar with previous · n/N · next over the attribution changes, the
// summary, a filter by kind of change and a "changes only" switch that
// hides unchanged passages; and, for texts that are not versions of one
// story, a banner with the lists collapsed.

import { h, plural } from "./dom.js";
import { badge } from "./changes.js";

/**
 * ResultsNav is the bar over view (a ComparisonView showing a full
 * comparison); nodes are the banner and the bar, to be put before the
 * view, beside it.
 */
export class ResultsNav {
	constructor(view, cmp) {
		this.view = view;
		this.cmp = cmp;
		this.pos = -1; // index into the visible changes of the last one visited
		this.counter = h("span", { class: "nav-count", attrs: { "aria-live": "polite" } });
		this.prev = h("button", { type: "button", class: "quiet nav-prev", text: "← Previous", on: { click: () => this.step(-1) } });
		this.next = h("button", { type: "button", class: "quiet nav-next", text: "Next →", on: { click: () => this.step(1) } });
		this.filter = h("select", { class: "nav-filter", attrs: { "aria-label": "Show changes of kind" }, on: { change: () => this.applyFilter() } });
		this.only = h("input", { type: "checkbox", class: "nav-only", on: { change: () => this.view.root.classList.toggle("wd-changes-only", this.only.checked) } });
		const s = cmp.summary || {};
		this.bar = h(
			"div",
			{ class: "nav-bar", attrs: { role: "toolbar", "aria-label": "Changes" } },
			this.prev,
			this.counter,
			this.next,
			h("span", { class: "nav-summary", text: shortSummary(s, cmp) }),
			this.filter,
			h("label", { class: "nav-only-label" }, this.only, " Changes only"),
		);
		this.fillFilter();
		// Siblings of the view, not wrapped: the bar sticks within its parent.
		this.nodes = [this.unrelated(), this.bar].filter(Boolean);
		this.update();
	}

	/** items are the attribution changes the filter lets through. */
	items() {
		return [...this.view.root.querySelectorAll(".wd-attr .wd-changes > li")].filter((li) => !li.hidden);
	}

	fillFilter() {
		const counts = new Map();
		for (const c of this.cmp.attributionChanges || []) {
			counts.set(c.kind, (counts.get(c.kind) || 0) + 1);
		}
		this.filter.appendChild(h("option", { value: "", text: `All kinds (${(this.cmp.attributionChanges || []).length})` }));
		for (const [kind, n] of counts) {
			this.filter.appendChild(h("option", { value: kind, text: `${badge(kind).textContent} (${n})` }));
		}
		this.filter.disabled = counts.size < 2;
	}

	applyFilter() {
		const k = this.filter.value;
		for (const li of this.view.root.querySelectorAll(".wd-attr .wd-changes > li")) {
			li.hidden = k !== "" && li.dataset.kind !== k;
		}
		this.pos = -1;
		this.update();
	}

	step(d) {
		const items = this.items();
		if (items.length === 0) {
			return;
		}
		this.pos = this.pos < 0 ? (d > 0 ? 0 : items.length - 1) : (this.pos + d + items.length) % items.length;
		const btn = items[this.pos].querySelector("button.wd-change");
		if (btn) {
			btn.click(); // jumps to and focuses the change's passage
		} else {
			items[this.pos].scrollIntoView({ block: "center" });
		}
		this.update();
	}

	update() {
		const n = this.items().length;
		this.counter.textContent = n === 0 ? "no changes" : this.pos < 0 ? `${plural(n, "change")}` : `${this.pos + 1} / ${n}`;
		this.prev.disabled = this.next.disabled = n === 0;
	}

	// unrelated is the banner for texts that are not two versions of one
	// story (the comparison's unrelated flag): the engine lists no changes
	// for them, since every attribution would be "dropped" and "added".
	unrelated() {
		if (this.cmp.unrelated !== true) {
			return null;
		}
		return h(
			"div",
			{ class: "unrelated-banner", attrs: { role: "note" } },
			h("strong", { text: "These texts are not versions of one story. " }),
			"They share too little wording to line up, so no changes of attribution are listed: each one would be a source dropped and another added.",
		);
	}
}

function shortSummary(s, cmp) {
	const n = (cmp.attributionChanges || []).length;
	// 99.6% with a sentence added is not "100%".
	const pct = cmp.similarity >= 1 ? 100 : Math.min(99, Math.round(cmp.similarity * 100));
	const sim = typeof cmp.similarity === "number" ? `${pct}% similar` : "";
	return [sim, n === 0 ? "no attribution change" : plural(n, "attribution change")].filter(Boolean).join(" · ");
}
