// analysisview.js — one article analyzed: the text with quotations,
// attribution cues, sources, outlets, hedges and page furniture marked, and
// beside it who is quoted (grouped by source), the hedges and the sentences
// that carry no attribution. Picking a source lights its statements.

import { h, plural, percent, excerpt, reducedMotion } from "./dom.js";
import { segments } from "./spans.js";

const markClass = {
	quote: "wd-q",
	cue: "wd-cue",
	source: "wd-src",
	via: "wd-via",
	hedge: "wd-hedge",
	furniture: "wd-furniture",
	sentence: "wd-unsourced",
};

export class AnalysisView {
	/**
	 * @param {string} text the analyzed text, exactly as given to the engine
	 * @param {object} an the engine's Analysis of it
	 */
	constructor(text, an) {
		this.text = text;
		this.an = an;
		this.attrPieces = new Map(); // attribution index -> elements
		this.sentPieces = new Map(); // sentence index -> elements
		this.hedgePieces = new Map(); // hedge index -> elements
		this.pressed = null;
		this.live = h("p", { class: "wd-vh", attrs: { role: "status", "aria-live": "polite" } });
		this.root = h("div", { class: "wd-analysis" }, this.head(), this.notices(), h("div", { class: "wd-an-body" }, this.textPane(), this.side()), this.live);
	}

	head() {
		const an = this.an;
		const s = an.stats || {};
		const meta = [];
		if (an.byline) {
			meta.push(h("span", { dir: "auto" }, h("span", { class: "wd-meta-k", text: "Byline " }), an.byline));
		}
		if (an.dateline) {
			meta.push(h("span", { dir: "auto" }, h("span", { class: "wd-meta-k", text: "Dateline " }), an.dateline));
		}
		const stat = (v, k) => h("div", { class: "wd-figure" }, h("dt", { text: k }), h("dd", null, h("span", { class: "wd-figure-value", text: v })));
		return h(
			"div",
			{ class: "wd-an-head" },
			meta.length > 0 ? h("p", { class: "wd-meta" }, meta) : h("p", { class: "wd-meta", text: "No byline or dateline found." }),
			h(
				"dl",
				{ class: "wd-figures" },
				stat((s.words || 0).toLocaleString("en-US"), "Words"),
				stat(String(s.quotes || 0), "Quotations"),
				stat(String(s.attributions || 0), "Attributions"),
				stat(percent(s.anonymousShare), "Anonymous sources"),
				stat(String((an.unattributed || []).length), "Sentences without a source"),
			),
		);
	}

	notices() {
		const ns = this.an.notices || [];
		if (ns.length === 0) {
			return null;
		}
		return h(
			"ul",
			{ class: "wd-notices", attrs: { role: "note" } },
			ns.map((n) => h("li", { text: n })),
		);
	}

	textPane() {
		const an = this.an;
		const attrs = an.attributions || [];
		const unattributed = new Set(an.unattributed || []);
		const layers = [
			{ name: "furniture", spans: an.boilerplate },
			{ name: "quote", spans: an.quotes },
			{ name: "content", spans: attrs.map((a) => a.content) },
			{ name: "source", spans: attrs.map((a) => a.source) },
			{ name: "cue", spans: attrs.map((a) => a.cue) },
			{ name: "via", spans: attrs.map((a) => a.via) },
			{ name: "hedge", spans: an.hedges },
			{ name: "sentence", spans: (an.sentences || []).map((s, i) => (unattributed.has(i) ? s : null)) },
		];
		const article = h("div", { class: "wd-an-text", dir: "auto", attrs: { "aria-label": "The article, marked up" } });
		const frag = document.createDocumentFragment();
		for (const p of segments(this.text, layers)) {
			const t = this.text.slice(p.start, p.end);
			if (p.marks.length === 0) {
				frag.appendChild(document.createTextNode(t));
				continue;
			}
			const classes = new Set();
			const el = h("span", { text: t });
			for (const m of p.marks) {
				if (markClass[m.layer]) {
					classes.add(markClass[m.layer]);
				}
				if (m.layer === "content" || m.layer === "source" || m.layer === "cue" || m.layer === "via") {
					add(this.attrPieces, m.index, el);
				} else if (m.layer === "sentence") {
					add(this.sentPieces, m.index, el);
				} else if (m.layer === "hedge") {
					add(this.hedgePieces, m.index, el);
				}
				if (m.layer === "cue") {
					const a = attrs[m.index];
					const type = a.cueType || "speech";
					el.title = `${a.direct ? "quoted" : "attributed"} to ${a.resolved || a.source.text} (${a.kind}; ${type})`;
					el.setAttribute("data-cue-type", type);
				}
			}
			el.className = [...classes].join(" ");
			frag.appendChild(el);
		}
		article.appendChild(frag);
		this.article = article;
		return h("div", { class: "wd-an-text-wrap" }, legend(), article);
	}

