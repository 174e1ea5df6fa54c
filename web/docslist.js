// docslist.js — the reader's saved documents: reopen one in either box,
// rename it, delete it.

import { h, clear, plural } from "./dom.js";
import { countWords } from "./wordcount.js";
import * as ws from "./workspace.js";

/**
 * DocsList draws the workspace's documents into list (a <ul>) and count,
 * and refreshes when a box saves. open(side, doc) puts a document in a box.
 */
export class DocsList {
	constructor({ panel, list, count, boxes, open, say }) {
		this.panel = panel;
		this.list = list;
		this.count = count;
		this.boxes = boxes;
		this.open = open;
		this.say = say;
		for (const b of [boxes.a, boxes.b]) {
			b.addEventListener("saved", () => this.refresh());
		}
		panel.addEventListener("toggle", () => this.refresh());
	}

	async refresh() {
		if (this.renaming) {
			return; // the rename redraws the list when it ends
		}
		let docs;
		try {
			if (!this.panel.open) {
				// Closed, the list only counts: reading every text back
				// would hold the page's thread for long texts.
				this.count.textContent = `(${await ws.count()})`;
				return;
			}
			docs = await ws.list();
		} catch (err) {
			this.count.textContent = "(not available)";
			console.warn("wirediff: reading the documents:", err);
			return;
		}
		if (this.renaming) {
			return;
		}
		this.count.textContent = `(${docs.length})`;
		clear(this.list);
		if (docs.length === 0) {
			this.list.appendChild(h("li", { class: "docs-none", text: "Nothing saved yet: what you paste, drop or open is kept here." }));
		}
		for (const d of docs) {
			this.list.appendChild(this.item(d));
		}
	}

	item(d) {
		const title = d.name || firstWords(d.text);
		const inBox = ["a", "b"].filter((s) => this.boxes[s].id === d.id).map((s) => s.toUpperCase());
		const name = h("span", { class: "docs-name", dir: "auto", text: title });
		const li = h(
			"li",
			{ class: "docs-item", data: { id: d.id } },
			name,
			h("span", { class: "docs-meta", text: [plural(d.words ?? countWords(d.text), "word"), d.date, new Date(d.updated).toLocaleString(), inBox.length ? `in ${inBox.join(" and ")}` : ""].filter(Boolean).join(" · ") }),
			h(
				"span",
				{ class: "docs-actions" },
				h("button", { type: "button", class: "quiet docs-open-a", text: "Open in A", on: { click: () => this.open("a", d) } }),
				h("button", { type: "button", class: "quiet docs-open-b", text: "Open in B", on: { click: () => this.open("b", d) } }),
				h("button", { type: "button", class: "quiet docs-rename", text: "Rename", on: { click: () => this.rename(li, name, d) } }),
				h("button", { type: "button", class: "quiet docs-delete", text: "Delete", attrs: { "aria-label": `Delete ${title}` }, on: { click: () => this.remove(d) } }),
			),
		);
		return li;
	}

	rename(li, name, d) {
		const input = h("input", { type: "text", class: "docs-rename-input", value: d.name || "", attrs: { "aria-label": "New name", placeholder: "Name or outlet" } });
		let done = false;
		const finish = async (keep) => {
			if (done) {
				return;
			}
			done = true;
			this.renaming = false;
			if (keep) {
				d.name = input.value.trim();
				await ws.put(d);
				for (const s of ["a", "b"]) {
					if (this.boxes[s].id === d.id) {
						this.boxes[s].f.name.value = d.name;
					}
				}
				this.say(`Renamed to ${d.name || "(no name)"}.`);
			}
			this.refresh();
		};
		input.addEventListener("keydown", (e) => {
			if (e.key === "Enter") {
				finish(true);
			} else if (e.key === "Escape") {
				finish(false);
			}
		});
		input.addEventListener("blur", () => {
			if (input.isConnected) {
				finish(true);
			}
		});
		this.renaming = true;
		name.replaceWith(input);
		input.focus();
		input.select();
		li.classList.add("docs-renaming");
	}

	async remove(d) {
		await ws.remove(d.id);
		for (const s of ["a", "b"]) {
			if (this.boxes[s].id === d.id) {
				this.boxes[s].id = ""; // the text stays in the box, as a new document
				this.boxes[s].dispatchEvent(new Event("session"));
			}
		}
		this.say(`Deleted ${d.name || firstWords(d.text)}.`);
		this.refresh();
	}
}

function firstWords(text) {
	const t = text.trim().replace(/\s+/g, " ");
	return t.length > 70 ? `${t.slice(0, 70)}…` : t;
}
