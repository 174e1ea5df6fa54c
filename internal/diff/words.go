package diff

// The word diff inside an aligned pair is a Levenshtein alignment of tokens
// by their normalised keys, with a backtrace. Each non-space token carries
// the white space after it, so white space is never aligned on its own and
// its differences are never changes; they still show as delete and insert
// words so that the texts rebuild exactly.

// maxWordCells bounds the Levenshtein matrix of one pair (after the common
// prefix and suffix are trimmed). Bigger middles are first cut at tokens
// found once on each side (see anchors.go), and a piece still too big is
// shown as a delete and an insert of the whole.
const maxWordCells = 4 << 20

// absorbWords is the most counted words an unchanged island between two
// edits may hold and still be folded into them; absorbTokens the most
// tokens.
const (
	absorbWords  = 2
	absorbTokens = 4
)

// An item is a non-space token [start, mid) with the white space after it
// [mid, end). A pair's first item may be white space alone (start == mid).
type item struct {
	start, mid, end int
	key             uint32
	counted         bool
}

// An op of the alignment: both items equal by key, a substitution, a
// deletion of a (b is -1) or an insertion of b (a is -1).
type op struct {
	kind byte // 'e', 's', 'd', 'i'
	a, b int
}

// A piece is a word in the making: a byte range of A (equal, delete) or B
// (insert).
type piece struct {
	op         Op
	start, end int
}

// scratch holds buffers reused across the pairs of one comparison.
type scratch struct {
	lev    *levener
	ia, ib []item
	ka, kb []uint32 // keys of items
	ops    []op
	dir    []byte
	cost   [2][]int32
	pieces []piece
}

// pairDiff is the word diff of one aligned pair.
type pairDiff struct {
	words   []Word
	changed bool // some token differs by key
	dist    int  // word edit distance, in counted words
	na, nb  int  // counted words on each side
}

func items(sd *side, t0, t1 int, buf []item) []item {
	buf = buf[:0]
	for _, t := range sd.toks[t0:t1] {
		start, end := int(t.start), int(t.end)
		if t.kind == KindSpace {
			if len(buf) == 0 {
				buf = append(buf, item{start, start, end, spaceKey, false})
			} else {
				buf[len(buf)-1].end = end
			}
			continue
		}
		buf = append(buf, item{start, end, end, t.key, t.count})
	}
	return buf
}

// diffWords diffs the tokens [ta0, ta1) of A with [tb0, tb1) of B.
func (sc *scratch) diffWords(A, B *side, ta0, ta1, tb0, tb1 int) pairDiff {
	sc.ia = items(A, ta0, ta1, sc.ia)
	sc.ib = items(B, tb0, tb1, sc.ib)
	ia, ib := sc.ia, sc.ib
	var pd pairDiff
	for _, it := range ia {
		if it.counted {
			pd.na++
		}
	}
	for _, it := range ib {
		if it.counted {
			pd.nb++
		}
	}
	sc.ops = sc.ops[:0]
	sc.align(ia, ib, 0, len(ia), 0, len(ib))
	ops := sc.ops

	// The distance, and whether anything changed, before islands are folded.
	for k := 0; k < len(ops); {
		if ops[k].kind == 'e' {
			k++
			continue
		}
		pd.changed = true
		d, i := 0, 0
		for ; k < len(ops) && ops[k].kind != 'e'; k++ {
			if o := ops[k]; o.a >= 0 && ia[o.a].counted {
				d++
			}
			if o := ops[k]; o.b >= 0 && ib[o.b].counted {
				i++
			}
		}
		pd.dist += max(d, i)
	}
	absorb(ops, ia)
	pd.words = sc.emit(A.s, B.s, ops)
	return pd
}

// absorb turns short unchanged islands between two changes into changes,
// as diff-match-patch's semantic clean-up does: an island no longer than
// the change on either side of it ("said [the] plan" → "claimed [a]
// plan"), but not one between two short deletions ("two [-senior-] U.S.
// officials [-who spoke with Reuters-]"), which reads better kept.
func absorb(ops []op, ia []item) {
	for k := 0; k < len(ops); {
		if ops[k].kind != 'e' {
			k++
			continue
		}
		e := k
		words := 0
		for ; e < len(ops) && ops[e].kind == 'e'; e++ {
			if ia[ops[e].a].counted {
				words++
			}
		}
		if k > 0 && e < len(ops) && words <= absorbWords && e-k <= absorbTokens &&
			e-k <= changeRun(ops, k-1, -1) && e-k <= changeRun(ops, e, 1) {
			for x := k; x < e; x++ {
				ops[x].kind = 's'
			}
		}
		k = e
	}
}