	side() {
		return h("div", { class: "wd-an-side" }, this.sources(), this.hedges(), this.unattributed());
	}

	sources() {
		const groups = groupSources(this.an.attributions || []);
		const sec = h("section", { class: "wd-an-sec" }, h("h3", { text: "Who is quoted" }));
		if (groups.length === 0) {
			sec.appendChild(h("p", { class: "wd-none", text: "No attribution found." }));
			return sec;
		}
		const ul = h("ul", { class: "wd-sources" });
		for (const g of groups) {
			const who = (g.kind === "named" ? "" : `${g.kind}: `) + g.name;
			const how = [...g.cues].join(", ") + (g.vias.size > 0 ? ` · via ${[...g.vias].join(", ")}` : "");
			const btn = h(
				"button",
				{
					type: "button",
					class: `wd-source wd-kind-${g.kind}`,
					attrs: { "aria-pressed": "false" },
					on: { click: () => this.light(btn, g.indexes.flatMap((i) => this.attrPieces.get(i) || []), `${who}: ${plural(g.indexes.length, "statement")}`) },
				},
				h(
					"span",
					{ class: "wd-source-who", dir: "auto" },
					g.kind === "named" ? null : h("span", { class: "wd-kind-tag", text: `${g.kind}: ` }),
					h("span", { class: "wd-source-name", text: g.name }),
					` — ${countText(g)}`,
				),
				h("span", { class: "wd-source-how", dir: "auto", text: how }),
			);
			ul.appendChild(h("li", null, btn));
		}
		sec.appendChild(ul);
		return sec;
	}

	hedges() {
		const hs = this.an.hedges || [];
		const sec = h("section", { class: "wd-an-sec" }, h("h3", { text: "Hedges" }));
		if (hs.length === 0) {
			sec.appendChild(h("p", { class: "wd-none", text: "No hedging words found." }));
			return sec;
		}
		const ul = h("ul", { class: "wd-hedges" });
		hs.forEach((hg, i) => {
			const before = this.text.slice(Math.max(0, hg.start - 40), hg.start);
			const after = this.text.slice(hg.end, hg.end + 40);
			const btn = h(
				"button",
				{ type: "button", class: "wd-hedge-item", attrs: { "aria-pressed": "false" }, on: { click: () => this.light(btn, this.hedgePieces.get(i) || [], `hedge “${hg.text}”`) } },
				h("span", { dir: "auto" }, (hg.start > 40 ? "…" : "") + wordsBefore(before, hg.start <= 40), h("strong", { text: hg.text }), wordsAfter(after, hg.end + 40 >= this.text.length) + "…"),
			);
			ul.appendChild(h("li", null, btn));
		});
		sec.appendChild(ul);
		return sec;
	}

