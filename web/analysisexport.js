// analysisexport.js — one analysis as a standalone HTML file: the view as
// the reader sees it (serialised from the DOM, so every text is escaped
// as the page built it with textContent), the view's stylesheets inlined,
// no script, and a policy that lets the file load nothing.

const sheets = ["./view.css", "./analysis.css"];

/**
 * analysisHTML resolves to the HTML document of the rendered analysis
 * root, titled title.
 */
export async function analysisHTML(root, title) {
	const css = await Promise.all(
		sheets.map(async (f) => {
			const r = await fetch(new URL(f, import.meta.url));
			if (!r.ok) {
				throw new Error(`${f}: HTTP ${r.status}`);
			}
			return r.text();
		}),
	);
	// Built as a string: a <style> made in a DOM document would be checked
	// against this page's own policy, which allows no inline style.
	const view = root.cloneNode(true);
	// Buttons do nothing without the page's script: keep their text only.
	for (const b of view.querySelectorAll("button")) {
		b.setAttribute("disabled", "");
	}
	const style = `${css.join("\n")}\nbody { margin: 0 auto; max-width: 78rem; padding: 1rem; font-family: var(--wd-sans); background: var(--wd-bg); color: var(--wd-ink); }\nbutton { font: inherit; }`;
	return [
		"<!doctype html>",
		'<html lang="en"><head><meta charset="utf-8">',
		`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>${escapeText(title)}</title>`,
		`<style>${style.replace(/<\/style/gi, "<\\/style")}</style>`,
		`</head><body><h1>${escapeText(title)}</h1>`,
		// outerHTML escapes every text node: the article stays text.
		view.outerHTML,
		"</body></html>",
		"",
	].join("\n");
}

function escapeText(s) {
	return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
