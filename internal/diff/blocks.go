package diff

// A builder turns aligned groups into the blocks of a Result, in the order
// of B, and sums the word edit distance behind Result.Similarity.
type builder struct {
	A, B   *side
	groups []group // in B order
	blocks []Block
	metas  []meta // per block
	dist   int
	sc     scratch
	inA    []bool // A units in some group
	ai     int    // A units before ai are placed
}

func (bl *builder) build() {
	A, B, gs := bl.A, bl.B, bl.groups
	bl.inA = make([]bool, len(A.units))
	for _, g := range gs {
		for i := g.a0; i < g.a1; i++ {
			bl.inA[i] = true
		}
	}
	// nextInOrder[k] is a0 of the first in-order group at or after gs[k].
	nextInOrder := make([]int, len(gs)+1)
	nextInOrder[len(gs)] = len(A.units)
	for k := len(gs) - 1; k >= 0; k-- {
		nextInOrder[k] = nextInOrder[k+1]
		if !gs[k].move {
			nextInOrder[k] = gs[k].a0
		}
	}
	gi := 0
	for j := 0; j < len(B.units); {
		if gi < len(gs) && gs[gi].b0 == j {
			g := gs[gi]
			if g.move {
				bl.deletes(nextInOrder[gi])
			} else {
				bl.deletes(g.a0)
				bl.ai = max(bl.ai, g.a1)
			}
			bl.pair(g)
			j = g.b1
			gi++
			continue
		}
		bl.deletes(nextInOrder[gi])
		lo := j
		for j < len(B.units) && (gi >= len(gs) || gs[gi].b0 != j) {
			j++
		}
		bl.insert(lo, j)
	}
	bl.deletes(len(A.units))
}

// deletes places the unplaced A units before upto that no group holds.
func (bl *builder) deletes(upto int) {
	A := bl.A
	for bl.ai < upto {
		if bl.inA[bl.ai] {
			bl.ai++
			continue
		}
		lo := bl.ai
		words := 0
		for bl.ai < upto && !bl.inA[bl.ai] {
			words += A.units[bl.ai].words
			bl.ai++
		}
		r := span(A, lo, bl.ai)
		bl.dist += words
		bl.add(Block{
			Op:     OpDelete,
			A:      &r,
			ASents: [2]int{A.units[lo].sents[0], A.units[bl.ai-1].sents[1]},
			BSents: bl.bHere(),
			Words:  []Word{{OpDelete, A.s[r.Start:r.End]}},
		})
	}
}

// insert places B units [lo, hi) as inserted.
func (bl *builder) insert(lo, hi int) {
	B := bl.B
	r := span(B, lo, hi)
	for j := lo; j < hi; j++ {
		bl.dist += B.units[j].words
	}
	bl.add(Block{
		Op:     OpInsert,
		B:      &r,
		ASents: bl.aHere(),
		BSents: [2]int{B.units[lo].sents[0], B.units[hi-1].sents[1]},
		Words:  []Word{{OpInsert, B.s[r.Start:r.End]}},
	})
}

// aHere is the empty range of A sentences where an insert falls.
func (bl *builder) aHere() [2]int {
	k := len(bl.A.sents)
	if bl.ai < len(bl.A.units) {
		k = bl.A.units[bl.ai].sents[0]
	}
	return [2]int{k, k}
}

// bHere is the empty range of B sentences where a delete falls.
func (bl *builder) bHere() [2]int {
	n := len(bl.blocks)
	switch {
	case n == 0:
		return [2]int{0, 0}
	case bl.blocks[n-1].B != nil:
		k := bl.blocks[n-1].BSents[1]
		return [2]int{k, k}
	}
	return bl.blocks[n-1].BSents // a delete's empty range
}

// pair diffs the words of an aligned group.
func (bl *builder) pair(g group) {
	A, B := bl.A, bl.B
	ra, rb := span(A, g.a0, g.a1), span(B, g.b0, g.b1)
	if !g.move && A.s[ra.Start:ra.End] == B.s[rb.Start:rb.End] {
		// The same text: no word diff to run, nothing to show but the text.
		bl.addPair(Block{
			Op:         OpEqual,
			A:          &ra,
			B:          &rb,
			ASents:     [2]int{A.units[g.a0].sents[0], A.units[g.a1-1].sents[1]},
			BSents:     [2]int{B.units[g.b0].sents[0], B.units[g.b1-1].sents[1]},
			Similarity: 1,
		}, pairDiff{na: counted(A, g.a0, g.a1), nb: counted(B, g.b0, g.b1)})
		return
	}
	pd := bl.sc.diffWords(A, B, A.units[g.a0].tok[0], A.units[g.a1-1].tok[1],
		B.units[g.b0].tok[0], B.units[g.b1-1].tok[1])
	bl.dist += pd.dist
	blk := Block{
		Op:         OpEdit,
		A:          &ra,
		B:          &rb,
		ASents:     [2]int{A.units[g.a0].sents[0], A.units[g.a1-1].sents[1]},
		BSents:     [2]int{B.units[g.b0].sents[0], B.units[g.b1-1].sents[1]},
		Similarity: 1,
		Words:      pd.words,
	}
	if n := max(pd.na, pd.nb); n > 0 {
		blk.Similarity = similarity(pd.dist, n)
	} else if pd.changed {
		blk.Similarity = 0
	}
	switch {
	case g.move:
		blk.Op = OpMove
	case !pd.changed:
		blk.Op = OpEqual
		if A.s[ra.Start:ra.End] == B.s[rb.Start:rb.End] {
			blk.Words = nil
		}
	}
	bl.addPair(blk, pd)
}

