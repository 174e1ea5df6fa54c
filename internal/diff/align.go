package diff

import (
	"cmp"
	"github.com/agnivade/levenshtein"
	"slices"
	"sort"
)

// Sentence alignment never compares all pairs of units. Each B unit gets a
// few candidate A units: those with the same keys (hash), or else those
// sharing its rarest words and word bigrams (an inverted index over A).
// Candidates are scored by normalised Levenshtein similarity over token
// keys (levenshtein.go); the heaviest monotone chain of good candidates is
// the aligned path; small gaps of the path are then compared in full and
// the chain recomputed.
// Good candidates off the path become moves, and unmatched neighbours of a
// pair are tried as one-to-two splits and two-to-one merges.

const (
	minSim      = 0.4 // least similarity of an aligned pair
	minMoveSim  = 0.6 // least similarity of a moved pair
	maxDF       = 16  // terms in more A units than this are too common to index
	termsPerB   = 10  // rarest terms of a B unit looked up
	candsPerB   = 6   // candidates scored per B unit
	maxGapPairs = 64  // gaps of the path up to this many pairs are compared in full
	maxSimCells = 1 << 20
)

// A cand is a scored pair of units.
type cand struct {
	a, b int
	sim  float64
}

// A group is an aligned run of units: A units [a0, a1) with B units [b0, b1).
type group struct {
	a0, a1, b0, b1 int
	sim            float64
	move           bool
}

type aligner struct {
	A, B  *side
	cands [][]cand // per B unit
	// budget bounds the Levenshtein cells spent on scoring; beyond it pairs
	// are scored by shared keys alone.
	budget int
	lev    *levener
}

// align returns the aligned groups in B order; lev must take the keys of
// A and B. The units the texts start and end with byte for byte are
// paired as they stand, as diff-match-patch strips a common prefix and
// suffix, and only the units between them are aligned: a near-identical
// pair costs little more than reading it.
func align(A, B *side, lev *levener) []group {
	pre, suf := commonUnits(A, B)
	if pre == 0 && suf == 0 {
		return alignUnits(A, B, lev)
	}
	na, nb := len(A.units), len(B.units)
	groups := make([]group, 0, pre+suf)
	for i := 0; i < pre; i++ {
		groups = append(groups, group{i, i + 1, i, i + 1, 1, false})
	}
	if na-suf > pre || nb-suf > pre {
		midA, midB := *A, *B
		midA.units, midB.units = A.units[pre:na-suf], B.units[pre:nb-suf]
		for _, g := range alignUnits(&midA, &midB, lev) {
			g.a0, g.a1, g.b0, g.b1 = g.a0+pre, g.a1+pre, g.b0+pre, g.b1+pre
			groups = append(groups, g)
		}
	}
	for k := suf; k > 0; k-- {
		groups = append(groups, group{na - k, na - k + 1, nb - k, nb - k + 1, 1, false})
	}
	return groups
}

// commonUnits returns how many units A and B start with and end with that
// are the same text holding the same number of sentences; the two runs do
// not overlap.
func commonUnits(A, B *side) (pre, suf int) {
	same := func(i, j int) bool {
		u, v := &A.units[i], &B.units[j]
		return u.r.End-u.r.Start == v.r.End-v.r.Start && u.sents[1]-u.sents[0] == v.sents[1]-v.sents[0] &&
			A.s[u.r.Start:u.r.End] == B.s[v.r.Start:v.r.End]
	}
	na, nb := len(A.units), len(B.units)
	for pre < na && pre < nb && same(pre, pre) {
		pre++
	}
	for suf < na-pre && suf < nb-pre && same(na-1-suf, nb-1-suf) {
		suf++
	}
	return pre, suf
}

// alignUnits aligns all the units of A and B: align without the common
// prefix and suffix.
func alignUnits(A, B *side, lev *levener) []group {
	al := &aligner{A: A, B: B, cands: make([][]cand, len(B.units)), lev: lev}
	al.budget = 64*(len(A.toks)+len(B.toks)) + 4*maxSimCells
	al.candidates()
	n := 0
	for _, cs := range al.cands {
		n += len(cs)
	}
	all := make([]cand, 0, n)
	for _, cs := range al.cands {
		all = append(all, cs...)
	}
	ha, hb := textHashes(A), textHashes(B)
	path := chain(all, A, B, ha, hb)
	if extra := al.gaps(path); len(extra) > 0 {
		all = append(all, extra...)
		path = chain(all, A, B, ha, hb)
	}
	usedA := make([]bool, len(A.units))
	usedB := make([]bool, len(B.units))
	groups := make([]group, 0, len(path))
	for _, c := range path {
		groups = append(groups, group{c.a, c.a + 1, c.b, c.b + 1, c.sim, false})
		usedA[c.a], usedB[c.b] = true, true
	}
	groups = append(groups, al.moves(all, usedA, usedB)...)
	groups = al.splits(groups, usedA, usedB, ha, hb)
	order(groups, A, B)
	sort.Slice(groups, func(i, j int) bool { return groups[i].b0 < groups[j].b0 })
	return groups
}

