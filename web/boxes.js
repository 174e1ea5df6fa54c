// boxes.js — the two versions as the reader fills them in: a text and its
// name (outlet), date and URL, each box saved as a document in the
// workspace as it changes, and restored on the next visit.

import * as ws from "./workspace.js";
import { countWords } from "./wordcount.js";

const saveDelay = 300; // ms after the last keystroke

// maxKeep is the longest text stored, in UTF-16 units: the engine takes at
// most 1 MiB of UTF-8, so a longer text cannot be compared anyway.
const maxKeep = 1 << 20;

/** Box is one version: its textarea, name, date and URL fields. */
export class Box extends EventTarget {
	/**
	 * @param {"a"|"b"} side
	 * @param {{area: HTMLTextAreaElement, name: HTMLInputElement, date: HTMLInputElement, url: HTMLInputElement}} fields
	 */
	constructor(side, fields) {
		super();
		this.side = side;
		this.f = fields;
		this.id = ""; // the workspace document the box holds ("" until it has text)
		this.savedText = "";
		this.timer = 0;
		this.saving = Promise.resolve();
		fields.area.addEventListener("input", (e) => {
			// A paste or drop that replaced the whole text starts a new
			// document, so the one it replaced stays in the list.
			// Its name, date and address were the old one's.
			if (this.id && /^insertFrom(Paste|Drop)$/.test(e.inputType || "") && replacedAll(this.savedText, fields.area.value)) {
				this.id = "";
				fields.name.value = fields.date.value = fields.url.value = "";
			}
			this.schedule();
		});
		for (const el of [fields.name, fields.date, fields.url]) {
			el.addEventListener("input", () => this.schedule());
		}
	}

	/** doc is what the box holds: {text, name, date, url}. */
	get doc() {
		return { text: this.f.area.value, name: this.f.name.value.trim(), date: this.f.date.value, url: this.f.url.value.trim() };
	}

	/** label is the version's name, or "Version A". */
	get label() {
		return this.f.name.value.trim() || `Version ${this.side.toUpperCase()}`;
	}

	/**
	 * fill puts doc into the box: id "" makes it a new document. The
	 * textarea's input event fires, so counts and staleness follow.
	 */
	fill(doc, id = "") {
		clearTimeout(this.timer);
		this.timer = 0;
		this.id = id;
		this.savedText = id ? doc.text : "";
		this.f.name.value = doc.name || "";
		this.f.date.value = /^\d{4}-\d{2}-\d{2}$/.test(doc.date || "") ? doc.date : "";
		this.f.url.value = doc.url || "";
		this.f.area.value = doc.text || "";
		this.f.area.dispatchEvent(new Event("input"));
		if (id) {
			this.dispatchEvent(new Event("session"));
		}
	}

	schedule() {
		clearTimeout(this.timer);
		this.f.area.dataset.saved = "false";
		this.timer = setTimeout(() => this.save(), saveDelay);
	}

	/** save writes the box to the workspace now; it resolves when stored. */
	save() {
		clearTimeout(this.timer);
		this.timer = 0;
		this.saving = this.saving.then(async () => {
			const d = this.doc;
			if (d.text.length > maxKeep) {
				// Larger than the engine takes: kept in the box, not stored
				// (a copy of megabytes would hold the page's thread).
				this.f.area.dataset.saved = "too-large";
				return;
			}
			if (d.text.trim() === "") {
				// An emptied box holds no document; the last one stays saved.
				if (this.id) {
					this.id = "";
					this.dispatchEvent(new Event("session"));
				}
				this.f.area.dataset.saved = "true";
				return;
			}
			const fresh = !this.id;
			if (fresh) {
				this.id = ws.newID();
			}
			try {
				await ws.put({ id: this.id, ...d, words: countWords(d.text) });
				this.savedText = d.text;
				this.f.area.dataset.saved = "true";
				this.dispatchEvent(new CustomEvent("saved", { detail: { fresh } }));
				if (fresh) {
					this.dispatchEvent(new Event("session"));
				}
			} catch (err) {
				this.dispatchEvent(new CustomEvent("error", { detail: err }));
			}
		});
		return this.saving;
	}
}

// replacedAll says whether after no longer begins or ends as before did:
// an edit or a paste inside the text keeps at least one of the two.
function replacedAll(before, after) {
	const n = Math.min(24, before.length);
	return n > 0 && !after.startsWith(before.slice(0, n)) && !after.endsWith(before.slice(before.length - n));
}

/**
 * keepSession saves which documents boxes hold whenever that changes, and
 * restores them; it resolves once the last session is back in the boxes
 * (skipped when restore is false, as when a share link opens).
 */
export async function keepSession(boxes, restore) {
	const save = () => ws.saveSession({ a: boxes.a.id, b: boxes.b.id }).catch((err) => console.warn("wirediff: saving the session:", err));
	// Listening first: a text pasted while the last session is read is
	// remembered too.
	for (const b of [boxes.a, boxes.b]) {
		b.addEventListener("session", save);
	}
	if (restore) {
		const s = await ws.loadSession().catch(() => undefined);
		for (const side of ["a", "b"]) {
			const id = s && s[side];
			const doc = id ? await ws.get(id).catch(() => undefined) : undefined;
			if (doc && boxes[side].f.area.value === "" && !boxes[side].id) {
				boxes[side].fill(doc, doc.id);
			}
		}
	}
}
