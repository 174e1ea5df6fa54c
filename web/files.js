// files.js — texts from files: a .txt, .md or .html file opened with a
// box's button or dropped on it. A saved web page is reduced to its
// article text by the engine (parsed in the worker, never run: no script
// in it executes and nothing it links to loads). Exported comparisons
// (.json) open as results.

/** maxFileBytes is the largest file read: a saved page with its markup. */
export const maxFileBytes = 4 << 20;

/** kindOf says how to read file: "html", "json" or "text". */
export function kindOf(file, head) {
	const name = file.name.toLowerCase();
	if (/\.json$/.test(name) || file.type === "application/json") {
		return "json";
	}
	if (/\.(html?|xhtml|mhtml?)$/.test(name) || file.type === "text/html" || /^\s*(<!doctype html|<html[\s>])/i.test(head)) {
		return "html";
	}
	return "text";
}

/**
 * readFile resolves to {kind, text, name} for file, or rejects with an
 * Error a reader can act on.
 */
export async function readFile(file) {
	if (file.size > maxFileBytes) {
		throw new Error(`${file.name} is ${(file.size / (1 << 20)).toFixed(1)} MB; wirediff opens files of at most 4 MB. Copy the article's text instead.`);
	}
	const buf = new Uint8Array(await file.arrayBuffer());
	let text;
	try {
		text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
	} catch {
		throw new Error(`${file.name} is not UTF-8 text. Open it in an editor and save it as UTF-8, or copy its text.`);
	}
	return { kind: kindOf(file, text.slice(0, 512)), text, name: file.name.replace(/\.[^.]*$/, "") };
}

/**
 * acceptDrops makes el take dropped files: onFiles(files) gets them. Text
 * dragged from another page still drops as text.
 */
export function acceptDrops(el, onFiles) {
	const hasFiles = (e) => [...(e.dataTransfer?.types || [])].includes("Files");
	el.addEventListener("dragover", (e) => {
		if (hasFiles(e)) {
			e.preventDefault();
			e.dataTransfer.dropEffect = "copy";
			el.classList.add("drop-target");
		}
	});
	el.addEventListener("dragleave", () => el.classList.remove("drop-target"));
	el.addEventListener("drop", (e) => {
		el.classList.remove("drop-target");
		if (hasFiles(e) && e.dataTransfer.files.length > 0) {
			e.preventDefault();
			onFiles([...e.dataTransfer.files]);
		}
	});
}

/** isLink says whether a pasted text is only a web address. */
export function isLink(text) {
	return /^\s*(https?:\/\/|www\.)\S+\s*$/i.test(text);
}
