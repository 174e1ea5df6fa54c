// copies.js — many copies of one story: one original and any number of
// copies (pasted, or files opened or dropped), each compared with the
// original by the engine in its worker, one after another, with progress;
// a table ranks them by similarity, verbatim reuse and attribution changes,
// sortable, and each row opens the pairwise comparison. Stopping drops the
// copies not yet compared. Comparisons are not kept: a row keeps its
// figures, and opening it compares that pair again.
//
//   mountCopies(engine, hostElement, { versionA: () => text });

import { h, clear, plural, percent } from "./dom.js";
import { ComparisonView } from "./comparisonview.js";

// The table's columns: the row field each sorts by, and the direction a
// first press sorts in (the most faithful first).
const columns = [
	{ key: "name", label: "Copy", dir: "ascending" },
	{ key: "similarity", label: "Similarity", dir: "descending", show: (r) => percent(r.similarity) },
	{ key: "verbatim", label: "Verbatim from the original", dir: "descending", show: (r) => percent(r.verbatim) },
	{ key: "changes", label: "Attribution changes", dir: "ascending", show: (r) => changeText(r) },
	{ key: "unsourced", label: "Unsourced claims", dir: "ascending", show: (r) => String(r.unsourced) },
];

/** rowOf reduces a Comparison of the original (A) with a copy (B) to a table row. */
export function rowOf(copy, cmp) {
	const byKind = {};
	for (const c of cmp.attributionChanges || []) {
		byKind[c.kind] = (byKind[c.kind] || 0) + 1;
	}
	return {
		copy,
		name: copy.name,
		similarity: cmp.similarity,
		verbatim: (cmp.reuse || {}).bFromA || 0,
		changes: (cmp.attributionChanges || []).length,
		byKind,
		unsourced: ((cmp.b || {}).unattributed || []).length,
	};
}

function changeText(r) {
	if (r.changes === 0) {
		return "none";
	}
	const kinds = Object.entries(r.byKind).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
	return `${r.changes} · ${kinds.map(([k, n]) => `${n} ${k}`).join(", ")}`;
}

