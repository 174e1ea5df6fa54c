// dom.js — the one way this front end makes elements. Text only ever enters
// the DOM through textContent / text nodes: never innerHTML, so a pasted
// article can contain any markup and stay inert data.

/**
 * h makes an element. props: class (string), text (textContent), attrs
 * (attributes), data (dataset), on (event listeners), and any of dir, id,
 * type, title, hidden, tabIndex set as properties. Children may be nodes,
 * strings (become text nodes), arrays, or null/false (skipped).
 */
export function h(tag, props, ...children) {
	const el = document.createElement(tag);
	if (props) {
		for (const [k, v] of Object.entries(props)) {
			if (v === undefined || v === null || v === false) {
				continue;
			}
			switch (k) {
				case "class":
					el.className = v;
					break;
				case "text":
					el.textContent = v;
					break;
				case "attrs":
					for (const [name, value] of Object.entries(v)) {
						if (value !== undefined && value !== null && value !== false) {
							el.setAttribute(name, value === true ? "" : String(value));
						}
					}
					break;
				case "data":
					Object.assign(el.dataset, v);
					break;
				case "on":
					for (const [type, fn] of Object.entries(v)) {
						el.addEventListener(type, fn);
					}
					break;
				default:
					el[k] = v;
			}
		}
	}
	append(el, children);
	return el;
}

/** append adds children (nodes, strings, nested arrays; nulls skipped). */
export function append(parent, children) {
	for (const c of children) {
		if (c === null || c === undefined || c === false) {
			continue;
		}
		if (Array.isArray(c)) {
			append(parent, c);
		} else if (c instanceof Node) {
			parent.appendChild(c);
		} else {
			parent.appendChild(document.createTextNode(String(c)));
		}
	}
	return parent;
}

/** clear removes every child of el. */
export function clear(el) {
	while (el.firstChild) {
		el.removeChild(el.firstChild);
	}
	return el;
}

/**
 * hidden is text for screen readers only ("deleted: "). Its dir keeps the
 * English label out of a dir="auto" container's guess at the direction of
 * a Hebrew or Arabic text.
 */
export function hidden(text) {
	return h("span", { class: "wd-vh", dir: "ltr", text });
}

/** plural: plural(1, "quote") "1 quote", plural(2, "quote") "2 quotes". */
export function plural(n, one, many = one + "s") {
	return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

/** percent formats a share in [0, 1] as "96%" (one decimal under 10%). */
export function percent(x) {
	const p = (Number(x) || 0) * 100;
	if (p > 0 && p < 10) {
		return `${p.toFixed(1)}%`;
	}
	return `${Math.round(p)}%`;
}

/** megabytes formats a byte count ("3.2 MB"). */
export function megabytes(n) {
	return `${(n / 1e6).toFixed(1)} MB`;
}

/** excerpt shortens text to about max characters at a word boundary. */
export function excerpt(text, max = 120) {
	const t = text.replace(/\s+/g, " ").trim();
	if (t.length <= max) {
		return t;
	}
	const cut = t.lastIndexOf(" ", max);
	return t.slice(0, cut > max / 2 ? cut : max) + "…";
}

/** reducedMotion reports whether the reader asked for less animation. */
export function reducedMotion() {
	return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
}
