// comparisonview.js — a whole Comparison as the reader sees it, shared by
// the page and the embed: figures, the attribution summary and changes
// first, then the other changes, then the aligned text. It is shown in two
// steps: the wording diff as soon as it is ready, the attribution when the
// full comparison arrives.

import { h, clear } from "./dom.js";
import { figures, summaryText, otherText, attributionList, otherLists, unrelatedText } from "./changes.js";
import { DiffView } from "./diffview.js";

export class ComparisonView {
	/**
	 * @param {{idPrefix?: string, mode?: "side"|"inline", headingLevel?: number}} opts
	 */
	constructor({ idPrefix = "wd", mode = "side", headingLevel = 2 } = {}) {
		this.idPrefix = idPrefix;
		this.mode = mode;
		this.hn = `h${Math.min(6, headingLevel)}`;
		this.diff = null;
		this.cmp = null;
		this.figures = h("div", { class: "wd-figures-wrap" });
		this.attr = h("div", { class: "wd-attr-body" });
		this.others = h("div", { class: "wd-others-wrap" });
		this.diffHost = h("div", { class: "wd-diff-host" });
		this.modeButtons = {
			side: this.modeButton("side", "Side by side"),
			inline: this.modeButton("inline", "Inline"),
		};
		this.root = h(
			"div",
			{ class: "wd-comparison" },
			this.figures,
			h("section", { class: "wd-sec wd-attr", attrs: { "aria-label": "Attribution changes" } }, h(this.hn, { class: "wd-sec-title", text: "Attribution" }), this.attr),
			this.others,
			h(
				"section",
				{ class: "wd-sec wd-text", attrs: { "aria-label": "The two versions, aligned" } },
				h(
					"div",
					{ class: "wd-toolbar" },
					h(this.hn, { class: "wd-sec-title", text: "The text, aligned" }),
					h("div", { class: "wd-modes", attrs: { role: "group", "aria-label": "View" } }, this.modeButtons.side, this.modeButtons.inline),
					h(
						"p",
						{ class: "wd-key" },
						h("del", { text: "deleted" }),
						" ",
						h("ins", { text: "inserted" }),
						" ",
						h("span", { class: "wd-furniture", text: "page furniture" }),
					),
				),
				this.diffHost,
			),
		);
		this.syncModeButtons();
	}

	modeButton(mode, label) {
		return h("button", { type: "button", class: "wd-mode", text: label, attrs: { "aria-pressed": "false" }, on: { click: () => this.setMode(mode) } });
	}

	setMode(mode) {
		this.mode = mode;
		this.syncModeButtons();
		if (this.diff) {
			this.diff.setMode(mode);
		}
	}

	syncModeButtons() {
		for (const [m, b] of Object.entries(this.modeButtons)) {
			b.setAttribute("aria-pressed", String(m === this.mode));
		}
	}

	/** showWording shows a wording-only comparison; attribution is pending. */
	showWording(cmp) {
		this.render(cmp);
		clear(this.attr).appendChild(h("p", { class: "wd-pending", attrs: { "aria-busy": "true" }, text: "Checking who is quoted and how…" }));
		clear(this.others);
	}

	/** showFull shows a full comparison. */
	showFull(cmp) {
		this.render(cmp);
		const jump = (block) => this.focusBlock(block);
		if (cmp.unrelated) {
			clear(this.attr).append(h("p", { class: "wd-summary wd-unrelated", text: unrelatedText(cmp) }));
			clear(this.others);
			return;
		}
		const s = cmp.summary || {};
		const other = otherText(s);
		clear(this.attr).append(
			h("p", { class: "wd-summary", text: summaryText(s) }),
			other ? h("p", { class: "wd-summary-other", text: `Also: ${other}` }) : "",
			attributionList(cmp, jump),
		);
		const lists = otherLists(cmp, jump);
		clear(this.others);
		if (lists) {
			this.others.appendChild(h("section", { class: "wd-sec", attrs: { "aria-label": "Names, titles and numbers" } }, h(this.hn, { class: "wd-sec-title", text: "Names, titles and numbers" }), lists));
		}
	}

	/** attributionFailed keeps the wording diff and says why attribution is missing. */
	attributionFailed(message) {
		clear(this.attr).appendChild(h("p", { class: "wd-none", text: `Attribution could not be checked: ${message}` }));
	}

	render(cmp) {
		this.cmp = cmp;
		clear(this.figures).appendChild(figures(cmp));
		this.diff = new DiffView(cmp, { mode: this.mode, idPrefix: this.idPrefix });
		clear(this.diffHost).appendChild(this.diff.root);
	}

	focusBlock(i) {
		return this.diff ? this.diff.focusBlock(i) : null;
	}
}
