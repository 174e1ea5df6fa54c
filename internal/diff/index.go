package diff

import (
	"cmp"
	"slices"
)

// The candidate search looks units up by their terms: their keys and the
// pairs of adjacent keys in them. Terms are numbered once for both sides,
// so that the inverted index of a side is a few flat arrays indexed by
// term rather than a map, and a lookup costs no hashing.

// terms numbers the terms of a comparison. A key is its own term; a pair
// of keys is term nkeys+i for the i-th distinct pair found in A. A pair
// found only in B can match nothing in A and is not numbered.
type terms struct {
	nkeys int
	ids   *table   // pair value → term
	val   []uint64 // per pair term − nkeys: its value
}

// noTerm stands for a pair of B that A lacks.
const noTerm = -1

// pairValue hashes two adjacent keys into a value apart from every key
// (its top bit is set); terms of equal rarity are taken in value order.
func pairValue(prev, k uint32) uint64 {
	return 1<<63 | uint64(prev)<<31 ^ uint64(k)*0x9E3779B97F4A7C15>>1
}

// newTerms numbers the pairs of A and sets A.pairs and B.pairs: per
// entry of nks, the term of the pair it ends (noTerm for a unit's first).
func newTerms(A, B *side, nkeys int) *terms {
	tm := &terms{nkeys: nkeys, ids: newTable(len(A.nks)), val: make([]uint64, 0, len(A.nks))}
	for _, sd := range [2]*side{A, B} {
		sd.pairs = make([]int32, len(sd.nks))
		for u := range sd.units {
			k0, k1 := sd.units[u].k0, sd.units[u].k0+sd.units[u].n
			if k0 < k1 {
				sd.pairs[k0] = noTerm
			}
			for p := k0 + 1; p < k1; p++ {
				v := pairValue(sd.nks[p-1], sd.nks[p])
				id, ok := tm.ids.get(v)
				if !ok {
					id = noTerm
					if sd == A {
						id = int32(nkeys + len(tm.val))
						tm.ids.put(v, id)
						tm.val = append(tm.val, v)
					}
				}
				sd.pairs[p] = id
			}
		}
	}
	return tm
}

func (tm *terms) count() int { return tm.nkeys + len(tm.val) }

// value returns the value of term t, which orders terms of equal rarity.
func (tm *terms) value(t int32) uint64 {
	if int(t) < tm.nkeys {
		return uint64(t)
	}
	return tm.val[int(t)-tm.nkeys]
}

// unitTerms returns the keys and the pair terms of unit u of sd, which
// together are its terms (with repeats).
func unitTerms(sd *side, u *unit) (keys []uint32, pairs []int32) {
	if u.n == 0 {
		return nil, nil
	}
	return u.ids, sd.pairs[u.k0+1 : u.k0+u.n]
}

// An index lists, for every term held by at most maxDF units of a side,
// the units that hold it.
type index struct {
	df   []int32 // per term: the units holding it
	off  []int32 // per term t: post[off[t]:off[t+1]] (empty when df > maxDF)
	post []int32 // units, in order
}

// newIndex indexes the units of sd. Stamp is per term scratch, all zero,
// and is left so.
func newIndex(sd *side, tm *terms, stamp []int32) *index {
	n := tm.count()
	ix := &index{df: make([]int32, n), off: make([]int32, n+1)}
	for i := range sd.units {
		mark := int32(i + 1)
		keys, pairs := unitTerms(sd, &sd.units[i])
		for _, k := range keys {
			if stamp[k] != mark {
				stamp[k] = mark
				ix.df[k]++
			}
		}
		for _, t := range pairs {
			if t != noTerm && stamp[t] != mark {
				stamp[t] = mark
				ix.df[t]++
			}
		}
	}
	for t, d := range ix.df {
		if d > maxDF {
			d = 0
		}
		ix.off[t+1] = ix.off[t] + d
	}
	ix.post = make([]int32, ix.off[n])
	clear(stamp)
	// stamp[t] now counts the units listed for t so far.
	put := func(t int32, i int32) {
		if ix.df[t] > maxDF {
			return
		}
		o, c := ix.off[t], stamp[t]
		if c == 0 || ix.post[o+c-1] != i {
			ix.post[o+c] = i
			stamp[t]++
		}
	}
	for i := range sd.units {
		keys, pairs := unitTerms(sd, &sd.units[i])
		for _, k := range keys {
			put(int32(k), int32(i))
		}
		for _, t := range pairs {
			if t != noTerm {
				put(t, int32(i))
			}
		}
	}
	clear(stamp)
	return ix
}

// A search finds the rarest terms of units in an index of the other
// side, reusing its buffers from unit to unit.
type search struct {
	ix          *index
	tm          *terms
	stamp       []int32 // per term: marks the units that listed it
	terms, ties []int32
}

// rarest returns the at most n distinct terms of unit u of sd that the
// index lists, the rarest ones (ties broken by lower term value), in no
// particular order. Mark must differ from every earlier call's.
func (se *search) rarest(sd *side, u *unit, mark int32, n int) []int32 {
	ix, stamp, ts := se.ix, se.stamp, se.terms[:0]
	var perDF [maxDF + 1]int
	keys, pairs := unitTerms(sd, u)
	for _, k := range keys {
		if d := ix.df[k]; d > 0 && d <= maxDF && stamp[k] != mark {
			stamp[k] = mark
			ts = append(ts, int32(k))
			perDF[d]++
		}
	}
	for _, t := range pairs {
		if t == noTerm {
			continue
		}
		if d := ix.df[t]; d > 0 && d <= maxDF && stamp[t] != mark {
			stamp[t] = mark
			ts = append(ts, t)
			perDF[d]++
		}
	}
	se.terms = ts
	if len(ts) <= n {
		return ts
	}
	// Terms rarer than cut are all taken; of those exactly as rare, the
	// lowest values fill what room is left.
	cut, room := int32(1), n
	for ; perDF[cut] < room; cut++ {
		room -= perDF[cut]
	}
	out, tied := ts[:0], se.ties[:0]
	for _, t := range ts {
		switch d := ix.df[t]; {
		case d < cut:
			out = append(out, t)
		case d == cut:
			tied = append(tied, t)
		}
	}
	se.ties = tied
	if len(tied) > room {
		slices.SortFunc(tied, func(x, y int32) int { return cmp.Compare(se.tm.value(x), se.tm.value(y)) })
		tied = tied[:room]
	}
	return append(out, tied...)
}

// units returns the units holding term t.
func (ix *index) units(t int32) []int32 { return ix.post[ix.off[t]:ix.off[t+1]] }
