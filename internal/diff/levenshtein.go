package diff

// Sentence similarity is scored with github.com/agnivade/levenshtein (see
// aligner.sim), over token keys spelled as runes. The word alignment
// inside an aligned pair needs the distance first, to fill only the band of
// the matrix an optimal alignment can use (words.go), and computes it here,
// where the keys are compared as the small integers they are.
//
// The distance is computed with the bit-parallel algorithm of Myers (1999)
// in Hyyrö's formulation for edit distance (2003): the shorter sequence is
// the pattern, held 64 keys to a machine word, and each key of the longer
// one costs one step per word. A sentence of up to 64 tokens thus costs one
// step per token of the other, where the textbook matrix costs one per
// cell.

// A levener computes distances between key sequences of one comparison.
// Its buffers are reused from call to call.
type levener struct {
	// mark and eq are indexed by key, and all zero between calls. Mark
	// is 1 + the local id of a key of a long pattern (0 for keys not in
	// it) during distance, a count during common; eq is where a key
	// occurs in a pattern of up to 64 keys.
	mark   []int32
	eq     []uint64
	syms   []uint32 // the keys set in mark
	peq    []uint64 // per word of the pattern, per local id: where it occurs
	vp, vn []uint64
}

// newLevener returns a levener for keys below nkeys.
func newLevener(nkeys int) *levener {
	return &levener{mark: make([]int32, nkeys), eq: make([]uint64, nkeys)}
}

// distance returns the Levenshtein distance of a and b: the fewest keys
// inserted, deleted or substituted to turn one into the other.
func (lv *levener) distance(a, b []uint32) int {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	m := len(a)
	if m == 0 {
		return len(b)
	}
	if m <= 64 {
		eq := lv.eq
		for i, k := range a {
			eq[k] |= 1 << i
		}
		d := myers(eq, b, m)
		for _, k := range a {
			eq[k] = 0
		}
		return d
	}
	mark := lv.mark
	syms := lv.syms[:0]
	for _, k := range a {
		if mark[k] == 0 {
			syms = append(syms, k)
			mark[k] = int32(len(syms))
		}
	}
	lv.syms = syms
	words := (m + 63) / 64
	stride := len(syms) + 1 // local id 0 stands for keys not in a
	peq := grow(lv.peq, words*stride)
	lv.peq = peq
	for i, k := range a {
		peq[i/64*stride+int(mark[k])] |= 1 << (i % 64)
	}
	d := lv.blocks(peq, stride, b, m)
	for _, k := range syms {
		mark[k] = 0
	}
	return d
}

// myers is the distance for a pattern of m ≤ 64 keys whose occurrence
// masks are eq[key].
func myers(eq []uint64, b []uint32, m int) int {
	vp, vn := ^uint64(0), uint64(0)
	last := uint64(1) << (m - 1)
	d := m
	for _, k := range b {
		x := eq[k]
		d0 := (((x & vp) + vp) ^ vp) | x | vn
		hp := vn | ^(d0 | vp)
		hn := d0 & vp
		if hp&last != 0 {
			d++
		} else if hn&last != 0 {
			d--
		}
		hp = hp<<1 | 1
		hn <<= 1
		vp = hn | ^(d0 | hp)
		vn = hp & d0
	}
	return d
}

// blocks is myers for a pattern of more than 64 keys, whose occurrence
// masks for word w are peq[w*stride+mark[key]]: the horizontal
// deltas leaving the top of one word enter the bottom of the next.
func (lv *levener) blocks(peq []uint64, stride int, b []uint32, m int) int {
	words := (m + 63) / 64
	vp, vn := grow(lv.vp, words), grow(lv.vn, words)
	lv.vp, lv.vn = vp, vn
	for w := range vp {
		vp[w] = ^uint64(0)
	}
	last := uint64(1) << ((m - 1) % 64)
	d := m
	mark := lv.mark
	for _, k := range b {
		id := int(mark[k])
		hpIn, hnIn := uint64(1), uint64(0)
		for w := 0; w < words; w++ {
			x := peq[w*stride+id] | hnIn
			p, n := vp[w], vn[w]
			d0 := (((x & p) + p) ^ p) | x | n
			hp := n | ^(d0 | p)
			hn := d0 & p
			if w == words-1 {
				if hp&last != 0 {
					d++
				} else if hn&last != 0 {
					d--
				}
			}
			hpOut, hnOut := hp>>63, hn>>63
			hp = hp<<1 | hpIn
			hn = hn<<1 | hnIn
			hpIn, hnIn = hpOut, hnOut
			vp[w] = hn | ^(d0 | hp)
			vn[w] = hp & d0
		}
	}
	return d
}

// common returns how many keys a and b share, counted with multiplicity
// and regardless of order.
func (lv *levener) common(a, b []uint32) int {
	mark := lv.mark
	for _, k := range a {
		mark[k]++
	}
	n := 0
	for _, k := range b {
		if mark[k] > 0 {
			mark[k]--
			n++
		}
	}
	for _, k := range a {
		mark[k] = 0
	}
	return n
}

// grow returns buf resized to n elements, all zero.
func grow[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}
