// spans.js — cutting a text into pieces at span boundaries. The engine's
// spans nest and overlap (a hedge inside a quotation, a cue between two
// halves of a quote), so instead of wrapping spans in one another the text
// is split at every boundary and each piece carries the set of spans that
// cover it. Offsets are UTF-16 code units, what String.prototype.slice takes.

/**
 * segments splits text[from, to) at the boundaries of the given layers.
 * layers: [{name, spans: [{start, end}, ...]}]. Returns pieces
 * [{start, end, marks}] that cover [from, to) in order, where marks is an
 * array of {layer, index} (index into that layer's spans), empty for plain
 * text. Spans outside [from, to), empty or inverted are ignored.
 */
export function segments(text, layers, from = 0, to = text.length) {
	const events = []; // [pos, +1|-1, layer, index]
	for (const layer of layers) {
		const spans = layer.spans || [];
		for (let i = 0; i < spans.length; i++) {
			const s = spans[i];
			if (!s) {
				continue;
			}
			const start = Math.max(from, s.start | 0);
			const end = Math.min(to, s.end | 0);
			if (end <= start) {
				continue;
			}
			events.push([start, 1, layer.name, i], [end, -1, layer.name, i]);
		}
	}
	// Ends before starts at the same position, so touching spans do not
	// overlap.
	events.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
	const active = new Map(); // "layer#index" -> {layer, index}
	const out = [];
	let pos = from;
	let e = 0;
	while (pos < to) {
		while (e < events.length && events[e][0] <= pos) {
			const [, kind, layer, index] = events[e];
			const key = layer + "#" + index;
			if (kind > 0) {
				active.set(key, { layer, index });
			} else {
				active.delete(key);
			}
			e++;
		}
		const next = e < events.length ? Math.min(events[e][0], to) : to;
		out.push({ start: pos, end: next, marks: [...active.values()] });
		pos = next;
	}
	return out;
}

/** layersOf lists the distinct layer names of a piece's marks. */
export function layersOf(piece) {
	const names = new Set();
	for (const m of piece.marks) {
		names.add(m.layer);
	}
	return [...names];
}
