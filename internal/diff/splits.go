package diff

// splitGain is how much a one-to-two pairing must beat the one-to-one pair
// it grows from.
const splitGain = 0.05

// splits grows one-to-one groups into one-to-two splits and two-to-one
// merges when an unmatched neighbouring unit raises the similarity, and
// pairs unmatched units with a candidate whose similarity only the
// neighbour brings above minSim.
func (al *aligner) splits(gs []group, usedA, usedB []bool) []group {
	A, B := al.A, al.B
	try := func(g group) (group, bool) {
		best, ok := g, false
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
			if h.sim >= minSim && h.sim > best.sim+splitGain {
				best, ok = h, true
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
	// Unmatched units whose best candidate is too weak alone.
	for j, cs := range al.cands {
		for _, c := range cs {
			if usedB[j] || usedA[c.a] || c.sim >= minSim {
				continue
			}
			g := group{c.a, c.a + 1, j, j + 1, c.sim - splitGain, false}
			if h, ok := try(g); ok {
				gs = append(gs, h)
				mark(h)
			}
		}
	}
	return gs
}
