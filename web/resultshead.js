// resultshead.js — the head of a comparison on the page: its title and the
// line that names the two versions, with their dates and addresses.

import { h, clear } from "./dom.js";

/** comparisonTitle is the results' title, with the versions' names. */
export function comparisonTitle(meta) {
	return meta && (meta.a.name || meta.b.name) ? `Comparison: ${meta.a.label} → ${meta.b.label}` : "Comparison";
}

/**
 * showVersions says in el which version is which: name, date and address
 * (meta as Workbench.meta gives it; null hides el).
 */
export function showVersions(el, meta) {
	clear(el);
	el.hidden = !meta || !["a", "b"].some((s) => meta[s].name || meta[s].date || meta[s].url);
	if (el.hidden) {
		return;
	}
	for (const side of ["a", "b"]) {
		const m = meta[side];
		const link = /^https?:\/\//i.test(m.url) ? h("a", { href: m.url, text: m.url, attrs: { rel: "noopener noreferrer", target: "_blank" } }) : m.url;
		el.appendChild(h("span", { class: `version version-${side}` }, h("strong", { text: `${side.toUpperCase()}: ` }), h("span", { dir: "auto", text: m.label }), m.date ? `, ${m.date}` : "", link ? " · " : "", link || ""));
	}
}
