// workbench.js — the page's two boxes as a place to work in: names, dates
// and addresses; documents kept across reloads and listed; files opened or
// dropped; a pasted web address answered; share links made and opened.

import { Box, keepSession } from "./boxes.js";
import { DocsList } from "./docslist.js";
import { readFile, acceptDrops, isLink } from "./files.js";
import { encodeShare, decodeShare, isShare, maxFragment } from "./share.js";

const $ = (id) => document.getElementById(id);

/**
 * Workbench wires the boxes. hooks: say(text), alertError(text),
 * article(html) → engine promise of {title, text}, importJSON(text, name)
 * for an exported comparison that is opened or dropped.
 */
export class Workbench {
	constructor(hooks) {
		this.hooks = hooks;
		this.boxes = {};
		for (const side of ["a", "b"]) {
			const box = new Box(side, { area: $(`text-${side}`), name: $(`name-${side}`), date: $(`date-${side}`), url: $(`url-${side}`) });
			box.addEventListener("error", (e) => hooks.alertError(`This text could not be saved in the browser: ${e.detail.message || e.detail}. It is still in the box.`));
			this.boxes[side] = box;
			this.wireFiles(side, box);
			this.wireLinkNote(side, box);
		}
		this.docs = new DocsList({
			panel: $("docs"),
			list: $("docs-list"),
			count: $("docs-count"),
			boxes: this.boxes,
			say: hooks.say,
			open: (side, doc) => {
				this.boxes[side].fill(doc, doc.id);
				this.docs.refresh();
				hooks.say(`Opened ${doc.name || "the document"} in ${side.toUpperCase()}.`);
			},
		});
		for (const b of Object.values(this.boxes)) {
			b.addEventListener("session", () => this.docs.refresh());
		}
		addEventListener("pagehide", () => {
			for (const b of Object.values(this.boxes)) {
				if (b.timer) {
					b.save();
				}
			}
		});
	}

	/**
	 * start restores the last session, or opens the share link in the
	 * address; it resolves to the shared state when a link was opened.
	 */
	async start() {
		let shared = null;
		if (isShare(location.hash)) {
			try {
				shared = await decodeShare(location.hash);
			} catch (err) {
				this.hooks.alertError(err.message);
			}
			// The texts are now saved documents: a reload must not open
			// the link again.
			history.replaceState(null, "", location.pathname + location.search);
		}
		try {
			await keepSession(this.boxes, !shared);
		} catch (err) {
			console.warn("wirediff: restoring the session:", err);
		}
		if (shared) {
			for (const side of ["a", "b"]) {
				this.boxes[side].fill(shared[side]);
				await this.boxes[side].save();
			}
		}
		await this.docs.refresh();
		return shared;
	}

	/** meta is {name, date, url} of both sides, for the results and exports. */
	meta() {
		const m = {};
		for (const side of ["a", "b"]) {
			const { name, date, url } = this.boxes[side].doc;
			m[side] = { name, date, url, label: this.boxes[side].label };
		}
		return m;
	}

	/** swap exchanges the two boxes' documents. */
	swap() {
		const [a, b] = [this.boxes.a, this.boxes.b];
		const [da, ia, db, ib] = [a.doc, a.id, b.doc, b.id];
		a.fill(db, ib);
		b.fill(da, ia);
		for (const box of [a, b]) {
			if (!box.id && box.doc.text.trim() !== "") {
				box.save();
			}
			box.dispatchEvent(new Event("session"));
		}
	}

	/**
	 * shareLink resolves to {url} for the boxes and options, or {tooLong:
	 * size} when the link would pass maxFragment characters.
	 */
	async shareLink(options) {
		const state = { a: this.boxes.a.doc, b: this.boxes.b.doc, options: options || {} };
		const frag = await encodeShare(state);
		if (frag.length > maxFragment) {
			return { tooLong: frag.length };
		}
		return { url: location.origin + location.pathname + frag };
	}

	wireFiles(side, box) {
		const input = $(`file-${side}`);
		$(`open-${side}`).addEventListener("click", () => input.click());
		input.addEventListener("change", () => {
			if (input.files.length > 0) {
				this.openFile(side, box, input.files[0]);
			}
			input.value = "";
		});
		acceptDrops(box.f.area, (files) => this.openFile(side, box, files[0]));
	}

	async openFile(side, box, file) {
		const { say, alertError, article, importJSON } = this.hooks;
		try {
			const f = await readFile(file);
			if (f.kind === "json") {
				await importJSON(f.text, file.name);
				return;
			}
			let text = f.text;
			let name = "";
			if (f.kind === "html") {
				say(`Reading the article in ${file.name}…`);
				const art = await article(f.text);
				text = art.text;
				name = art.title;
			}
			// A new document: the name is the page's title, or the file's.
			box.fill({ text, name: name || f.name });
			await box.save();
			say(`${file.name} opened in ${side.toUpperCase()}${f.kind === "html" ? ": its article text, without the page's scripts, menus and styles" : ""}.`);
		} catch (err) {
			say("");
			alertError(`${file.name} could not be opened: ${err.message || err}`);
		}
	}

	wireLinkNote(side, box) {
		const note = $(`link-note-${side}`);
		box.f.area.addEventListener("input", () => {
			const link = isLink(box.f.area.value);
			note.hidden = !link;
			if (link && box.f.url.value === "") {
				box.f.url.value = box.f.area.value.trim();
			}
		});
	}
}