// candidates fills al.cands with the candidates found looking up B's
// units in an index of A and A's in an index of B, so that swapping the
// texts finds the same pairs.
func (al *aligner) candidates() {
	A, B := al.A, al.B
	tm := newTerms(A, B, len(al.lev.mark))
	stamp := make([]int32, tm.count())
	score := func(i, j int, sim float64) {
		if sim < 0 {
			sim = al.sim(A.units[i].ids, B.units[j].ids)
		}
		al.cands[j] = append(al.cands[j], cand{i, j, sim})
	}
	lookup(A, B, tm, stamp, score)
	// The second look-up may find again a pair the first found; those
	// sit among the first candidates of a B unit.
	first := make([]int, len(B.units))
	for j, cs := range al.cands {
		first[j] = len(cs)
	}
	lookup(B, A, tm, stamp, func(j, i int, sim float64) {
		if !hasCand(al.cands[j][:first[j]], i) {
			score(i, j, sim)
		}
	})
	for j := range al.cands {
		slices.SortFunc(al.cands[j], func(x, y cand) int { return cmp.Compare(x.a, y.a) })
	}
}

// lookup calls found(x, y, sim) for candidate pairs of a unit x of X and a
// unit y of Y: for each unit of Y, the units of X with the same keys (sim
// 1), or else the few sharing most of its rarest terms (sim -1: not yet
// scored). Stamp is per term scratch, all zero, and is left so.
func lookup(X, Y *side, tm *terms, stamp []int32, found func(x, y int, sim float64)) {
	exact := make(map[uint64][]int)
	for i, u := range X.units {
		if u.n > 0 {
			exact[u.hash] = append(exact[u.hash], i)
		}
	}
	ix := newIndex(X, tm, stamp)
	se := &search{ix: ix, tm: tm, stamp: stamp}
	votes := make([]int32, len(X.units))
	var top []int32
	for j := range Y.units {
		uy := &Y.units[j]
		if uy.n == 0 {
			continue
		}
		matched := false
		for _, i := range nearest(exact[uy.hash], j*len(X.units)/len(Y.units), candsPerB) {
			if slices.Equal(X.units[i].ids, uy.ids) {
				found(i, j, 1)
				matched = true
			}
		}
		if matched {
			continue
		}
		top = top[:0]
		for _, t := range se.rarest(Y, uy, int32(j+1), termsPerB) {
			for _, i := range ix.units(t) {
				if votes[i] == 0 {
					top = append(top, i)
				}
				votes[i]++
			}
		}
		slices.SortFunc(top, func(x, y int32) int {
			if c := cmp.Compare(votes[y], votes[x]); c != 0 {
				return c
			}
			return cmp.Compare(x, y)
		})
		for _, i := range top[:min(len(top), candsPerB)] {
			found(int(i), j, -1)
		}
		for _, i := range top {
			votes[i] = 0
		}
	}
	clear(stamp)
}

// sim is the normalised Levenshtein similarity of two key sequences, or,
// when that is below minSim, possibly some other value below minSim.
// Beyond the budget, and for pairs too long for it, it is the share of
// keys in common, ignoring order: an upper bound of the similarity, cheap
// for long units.
func (al *aligner) sim(a, b []uint32) float64 {
	la, lb := len(a), len(b)
	if la == 0 && lb == 0 {
		return 1
	}
	if la == 0 || lb == 0 {
		return 0
	}
	longer := float64(max(la, lb))
	cells := la * lb
	exact := cells <= maxSimCells && cells <= al.budget
	if exact {
		al.budget -= cells
	}
	// Below minSim a similarity is only ever rejected, so a bound below
	// minSim serves as well. The length ratio bounds both measures, and
	// the share of keys in common bounds the Levenshtein similarity; most
	// candidates fail by one or the other.
	if bound := float64(min(la, lb)) / longer; bound < minSim {
		return bound
	}
	bag := float64(al.lev.common(a, b)) / longer
	if !exact || bag < minSim {
		return bag
	}
	return 1 - float64(levenshtein.ComputeDistance(keyString(a), keyString(b)))/longer
}

// keyString spells token keys as runes for agnivade/levenshtein, which
// measures strings rune by rune: each key one rune, the surrogate range
// (no valid rune) skipped.
func keyString(keys []uint32) string {
	rs := make([]rune, len(keys))
	for i, k := range keys {
		if k >= 0xD800 {
			k += 0x800
		}
		rs[i] = rune(k)
	}
	return string(rs)
}

// gaps scores every pair inside the small gaps of the path (and before and
// after it), catching pairs the index missed: short sentences of common
// words.
func (al *aligner) gaps(path []cand) []cand {
	var extra []cand
	pa, pb := -1, -1
	for k := 0; k <= len(path); k++ {
		na, nb := len(al.A.units), len(al.B.units)
		if k < len(path) {
			na, nb = path[k].a, path[k].b
		}
		if ga, gb := na-pa-1, nb-pb-1; ga > 0 && gb > 0 && ga*gb <= maxGapPairs {
			for j := pb + 1; j < nb; j++ {
				for i := pa + 1; i < na; i++ {
					if !hasCand(al.cands[j], i) {
						extra = append(extra, cand{i, j, al.sim(al.A.units[i].ids, al.B.units[j].ids)})
					}
				}
			}
		}
		if k < len(path) {
			pa, pb = path[k].a, path[k].b
		}
	}
	return extra
}

func hasCand(cs []cand, i int) bool {
	for _, c := range cs {
		if c.a == i {
			return true
		}
	}
	return false
}

// nearest returns the at most n entries of the sorted list is closest to
// the index at; repeated sentences are thus paired where they fall.
func nearest(is []int, at, n int) []int {
	if len(is) <= n {
		return is
	}
	k := sort.SearchInts(is, at)
	lo, hi := k, k
	for hi-lo < n {
		switch {
		case lo == 0:
			hi++
		case hi == len(is):
			lo--
		case at-is[lo-1] <= is[hi]-at:
			lo--
		default:
			hi++
		}
	}
	return is[lo:hi]
}
