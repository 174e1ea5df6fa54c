package diff

import "sort"

// chain returns the heaviest chain of candidates with at least minSim that
// increases in both A and B (a weighted longest increasing subsequence, in
// O(n log n) with a Fenwick tree of prefix maxima). A candidate weighs its
// similarity times its length in tokens, so long good pairs win; ha and hb
// are the units' text hashes (textHashes), which settle ties.
func chain(all []cand, A, B *side, ha, hb []uint64) []cand {
	cs := make([]cand, 0, len(all))
	for _, c := range all {
		if c.sim >= minSim {
			cs = append(cs, c)
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].b != cs[j].b {
			return cs[i].b < cs[j].b
		}
		return cs[i].a > cs[j].a
	})
	w := make([]float64, len(cs))
	for k, c := range cs {
		w[k] = c.sim*float64(A.units[c.a].n+B.units[c.b].n+1) + tieBreak(c.a, c.b, ha[c.a], hb[c.b])
	}
	pos := make([]int, len(cs))
	for k, c := range cs {
		pos[k] = c.a
	}
	idx := lis(pos, pos, w)
	out := make([]cand, len(idx))
	for k, i := range idx {
		out[k] = cs[i]
	}
	return out
}

// tieBreak is a weight far below any real difference between chains that
// settles ties between equally heavy ones the same way whichever text is A:
// it reads the two positions symmetrically, favouring pairs early in both
// texts and near the diagonal, and, for the pairs (x, y) and (y, x) that
// positions cannot tell apart, the two units' texts as an unordered pair.
func tieBreak(a, b int, ha, hb uint64) float64 {
	lo, hi := min(ha, hb), max(ha, hb)
	h := (lo*0x9e3779b97f4a7c15 ^ hi) * 0xbf58476d1ce4e5b9
	return 1e-9/float64(1+a+b+2*absInt(a-b)) + 1e-13*float64(h>>11)/(1<<53)
}

// textHashes returns an FNV-1a hash of each unit's text: unlike its keys,
// which depend on the order the texts were read in, the same whichever
// text is A.
func textHashes(sd *side) []uint64 {
	out := make([]uint64, len(sd.units))
	for i, u := range sd.units {
		h := uint64(14695981039346656037)
		for k := u.r.Start; k < u.r.End; k++ {
			h = (h ^ uint64(sd.s[k])) * 1099511628211
		}
		out[i] = h
	}
	return out
}

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// lis returns, in order, the indices of the heaviest chain of items where
// each item's lo exceeds the previous item's hi (items must come sorted by
// their other coordinate, which must increase along the chain).
func lis(lo, hi []int, w []float64) []int {
	n := 0
	for _, h := range hi {
		n = max(n, h+1)
	}
	// Fenwick tree over hi positions holding the best chain ending there.
	treeW := make([]float64, n+1)
	treeI := make([]int, n+1)
	for i := range treeI {
		treeI[i] = -1
	}
	best := make([]float64, len(w))
	prev := make([]int, len(w))
	for k := range w {
		// Best chain ending at a hi < lo[k].
		bw, bi := 0.0, -1
		for x := lo[k]; x > 0; x -= x & -x {
			if treeI[x] >= 0 && treeW[x] > bw {
				bw, bi = treeW[x], treeI[x]
			}
		}
		best[k], prev[k] = bw+w[k], bi
		for x := hi[k] + 1; x <= n; x += x & -x {
			if best[k] > treeW[x] || treeI[x] < 0 {
				treeW[x], treeI[x] = best[k], k
			}
		}
	}
	end := -1
	for k := range best {
		if end < 0 || best[k] > best[end] {
			end = k
		}
	}
	var out []int
	for k := end; k >= 0; k = prev[k] {
		out = append(out, k)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// moves pairs unused units whose similarity makes a move: best first.
func (al *aligner) moves(all []cand, usedA, usedB []bool) []group {
	var cs []cand
	for _, c := range all {
		if c.sim >= minMoveSim && !usedA[c.a] && !usedB[c.b] &&
			max(al.A.units[c.a].n, al.B.units[c.b].n) >= 3 {
			cs = append(cs, c)
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		wi := cs[i].sim * float64(al.A.units[cs[i].a].n+al.B.units[cs[i].b].n)
		wj := cs[j].sim * float64(al.A.units[cs[j].a].n+al.B.units[cs[j].b].n)
		if wi != wj {
			return wi > wj
		}
		// Ties are settled by positions read the same way from either
		// text, so that swapping A and B finds the same moves.
		if si, sj := cs[i].a+cs[i].b, cs[j].a+cs[j].b; si != sj {
			return si < sj
		}
		return min(cs[i].a, cs[i].b) < min(cs[j].a, cs[j].b)
	})
	var out []group
	for _, c := range cs {
		if usedA[c.a] || usedB[c.b] {
			continue
		}
		usedA[c.a], usedB[c.b] = true, true
		out = append(out, group{c.a, c.a + 1, c.b, c.b + 1, c.sim, true})
	}
	// A moved passage takes its short neighbours along ("No." after a
	// moved question) when they are alike enough.
	for k := 0; k < len(out); k++ {
		g := out[k]
		for _, d := range [2]int{-1, 1} {
			i, j := g.a0+d, g.b0+d
			if i < 0 || j < 0 || i >= len(usedA) || j >= len(usedB) || usedA[i] || usedB[j] {
				continue
			}
			if sim := al.sim(al.A.units[i].ids, al.B.units[j].ids); sim >= minSim {
				usedA[i], usedB[j] = true, true
				out = append(out, group{i, i + 1, j, j + 1, sim, true})
			}
		}
	}
	return out
}

// order marks as moves the groups off the heaviest in-order chain.
func order(gs []group, A, B *side) {
	sort.Slice(gs, func(i, j int) bool { return gs[i].b0 < gs[j].b0 })
	lo := make([]int, len(gs))
	hi := make([]int, len(gs))
	w := make([]float64, len(gs))
	for k, g := range gs {
		lo[k], hi[k] = g.a0, g.a1-1
		n := 1
		for i := g.a0; i < g.a1; i++ {
			n += A.units[i].n
		}
		for j := g.b0; j < g.b1; j++ {
			n += B.units[j].n
		}
		w[k] = g.sim * float64(n)
		gs[k].move = true
	}
	if len(gs) == 0 {
		return
	}
	for _, k := range lis(lo, hi, w) {
		gs[k].move = false
	}
}