// changeRun measures the run of changes starting at ops[k] and going in
// direction dir (-1 or 1): the larger of its tokens taken from A and put
// in B.
func changeRun(ops []op, k, dir int) int {
	del, ins := 0, 0
	for ; k >= 0 && k < len(ops) && ops[k].kind != 'e'; k += dir {
		switch ops[k].kind {
		case 's':
			del++
			ins++
		case 'd':
			del++
		case 'i':
			ins++
		}
	}
	return max(del, ins)
}

// emit turns the ops into words.
func (sc *scratch) emit(a, b string, ops []op) []Word {
	ia, ib := sc.ia, sc.ib
	sc.pieces = sc.pieces[:0]
	add := func(o Op, start, end int) {
		if start == end {
			return
		}
		if n := len(sc.pieces); n > 0 && sc.pieces[n-1].op == o && sc.pieces[n-1].end == start {
			sc.pieces[n-1].end = end
			return
		}
		sc.pieces = append(sc.pieces, piece{o, start, end})
	}
	for k := 0; k < len(ops); {
		if ops[k].kind == 'e' {
			x, y := ia[ops[k].a], ib[ops[k].b]
			switch {
			case a[x.start:x.end] == b[y.start:y.end]:
				add(OpEqual, x.start, x.end)
			default:
				if a[x.start:x.mid] == b[y.start:y.mid] {
					add(OpEqual, x.start, x.mid)
				} else {
					add(OpDelete, x.start, x.mid)
					add(OpInsert, y.start, y.mid)
				}
				if a[x.mid:x.end] == b[y.mid:y.end] {
					add(OpEqual, x.mid, x.end)
				} else {
					add(OpDelete, x.mid, x.end)
					add(OpInsert, y.mid, y.end)
				}
			}
			k++
			continue
		}
		// A change run: all of its A items deleted, then all of its B
		// items inserted, with white space common to both ends kept equal.
		a0, a1, b0, b1 := -1, -1, -1, -1
		for ; k < len(ops) && ops[k].kind != 'e'; k++ {
			if o := ops[k]; o.a >= 0 {
				if a0 < 0 {
					a0 = o.a
				}
				a1 = o.a
			}
			if o := ops[k]; o.b >= 0 {
				if b0 < 0 {
					b0 = o.b
				}
				b1 = o.b
			}
		}
		switch {
		case a0 < 0:
			add(OpInsert, ib[b0].start, ib[b1].end)
		case b0 < 0:
			add(OpDelete, ia[a0].start, ia[a1].end)
		default:
			x, y := ia[a1], ib[b1]
			if ws := a[x.mid:x.end]; ws != "" && ws == b[y.mid:y.end] {
				add(OpDelete, ia[a0].start, x.mid)
				add(OpInsert, ib[b0].start, y.mid)
				add(OpEqual, x.mid, x.end)
			} else {
				add(OpDelete, ia[a0].start, x.end)
				add(OpInsert, ib[b0].start, y.end)
			}
		}
	}
	words := make([]Word, len(sc.pieces))
	for k, p := range sc.pieces {
		if p.op == OpInsert {
			words[k] = Word{p.op, b[p.start:p.end]}
		} else {
			words[k] = Word{p.op, a[p.start:p.end]}
		}
	}
	return words
}

// align appends to sc.ops the alignment of ia[a0:a1] with ib[b0:b1].
func (sc *scratch) align(ia, ib []item, a0, a1, b0, b1 int) {
	for a0 < a1 && b0 < b1 && ia[a0].key == ib[b0].key {
		sc.ops = append(sc.ops, op{'e', a0, b0})
		a0, b0 = a0+1, b0+1
	}
	suffix := 0
	for a1-suffix > a0 && b1-suffix > b0 && ia[a1-suffix-1].key == ib[b1-suffix-1].key {
		suffix++
	}
	a1, b1 = a1-suffix, b1-suffix
	switch {
	case a0 == a1:
		for j := b0; j < b1; j++ {
			sc.ops = append(sc.ops, op{'i', -1, j})
		}
	case b0 == b1:
		for i := a0; i < a1; i++ {
			sc.ops = append(sc.ops, op{'d', i, -1})
		}
	case (a1-a0+1)*(b1-b0+1) <= maxWordCells:
		sc.levenshtein(ia[a0:a1], ib[b0:b1], a0, b0)
	default:
		sc.anchored(ia, ib, a0, a1, b0, b1)
	}
	for k := 0; k < suffix; k++ {
		sc.ops = append(sc.ops, op{'e', a1 + k, b1 + k})
	}
}

