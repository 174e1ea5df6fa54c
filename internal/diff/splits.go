package diff

import "sort"

// splitGain is how much a one-to-two pairing must beat the one-to-one pair
// it grows from.
const splitGain = 0.05

// splits grows one-to-one groups into one-to-two splits and two-to-one
// merges when an unmatched neighbouring unit raises the similarity, and
// pairs unmatched units with a candidate whose similarity only the
// neighbour brings above minSim. ha and hb are the units' text hashes,
// which settle ties the same way whichever text is A.
func (al *aligner) splits(gs []group, usedA, usedB []bool, ha, hb []uint64) []group {
	A, B := al.A, al.B
	// options calls f with each one-to-two grouping g may grow into, its
	// similarity computed, when its units outside g are unused.
	options := func(g group, f func(h group)) {
		consider := func(h group) {
			if h.a0 < 0 || h.b0 < 0 || h.a1 > len(A.units) || h.b1 > len(B.units) {
				return
			}
			for i := h.a0; i < h.a1; i++ {
				if (i < g.a0 || i >= g.a1) && usedA[i] {
					return
				}
			}
			for j := h.b0; j < h.b1; j++ {
				if (j < g.b0 || j >= g.b1) && usedB[j] {
					return
				}
			}
			h.sim = al.sim(A.ids(h.a0, h.a1), B.ids(h.b0, h.b1))
			if h.sim >= minSim && h.sim > g.sim+splitGain {
				f(h)
			}
		}
		if g.a1-g.a0 == 1 && g.b1-g.b0 == 1 {
			h := g
			h.b1++
			consider(h)
			h = g
			h.b0--
			consider(h)
			h = g
			h.a1++
			consider(h)
			h = g
			h.a0--
			consider(h)
		}
	}
	try := func(g group) (group, bool) {
		best, ok := g, false
		options(g, func(h group) {
			if h.sim > best.sim+splitGain {
				best, ok = h, true
			}
		})
		return best, ok
	}
	mark := func(g group) {
		for i := g.a0; i < g.a1; i++ {
			usedA[i] = true
		}
		for j := g.b0; j < g.b1; j++ {
			usedB[j] = true
		}
	}
	for k, g := range gs {
		if h, ok := try(g); ok {
			gs[k] = h
			mark(h)
		}
	}
	// Unmatched units whose best candidate is too weak alone: every way
	// they grow, best first, each taken while its units are free. Best
	// first rather than in the order of B, so that swapping the texts
	// makes the same groups.
	var grown []group
	var key []float64
	for j, cs := range al.cands {
		for _, c := range cs {
			if usedB[j] || usedA[c.a] || c.sim >= minSim {
				continue
			}
			options(group{c.a, c.a + 1, j, j + 1, c.sim - splitGain, false}, func(h group) {
				grown = append(grown, h)
				key = append(key, h.sim+tieBreak(h.a0+h.a1, h.b0+h.b1, ha[h.a0]^ha[h.a1-1], hb[h.b0]^hb[h.b1-1]))
			})
		}
	}
	idx := make([]int, len(grown))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(x, y int) bool { return key[idx[x]] > key[idx[y]] })
	for _, i := range idx {
		if h := grown[i]; free(h, usedA, usedB) {
			gs = append(gs, h)
			mark(h)
		}
	}
	return gs
}

// free reports whether none of g's units is used.
func free(g group, usedA, usedB []bool) bool {
	for i := g.a0; i < g.a1; i++ {
		if usedA[i] {
			return false
		}
	}
	for j := g.b0; j < g.b1; j++ {
		if usedB[j] {
			return false
		}
	}
	return true
}
