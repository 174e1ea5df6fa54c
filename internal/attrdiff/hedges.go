package attrdiff

import (
	"sort"

	"wirediff/internal/analyze"
	"wirediff/internal/diff"
)

// contextWords is how many words around a hedge its detail line shows.
const contextWords = 5

// hedgeChanges compares the hedges of each aligned block: a hedge of A with
// no hedge of the same words in the B side of its block was removed, and
// the other way round added. Hedges of sentences deleted or inserted whole
// are left out: the statement went, not its hedge.
func (c *comparer) hedgeChanges() {
	for bi, b := range c.d.Blocks {
		if b.A == nil || b.B == nil || b.Op == diff.OpEqual {
			continue
		}
		ah, bh := c.a.hedgesIn(*b.A), c.b.hedgesIn(*b.B)
		left := map[string]int{}
		for _, h := range bh {
			left[key(c.b.slice(h))]++
		}
		for _, h := range ah {
			k := key(c.a.slice(h))
			if left[k] > 0 {
				left[k]--
				continue
			}
			c.changes = append(c.changes, Change{Kind: HedgeRemoved, A: c.a.attOf(h.Start), B: -1, Block: bi, Direction: Stronger,
				Detail: "hedge removed: " + quoted(c.a.slice(h)) + " in " + c.a.context(h)})
		}
		have := map[string]int{}
		for _, h := range ah {
			have[key(c.a.slice(h))]++
		}
		for _, h := range bh {
			k := key(c.b.slice(h))
			if have[k] > 0 {
				have[k]--
				continue
			}
			c.changes = append(c.changes, Change{Kind: HedgeAdded, A: -1, B: c.b.attOf(h.Start), Block: bi, Direction: Weaker,
				Detail: "hedge added: " + quoted(c.b.slice(h)) + " in " + c.b.context(h)})
		}
	}
}

// hedgesIn returns the hedges that start in r.
func (s *side) hedgesIn(r diff.Range) []analyze.Span {
	hs := s.hedges
	lo := sort.Search(len(hs), func(i int) bool { return hs[i].Start >= r.Start })
	hi := sort.Search(len(hs), func(i int) bool { return hs[i].Start >= r.End })
	return hs[lo:max(lo, hi)]
}

// attOf returns the attribution a hedge at byte offset p belongs to, as an
// index into the analysis: the one whose statement holds p, else one whose
// cue is in the same sentence; -1 for none.
func (s *side) attOf(p int) int {
	for _, x := range s.atts {
		if p >= x.Content.Start && p < x.Content.End {
			return x.index
		}
	}
	si := s.sentenceAt(p)
	if si < 0 {
		return -1
	}
	for _, x := range s.atts {
		if s.sentenceAt(x.Cue.Start) == si {
			return x.index
		}
	}
	return -1
}

// sentenceAt returns the index of the aligned sentence holding byte offset
// p, or -1.
func (s *side) sentenceAt(p int) int {
	i := sort.Search(len(s.sents), func(i int) bool { return s.sents[i].End > p })
	if i < len(s.sents) && s.sents[i].Start <= p {
		return i
	}
	return -1
}

// context quotes the words around sp inside its sentence, with ellipses
// where the sentence goes on.
func (s *side) context(sp analyze.Span) string {
	lo, hi := 0, len(s.text)
	if si := s.sentenceAt(sp.Start); si >= 0 {
		lo, hi = s.sents[si].Start, s.sents[si].End
	}
	ws := s.words(lo, hi)
	k := sort.Search(len(ws), func(i int) bool { return ws[i].end > sp.Start })
	from, to := max(0, k-contextWords), min(len(ws), k+contextWords+1)
	for to < len(ws) && ws[to-1].end < sp.End {
		to++
	}
	if from >= to {
		return quoted(s.slice(sp))
	}
	out := clean(s.text[ws[from].start:ws[to-1].end])
	if from > 0 {
		out = "…" + out
	}
	if to < len(ws) {
		out += "…"
	}
	return "“" + out + "”"
}
