// changes.js — the head of a comparison: the figures, the one-line
// attribution summary, the list of attribution changes and the lists of
// entity, title and number changes. Every item with a block is a button
// that jumps to its aligned pair in the diff view.

import { h, hidden, plural, percent } from "./dom.js";
import { wordNodes } from "./words.js";

/** figures renders similarity, reuse and the longest copied run. */
export function figures(cmp) {
	const r = cmp.reuse || {};
	const item = (value, label, note) =>
		h("div", { class: "wd-figure" }, h("dt", { text: label }), h("dd", null, h("span", { class: "wd-figure-value", text: value }), note ? h("span", { class: "wd-figure-note", text: note }) : null));
	return h(
		"dl",
		{ class: "wd-figures" },
		item(percent(cmp.similarity), "Similarity", "word for word"),
		item(percent(r.bFromA), "B copied from A", "verbatim runs of 5+ words"),
		item(plural(r.longestRun || 0, "word"), "Longest copied run"),
	);
}

// The summary's counts, in the order a reader cares about them.
const summaryParts = [
	["phantoms", "phantom credit to the original", "phantom credits to the original"],
	["quotesInvented", "quote invented", "quotes invented"],
	["quotesAltered", "quote altered", "quotes altered"],
	["quotesParaphrased", "quote turned into paraphrase", "quotes turned into paraphrase"],
	["dropped", "attribution dropped", "attributions dropped"],
	["unattributed", "claim now unattributed", "claims now unattributed"],
	["sourcesChanged", "source changed", "sources changed"],
	["cuesChanged", "cue changed", "cues changed"],
	["viasChanged", "outlet changed", "outlets changed"],
	["hedgesRemoved", "hedge removed", "hedges removed"],
	["hedgesAdded", "hedge added", "hedges added"],
	["added", "attribution added", "attributions added"],
];

const otherParts = [
	["entitiesAdded", "name added", "names added"],
	["entitiesDropped", "name dropped", "names dropped"],
	["titlesChanged", "title changed", "titles changed"],
	["numbersChanged", "number changed", "numbers changed"],
];

/** summaryText is the one-line attribution summary of a Summary. */
export function summaryText(s) {
	const parts = [];
	if (s.quotesVerbatim > 0) {
		parts.push(plural(s.quotesVerbatim, "quote") + " kept verbatim");
	}
	for (const [key, one, many] of summaryParts) {
		const n = s[key] || 0;
		if (n > 0) {
			parts.push(`${n.toLocaleString("en-US")} ${n === 1 ? one : many}`);
		}
	}
	if (parts.length === (s.quotesVerbatim > 0 ? 1 : 0)) {
		parts.push("no change in attribution");
	} else if (s.stronger > 0 || s.weaker > 0) {
		const dir = [];
		if (s.stronger > 0) {
			dir.push(`${s.stronger.toLocaleString("en-US")} make${s.stronger === 1 ? "s" : ""} a claim look stronger`);
		}
		if (s.weaker > 0) {
			dir.push(`${s.weaker.toLocaleString("en-US")} weaker`);
		}
		parts.push(dir.join(", "));
	}
	return parts.join(" · ");
}

/** unrelatedText says why a comparison has no attribution list. */
export function unrelatedText(cmp) {
	return `These texts are not versions of one report (only ${percent(cmp.similarity)} of their words align), so their attributions are not compared.`;
}

/** otherText is the summary of entity, title and number changes ("" if none). */
export function otherText(s) {
	const parts = [];
	for (const [key, one, many] of otherParts) {
		const n = s[key] || 0;
		if (n > 0) {
			parts.push(`${n.toLocaleString("en-US")} ${n === 1 ? one : many}`);
		}
	}
	return parts.join(" · ");
}

// How each kind of change is labelled, and how serious it looks: "loss"
// for changes that remove sourcing, "shift" for changes of wording, "gain"
// for added sourcing.
const kinds = {
	phantom: ["phantom credit", "loss"],
	"quote-invented": ["quote invented", "loss"],
	"quote-altered": ["quote altered", "loss"],
	"quote-to-paraphrase": ["quote → paraphrase", "shift"],
	dropped: ["attribution dropped", "loss"],
	unattributed: ["now unattributed", "loss"],
	"source-changed": ["source changed", "shift"],
	"kind-changed": ["source type changed", "shift"],
	"cue-changed": ["cue changed", "shift"],
	"via-changed": ["outlet changed", "shift"],
	"hedge-removed": ["hedge removed", "loss"],
	"hedge-added": ["hedge added", "gain"],
	added: ["attribution added", "gain"],
};

/**
 * badge is a change kind's label, in words (not colour alone). quiet hides
 * it from screen readers when the detail beside it says the same.
 */
export function badge(kind, quiet, label) {
	const [name, tone] = kinds[kind] || [kind, "shift"];
	return h("span", { class: `wd-badge wd-tone-${tone}`, text: label || name, attrs: { "aria-hidden": quiet ? "true" : null } });
}