// counted returns the counted words of units [lo, hi) of sd.
func counted(sd *side, lo, hi int) int {
	n := 0
	for _, t := range sd.toks[sd.units[lo].tok[0]:sd.units[hi-1].tok[1]] {
		if t.count {
			n++
		}
	}
	return n
}

// span is the byte range of units [lo, hi).
func span(sd *side, lo, hi int) Range {
	return Range{sd.units[lo].r.Start, sd.units[hi-1].r.End}
}

// add appends a block, merging it into the last one when both are equal,
// both deletes or both inserts, and adjacent.
func (bl *builder) add(b Block) {
	bl.addPair(b, pairDiff{})
}

// addPair is add for a block with the word diff pd, kept to recompute the
// similarity of merged blocks.
func (bl *builder) addPair(b Block, pd pairDiff) {
	n := len(bl.blocks)
	bl.blocks = append(bl.blocks, b)
	bl.metas = append(bl.metas, meta{pd.dist, pd.na, pd.nb})
	if n == 0 {
		return
	}
	p := &bl.blocks[n-1]
	if p.Op != b.Op || b.Op == OpEdit || !adjacent(p.A, b.A) || !adjacent(p.B, b.B) {
		return
	}
	bl.blocks = bl.blocks[:n]
	bl.metas[n-1] = bl.metas[n-1].plus(bl.metas[n])
	bl.metas = bl.metas[:n]
	switch {
	case p.Words == nil && b.Words == nil:
	case b.Op == OpEqual:
		p.Words = bl.joinWords(wordsOf(bl.A, p), wordsOf(bl.A, &b), p)
	default:
		p.Words = bl.joinWords(p.Words, b.Words, p)
	}
	if p.A != nil {
		p.A.End = b.A.End
		p.ASents[1] = b.ASents[1]
	}
	if p.B != nil {
		p.B.End = b.B.End
		p.BSents[1] = b.BSents[1]
	}
	if m := bl.metas[n-1]; b.Op == OpMove && max(m.na, m.nb) > 0 {
		p.Similarity = similarity(m.dist, max(m.na, m.nb))
	}
}

// similarity is 1 − dist ÷ n, at least 0: the word edit distance may
// exceed the words of either side when counted words are matched against
// punctuation in separate change runs ("1." against "!0.").
func similarity(dist, n int) float64 {
	return max(0, 1-float64(dist)/float64(n))
}

// meta is what a block's similarity is computed from.
type meta struct{ dist, na, nb int }

func (m meta) plus(o meta) meta { return meta{m.dist + o.dist, m.na + o.na, m.nb + o.nb} }

func adjacent(p, q *Range) bool {
	return p == nil && q == nil || p != nil && q != nil && p.End == q.Start
}

// wordsOf returns the words of an equal block, making them when nil.
func wordsOf(A *side, b *Block) []Word {
	if b.Words != nil {
		return b.Words
	}
	return []Word{{OpEqual, A.s[b.A.Start:b.A.End]}}
}

// joinWords appends y to x, the words of the block p and of the block
// after it, merging the words where they meet when their ops agree. It
// runs in time proportional to len(y), so that merging the n blocks of a
// long run costs O(n) in all: x grows in place (it is p's own list) and a
// merged word is sliced from its text rather than concatenated. Words
// rebuild their block's spans, so the last word of p ends at p's end on
// its side (B for an insert, A otherwise) and the first of y starts there.
func (bl *builder) joinWords(x, y []Word, p *Block) []Word {
	if len(x) > 0 && len(y) > 0 && x[len(x)-1].Op == y[0].Op {
		last := &x[len(x)-1]
		src, end := bl.A.s, 0
		if last.Op == OpInsert {
			src, end = bl.B.s, p.B.End
		} else {
			end = p.A.End
		}
		last.Text = src[end-len(last.Text) : end+len(y[0].Text)]
		y = y[1:]
	}
	return append(x, y...)
}