	unattributed() {
		const idx = this.an.unattributed || [];
		const ss = this.an.sentences || [];
		const sec = h(
			"section",
			{ class: "wd-an-sec" },
			h("h3", { text: "Sentences without a source" }),
			h("p", { class: "wd-an-hint", text: "Claims with no attribution in the sentence, not a quotation of a known speaker, and not a question or a heading." }),
		);
		if (idx.length === 0) {
			sec.appendChild(h("p", { class: "wd-none", text: "Every sentence carries a source." }));
			return sec;
		}
		const ol = h("ol", { class: "wd-unattributed" });
		for (const i of idx) {
			const s = ss[i];
			if (!s) {
				continue;
			}
			const btn = h("button", {
				type: "button",
				class: "wd-sentence",
				dir: "auto",
				attrs: { "aria-pressed": "false" },
				text: excerpt(s.text, 110),
				on: { click: () => this.light(btn, this.sentPieces.get(i) || [], `sentence ${i + 1}`) },
			});
			ol.appendChild(h("li", null, btn));
		}
		sec.appendChild(ol);
		return sec;
	}

	// light marks els in the text (and un-marks what was lit before), scrolls
	// to the first, and presses btn; pressing it again clears the marks.
	light(btn, els, what) {
		for (const el of this.article.querySelectorAll(".wd-lit")) {
			el.classList.remove("wd-lit");
		}
		const again = this.pressed === btn;
		if (this.pressed) {
			this.pressed.setAttribute("aria-pressed", "false");
		}
		this.pressed = null;
		if (again) {
			this.live.textContent = "Highlight cleared.";
			return;
		}
		this.pressed = btn;
		btn.setAttribute("aria-pressed", "true");
		for (const el of els) {
			el.classList.add("wd-lit");
		}
		if (els.length > 0) {
			els[0].scrollIntoView({ block: "center", behavior: reducedMotion() ? "auto" : "smooth" });
		}
		this.live.textContent = `Highlighted in the text: ${what}.`;
	}
}

function add(map, k, v) {
	const list = map.get(k);
	if (list) {
		list.push(v);
	} else {
		map.set(k, [v]);
	}
}

function legend() {
	const chip = (cls, label) => h("li", null, h("span", { class: cls, text: label }));
	return h(
		"ul",
		{ class: "wd-legend", attrs: { "aria-label": "Key" } },
		chip("wd-q", "quotation"),
		chip("wd-src", "source"),
		chip("wd-cue", "cue (reporting verb)"),
		chip("wd-via", "outlet"),
		chip("wd-hedge", "hedge"),
		chip("wd-furniture", "page furniture"),
		chip("wd-unsourced", "no source"),
	);
}

/**
 * groupSources groups attributions by who they credit (the resolved name,
 * else the source as written), most-cited first.
 */
export function groupSources(attrs) {
	const byKey = new Map();
	attrs.forEach((a, i) => {
		const name = (a.resolved || (a.source && a.source.text) || "unknown").trim();
		const key = name.toLowerCase();
		let g = byKey.get(key);
		if (!g) {
			g = { name, kind: a.kind || "named", indexes: [], direct: 0, cues: new Set(), vias: new Set(), first: i };
			byKey.set(key, g);
		}
		g.indexes.push(i);
		if (a.direct) {
			g.direct++;
		}
		if (a.cue && a.cue.text) {
			// The cue with its type when it is not speech: "believes (belief)".
			const type = a.cueType && a.cueType !== "speech" ? ` (${a.cueType})` : "";
			g.cues.add(a.cue.text.toLowerCase() + type);
		}
		if (a.via && a.via.text) {
			g.vias.add(a.via.text);
		}
	});
	return [...byKey.values()].sort((x, y) => y.indexes.length - x.indexes.length || x.first - y.first);
}

function countText(g) {
	const n = g.indexes.length;
	if (g.direct === n) {
		return plural(n, "direct quote");
	}
	return plural(n, "attribution") + (g.direct > 0 ? `, ${plural(g.direct, "direct quote")}` : "");
}

// wordsBefore and wordsAfter trim the context around a hedge to whole words.
function wordsBefore(s, whole) {
	const t = s.replace(/\s+/g, " ");
	return whole ? t : t.replace(/^\S*\s?/, "");
}

function wordsAfter(s, whole) {
	const t = s.replace(/\s+/g, " ");
	return whole ? t : t.replace(/\s?\S*$/, "");
}