// directions are the words for a change's direction: how B presents the
// claim next to A.
const directions = {
	stronger: "B makes the claim look stronger",
	weaker: "B makes the claim look weaker",
};

/** directionNode says a change's direction in words, or null for none. */
export function directionNode(direction) {
	const text = directions[direction];
	return text ? h("span", { class: `wd-direction wd-direction-${direction}`, text: direction === "stronger" ? "▲ stronger" : "▼ weaker", attrs: { title: text, "aria-label": text } }) : null;
}

// detailLabel is the leading label of the engine's detail ("cue changed",
// "source inflated"), or "".
function detailLabel(detail) {
	const m = /^([a-z][a-z -]{2,30}): /.exec(detail);
	return m ? m[1] : "";
}

// detailNode shows the engine's one-line detail. Its leading label ("cue
// changed: ") is the row's badge, so it is kept for screen readers only.
function detailNode(detail) {
	const label = detailLabel(detail);
	if (!label) {
		return h("span", { class: "wd-detail", dir: "auto", text: detail });
	}
	return h("span", { class: "wd-detail", dir: "auto" }, hidden(label + ": "), detail.slice(label.length + 2));
}

// rowLabel is the one label a change's row shows: the detail's own words
// when they say more than the kind ("source inflated"), else the kind's.
function rowLabel(c) {
	const label = detailLabel(c.detail);
	return label === "source inflated" || label === "source deflated" ? label : "";
}

/**
 * attributionList renders cmp.attributionChanges; onJump(block) is called
 * when the reader picks a change that sits in a block.
 */
export function attributionList(cmp, onJump) {
	const changes = cmp.attributionChanges || [];
	if (cmp.unrelated) {
		return h("p", { class: "wd-none wd-unrelated", text: unrelatedText(cmp) });
	}
	if (changes.length === 0) {
		return h("p", { class: "wd-none", text: "No change in who is quoted or how: every attribution in A is in B as it was." });
	}
	const list = h("ol", { class: "wd-changes" });
	for (const c of changes) {
		const body = [h("span", { class: "wd-label-cell" }, badge(c.kind, true, rowLabel(c)), directionNode(c.direction)), detailNode(c.detail)];
		if (c.kind === "quote-altered" && c.words && c.words.length > 0) {
			body.push(h("span", { class: "wd-quote-diff", dir: "auto" }, "“", wordNodes(c.words, { side: "both", trimEnd: true }), "”"));
		}
		list.appendChild(h("li", { data: { kind: c.kind, direction: c.direction || "" } }, jumpable(c.block, body, onJump)));
	}
	return list;
}

const entityLabel = { PERSON: "person", ORG: "organization", GPE: "place", LOC: "place", NORP: "group" };

/** otherLists renders the entity, title and number changes (null if none). */
export function otherLists(cmp, onJump) {
	// group renders one list: each item a badge and a detail, jumping to its block.
	const group = (title, items, render) => {
		if (!items || items.length === 0) {
			return null;
		}
		const ul = h("ul", { class: "wd-changes wd-other" });
		for (const it of items) {
			ul.appendChild(h("li", null, jumpable(it.block, render(it), onJump)));
		}
		return h("div", { class: "wd-other-group" }, h("h4", { text: title }), ul);
	};
	const sections = [
		group("Names", cmp.entityChanges, (e) => [
			h("span", { class: `wd-badge wd-tone-${e.op === "added" ? "gain" : "loss"}`, text: e.op === "added" ? "only in B" : "only in A" }),
			h("span", { class: "wd-detail", dir: "auto" }, h("strong", { text: e.span.text }), ` (${entityLabel[e.label] || e.label.toLowerCase()})`),
		]),
		group("Titles", cmp.titleChanges, (t) => {
			const what = t.bTitle === "" ? `title “${t.aTitle}” dropped` : t.aTitle === "" ? `title “${t.bTitle}” added` : `“${t.aTitle}” → “${t.bTitle}”`;
			return [h("span", { class: "wd-badge wd-tone-shift", text: "title" }), h("span", { class: "wd-detail", dir: "auto", text: `${t.a.text} → ${t.b.text} (${what})` })];
		}),
		group("Numbers", cmp.numberChanges, (n) => [
			h("span", { class: "wd-badge wd-tone-shift", text: "number" }),
			h("span", { class: "wd-detail", dir: "auto" }, h("del", null, hidden("A: "), n.a.text), " → ", h("ins", null, hidden("B: "), n.b.text)),
		]),
	].filter(Boolean);
	return sections.length > 0 ? h("div", { class: "wd-others" }, sections) : null;
}

// jumpable wraps content in a button that jumps to block, or in a plain
// span when the change sits in no block.
function jumpable(block, content, onJump) {
	if (typeof block !== "number" || block < 0 || !onJump) {
		return h("span", { class: "wd-change" }, content);
	}
	return h(
		"button",
		{ type: "button", class: "wd-change", data: { block: String(block) }, on: { click: () => onJump(block) } },
		content,
		h("span", { class: "wd-go", attrs: { "aria-hidden": "true" }, text: `passage ${block + 1} ↓` }),
	);
}
