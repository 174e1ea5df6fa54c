// exportdoc.js — the exported JSON file and reading it back. The file is
// the contract's Comparison (or Analysis) as the engine returned it, with
// one more top-level field, "documents": the texts and their names, dates
// and addresses, so that the file alone reopens the work.

/**
 * exportDoc is the JSON value to save for current ({kind, data, texts,
 * meta}).
 */
export function exportDoc(current) {
	const documents = {};
	for (const side of ["a", "b"]) {
		if (typeof current.texts[side] === "string") {
			const m = (current.meta && current.meta[side]) || {};
			documents[side] = { text: current.texts[side], name: m.name || "", date: m.date || "", url: m.url || "" };
		}
	}
	return { ...current.data, documents };
}

const str = (v) => (typeof v === "string" ? v : "");

/**
 * readExport parses an exported file: {kind: "comparison"|"analysis",
 * data, documents: {a?, b?}}, or throws an Error a reader can act on.
 */
export function readExport(text) {
	let v;
	try {
		v = JSON.parse(text);
	} catch (err) {
		throw new Error(`it is not JSON (${err.message}).`);
	}
	if (!v || typeof v !== "object" || Array.isArray(v)) {
		throw new Error("it is not a wirediff export.");
	}
	let kind;
	if (Array.isArray(v.blocks) && v.a && v.b) {
		kind = "comparison";
	} else if (Array.isArray(v.sentences)) {
		kind = "analysis";
	} else {
		throw new Error("it is not a wirediff comparison or analysis (no blocks, no sentences).");
	}
	const documents = {};
	const docs = v.documents && typeof v.documents === "object" ? v.documents : {};
	for (const side of ["a", "b"]) {
		const d = docs[side];
		if (d && typeof d.text === "string") {
			documents[side] = { text: d.text, name: str(d.name), date: str(d.date), url: str(d.url) };
		}
	}
	const data = { ...v };
	delete data.documents;
	return { kind, data, documents };
}
