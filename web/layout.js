// layout.js — the order of the aligned view's rows, worked out from the
// blocks alone (no DOM): where each move came from, which runs of
// unchanged blocks can fold, and how to number a place in A.

// layout lists the rows in display order: the blocks in B's order, and for
// each move a marker right after the block that preceded it in A.
export function layout(blocks) {
	const before = new Map(); // block index (or -1 for the top) -> move indexes
	if (!blocks.some((b) => b.op === "move")) {
		return blocks.map((_, i) => ({ kind: "block", i }));
	}
	// The blocks that stay, by where they start in A (their A order is
	// already sorted but for the moves, which are left out).
	const anchorIndex = [];
	for (let i = 0; i < blocks.length; i++) {
		if (blocks[i].op !== "move" && blocks[i].a) {
			anchorIndex.push(i);
		}
	}
	anchorIndex.sort((x, y) => blocks[x].a.start - blocks[y].a.start);
	const anchorStart = Float64Array.from(anchorIndex, (i) => blocks[i].a.start);
	blocks.forEach((b, i) => {
		if (b.op !== "move" || !b.a) {
			return;
		}
		let key = -1;
		let lo = 0;
		let hi = anchorStart.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (anchorStart[mid] < b.a.start) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		if (lo > 0) {
			key = anchorIndex[lo - 1];
		}
		if (!before.has(key)) {
			before.set(key, []);
		}
		before.get(key).push(i);
	});
	for (const list of before.values()) {
		list.sort((x, y) => blocks[x].a.start - blocks[y].a.start);
	}
	const items = [];
	const origins = (key) => {
		for (const i of before.get(key) || []) {
			items.push({ kind: "origin", i });
		}
	};
	origins(-1);
	blocks.forEach((_, i) => {
		items.push({ kind: "block", i });
		origins(i);
	});
	return items;
}

// equalRun counts the unchanged blocks starting at items[k].
export function equalRun(items, blocks, k) {
	let n = 0;
	while (k + n < items.length && items[k + n].kind === "block" && blocks[items[k + n].i].op === "equal") {
		n++;
	}
	return n;
}

// sentenceNumber is the 1-based number of the sentence of analysis that
// holds offset (the first one starting at or after it).
export function sentenceNumber(analysis, offset) {
	const ss = (analysis && analysis.sentences) || [];
	let lo = 0;
	let hi = ss.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (ss[mid].end <= offset) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return lo + 1;
}