// levenshtein appends the ops of an optimal alignment of x with y, whose
// first items are ia[offA] and ib[offB].
//
// Only a band of diagonals of the matrix is filled (Ukkonen): with the
// distance d known beforehand (bit-parallel, cheap), every alignment of
// cost d stays within (d−|m−n|)/2 diagonals beyond those between the two
// corners. Every cell on such an alignment is computed exactly, and a cell
// off the band counts as unreachable, which can only make a losing
// neighbour lose by more: the backtrace takes the same steps as over the
// full matrix, at a cost of about n·d cells instead of n·m.
func (sc *scratch) levenshtein(x, y []item, offA, offB int) {
	n, m := len(x), len(y)
	sc.ka, sc.kb = itemKeys(sc.ka, x), itemKeys(sc.kb, y)
	d := sc.lev.distance(sc.ka, sc.kb)
	delta := m - n
	e := (d - max(delta, -delta)) / 2
	lo, hi := max(min(0, delta)-e, -n), min(max(0, delta)+e, m)
	if got := sc.band(sc.ka, sc.kb, lo, hi); got != d {
		panic("diff: internal error: banded distance differs")
	}
	bw := hi - lo + 1
	dir := sc.dir
	start := len(sc.ops)
	for i, j := n, m; i > 0 || j > 0; {
		switch dir[i*bw+j-i-lo] {
		case 'e', 's':
			sc.ops = append(sc.ops, op{dir[i*bw+j-i-lo], offA + i - 1, offB + j - 1})
			i, j = i-1, j-1
		case 'd':
			sc.ops = append(sc.ops, op{'d', offA + i - 1, -1})
			i--
		default:
			sc.ops = append(sc.ops, op{'i', -1, offB + j - 1})
			j--
		}
	}
	tail := sc.ops[start:]
	for l, r := 0, len(tail)-1; l < r; l, r = l+1, r-1 {
		tail[l], tail[r] = tail[r], tail[l]
	}
}

// band fills sc.dir with the steps of the cells of diagonals [lo, hi]
// (diagonal j−i; lo ≤ 0 ≤ hi, lo ≤ m−n ≤ hi) of the matrix of the keys x
// and y, row i at sc.dir[i·(hi−lo+1):], and returns the distance it
// finds. On a tie a cell prefers the diagonal step, then deletion.
func (sc *scratch) band(x, y []uint32, lo, hi int) int {
	const unreachable = 1 << 30
	n, m := len(x), len(y)
	bw := hi - lo + 1
	if cap(sc.dir) < (n+1)*bw {
		sc.dir = make([]byte, (n+1)*bw)
	}
	dir := sc.dir[:(n+1)*bw]
	for r := range sc.cost {
		if cap(sc.cost[r]) < m+2 {
			sc.cost[r] = make([]int32, m+2)
		}
		sc.cost[r] = sc.cost[r][:m+2]
	}
	// A row holds its band and one unreachable cell at each end, which
	// the next row reads.
	prev, cur := sc.cost[0], sc.cost[1]
	for j := 0; j <= hi; j++ {
		prev[j] = int32(j)
		dir[j-lo] = 'i'
	}
	prev[hi+1] = unreachable
	for i := 1; i <= n; i++ {
		j0, j1 := max(0, i+lo), min(m, i+hi)
		row := dir[i*bw-i-lo:]
		j := j0
		if j == 0 {
			cur[0] = int32(i)
			row[0] = 'd'
			j = 1
		} else {
			cur[j-1] = unreachable
		}
		k := x[i-1]
		for ; j <= j1; j++ {
			c, d := prev[j-1], byte('e')
			if y[j-1] != k {
				c, d = c+1, 's'
			}
			if v := prev[j] + 1; v < c {
				c, d = v, 'd'
			}
			if v := cur[j-1] + 1; v < c {
				c, d = v, 'i'
			}
			cur[j], row[j] = c, d
		}
		cur[j1+1] = unreachable
		prev, cur = cur, prev
	}
	return int(prev[m])
}

// itemKeys returns the keys of its, in buf.
func itemKeys(buf []uint32, its []item) []uint32 {
	buf = buf[:0]
	for _, it := range its {
		buf = append(buf, it.key)
	}
	return buf
}