export function mountCopies(engine, host, { versionA } = {}) {
	let copies = []; // {id, name, text}
	let rows = [];
	let sort = { key: "similarity", dir: "descending" };
	let job = null; // {controller}
	let nextID = 1;
	let pasted = 0;

	const original = h("textarea", { id: "cp-original", dir: "auto", spellcheck: false, attrs: { placeholder: "Paste the original story…" } });
	const copyArea = h("textarea", { id: "cp-copy", dir: "auto", spellcheck: false, attrs: { placeholder: "Paste a copy, then press Add copy…" } });
	const files = h("input", { id: "cp-files", type: "file", attrs: { multiple: true, accept: ".txt,.md,text/plain" }, on: { change: () => addFiles(files.files) } });
	const list = h("ul", { class: "cp-list", attrs: { "aria-label": "Copies to rank" } });
	const rank = h("button", { type: "button", id: "cp-rank", class: "primary", text: "Rank copies", on: { click: () => run() } });
	const stop = h("button", { type: "button", id: "cp-stop", class: "quiet", text: "Stop", hidden: true, on: { click: () => job && job.controller.abort() } });
	const bar = h("progress", { id: "cp-progress", hidden: true, attrs: { max: "1", value: "0", "aria-label": "Copies compared" } });
	const status = h("p", { id: "cp-status", class: "status", attrs: { role: "status", "aria-live": "polite" } });
	const head = h("tr");
	const body = h("tbody");
	const table = h("table", { id: "cp-table", class: "cp-table", hidden: true }, h("caption", { text: "Copies ranked against the original. Sort by a column with its button; open a copy to see it side by side with the original." }), h("thead", null, head), body);
	const pair = h("section", { id: "cp-pair", class: "cp-pair", hidden: true, attrs: { "aria-labelledby": "cp-pair-title" } });

	clear(host).append(
		h("summary", null, h("h2", { text: "Many copies of one story" })),
		h("p", { class: "cp-intro", text: "Rank any number of copies against one original: which stayed faithful, which were trimmed, reworded or changed the sourcing." }),
		h(
			"div",
			{ class: "cp-inputs" },
			h(
				"div",
				{ class: "paste" },
				h("div", { class: "paste-head" }, h("label", { attrs: { for: "cp-original" }, text: "Original" }), versionA ? h("button", { type: "button", id: "cp-use-a", class: "quiet", text: "Use version A", on: { click: () => (original.value = versionA()) } }) : null),
				original,
			),
			h(
				"div",
				{ class: "paste" },
				h("div", { class: "paste-head" }, h("label", { attrs: { for: "cp-copy" }, text: "A copy" }), h("button", { type: "button", id: "cp-add", text: "Add copy", on: { click: addPasted } })),
				copyArea,
				h("p", { class: "cp-files" }, h("label", { attrs: { for: "cp-files" }, text: "Or open copies from files (or drop them here): " }), files),
			),
		),
		list,
		h("div", { class: "actions" }, rank, stop, bar),
		status,
		table,
		pair,
	);

	// Dropped files are copies; dropping on the page elsewhere is the page's.
	host.addEventListener("dragover", (e) => {
		if (e.dataTransfer && [...e.dataTransfer.types].includes("Files")) {
			e.preventDefault();
		}
	});
	host.addEventListener("drop", (e) => {
		if (e.dataTransfer && e.dataTransfer.files.length) {
			e.preventDefault();
			addFiles(e.dataTransfer.files);
		}
	});

	function addPasted() {
		const text = copyArea.value;
		if (!text.trim()) {
			status.textContent = "Paste a copy into the box first.";
			copyArea.focus();
			return;
		}
		pasted++;
		addCopy(`Pasted copy ${pasted}`, text);
		copyArea.value = "";
		copyArea.focus();
	}

	async function addFiles(fileList) {
		for (const f of [...fileList]) {
			addCopy(f.name, await f.text());
		}
		files.value = "";
	}

	function addCopy(name, text) {
		copies.push({ id: nextID++, name, text });
		drawList();
		status.textContent = `${plural(copies.length, "copy", "copies")} to rank.`;
	}

	function drawList() {
		clear(list);
		for (const c of copies) {
			list.appendChild(
				h(
					"li",
					null,
					h("span", { class: "cp-name", dir: "auto", text: c.name }),
					h("button", {
						type: "button",
						class: "quiet",
						text: "Remove",
						attrs: { "aria-label": `Remove ${c.name}` },
						on: {
							click: () => {
								copies = copies.filter((x) => x !== c);
								drawList();
							},
						},
					}),
				),
			);
		}
	}

	async function run() {
		const orig = original.value;
		if (!orig.trim()) {
			status.textContent = "Paste the original first.";
			original.focus();
			return;
		}
		if (copies.length === 0) {
			status.textContent = "Add at least one copy.";
			copyArea.focus();
			return;
		}
		const todo = copies.slice();
		const controller = new AbortController();
		job = { controller };
		rows = [];
		pair.hidden = true;
		rank.disabled = true;
		stop.hidden = false;
		bar.hidden = false;
		bar.max = todo.length;
		bar.value = 0;
		const started = performance.now();
		let failed = 0;
		for (const [i, copy] of todo.entries()) {
			status.textContent = `Comparing copy ${i + 1} of ${todo.length}…`;
			try {
				rows.push(rowOf(copy, await engine.compare(orig, copy.text, null, { signal: controller.signal })));
			} catch (err) {
				if (err.code === "cancelled") {
					break;
				}
				failed++;
				rows.push({ copy, name: copy.name, error: err.message, similarity: -1, verbatim: -1, changes: Infinity, unsourced: Infinity, byKind: {} });
			}
			bar.value = i + 1;
			drawTable();
			if (controller.signal.aborted) {
				break;
			}
		}
		const secs = ((performance.now() - started) / 1000).toFixed(1);
		status.textContent = controller.signal.aborted
			? `Stopped: ${rows.length} of ${plural(todo.length, "copy", "copies")} ranked.`
			: `Ranked ${plural(todo.length, "copy", "copies")} in ${secs} s${failed ? ` (${failed} could not be compared)` : ""}.`;
		job = null;
		rank.disabled = false;
		stop.hidden = true;
		bar.hidden = true;
	}

	function drawTable() {
		const col = columns.find((c) => c.key === sort.key);
		const sign = sort.dir === "ascending" ? 1 : -1;
		const sorted = rows.slice().sort((x, y) => {
			const a = x[col.key];
			const b = y[col.key];
			const d = typeof a === "string" ? a.localeCompare(b) : a - b;
			return sign * d || y.similarity - x.similarity || x.copy.id - y.copy.id;
		});
		clear(head);
		for (const c of columns) {
			const active = c.key === sort.key;
			head.appendChild(
				h(
					"th",
					{ attrs: { scope: "col", "aria-sort": active ? sort.dir : null }, data: { key: c.key } },
					h("button", {
						type: "button",
						class: "cp-sort",
						text: c.label + (active ? (sort.dir === "ascending" ? " ▲" : " ▼") : ""),
						on: { click: () => sortBy(c) },
					}),
				),
			);
		}
		clear(body);
		for (const r of sorted) {
			const open = h("button", { type: "button", class: "cp-open", dir: "auto", text: r.name, attrs: { "aria-label": `Open ${r.name} beside the original` }, on: { click: () => openPair(r.copy) } });
			const cells = r.error
				? [h("td", { class: "cp-error", attrs: { colspan: String(columns.length - 1) }, text: r.error })]
				: columns.slice(1).map((c) => h("td", { class: c.key === "changes" ? "" : "cp-num", text: c.show(r) }));
			body.appendChild(h("tr", { data: { copy: String(r.copy.id) } }, h("th", { attrs: { scope: "row" } }, open), cells));
		}
		table.hidden = rows.length === 0;
	}

	function sortBy(c) {
		sort = sort.key === c.key ? { key: c.key, dir: sort.dir === "ascending" ? "descending" : "ascending" } : { key: c.key, dir: c.dir };
		drawTable();
		head.querySelector(`th[data-key="${c.key}"] button`).focus();
	}

	async function openPair(copy) {
		const orig = original.value;
		const title = h("h3", { id: "cp-pair-title", tabIndex: -1, dir: "auto", text: `Original → ${copy.name}` });
		clear(pair).append(title, h("p", { class: "status", text: "Comparing…" }));
		pair.hidden = false;
		title.focus();
		try {
			const cmp = await engine.compare(orig, copy.text, null);
			const view = new ComparisonView({ idPrefix: "cp", headingLevel: 4 });
			view.showFull(cmp);
			clear(pair).append(title, view.root);
			title.focus();
		} catch (err) {
			clear(pair).append(title, h("p", { class: "cp-error", text: `The copy could not be compared: ${err.message}` }));
		}
	}
}
