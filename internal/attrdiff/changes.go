package attrdiff

import "strings"

// minKept is the share of a statement's words that must remain in the
// aligned text of B for it to count as kept there (and so, without an
// attribution, as unattributed rather than dropped); minKeptWords the fewest
// words a statement needs for that test.
const (
	minKept      = 0.6
	minKeptWords = 3
)

// pronouns are sources that stand for a name; "he" becoming "Netanyahu" is
// no change of source when both resolve to the same person.
var pronouns = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "we": true, "i": true,
	"him": true, "her": true, "them": true, "you": true,
}

// attributionChanges compares each pair of attributions and reports the
// attributions left unpaired.
func (c *comparer) attributionChanges() {
	for i := range c.a.atts {
		x := &c.a.atts[i]
		if j := c.pairOfA[i]; j >= 0 {
			c.comparePair(i, j)
			continue
		}
		if blk, ok := c.keptIn(x); ok {
			// B states as fact what A credited to a source.
			ch := c.add(Unattributed, i, -1, "now unattributed: "+excerpt(c.a.slice(x.Content))+
				", credited in A to "+c.a.describe(x))
			ch.Block, ch.Direction = blk, Stronger
			continue
		}
		if !nestedInPair(c.a, c.b, c.pairOfA, i) {
			c.add(Dropped, i, -1, "dropped: "+c.a.describe(x)+": "+excerpt(c.a.slice(x.Content)))
		}
	}
	for j := range c.b.atts {
		if c.pairOfB[j] < 0 && !c.credited[j] && !nestedInPair(c.b, c.a, c.pairOfB, j) {
			y := &c.b.atts[j]
			c.add(Added, -1, j, "added: "+c.b.describe(y)+": "+excerpt(c.b.slice(y.Content)))
		}
	}
}

// nestedInPair reports whether attribution j of side s sits inside the
// content of another of its attributions whose partner on the other side
// (pairOf, into o) already said what j says ("the officials revealed that
// Washington feared …" against "the officials said Washington was concerned
// …"): the inner one is part of what the outer source is reported as saying,
// not a source one version added or dropped.
func nestedInPair(s, o *side, pairOf []int, j int) bool {
	y := &s.atts[j]
	if len(y.meaning) == 0 {
		return false
	}
	for _, k := range s.byBlock[y.block] {
		out := &s.atts[k]
		i := pairOf[k]
		if k == j || i < 0 || y.Cue.Start < out.Content.Start || y.Cue.End > out.Content.End {
			continue
		}
		// Half of the inner statement's content words, as pairing by
		// meaning counts them, are in what the partner's source said.
		if n := shared(y.meaning, o.atts[i].meaning); n >= minMeaningShared && 2*n >= len(y.meaning) {
			return true
		}
	}
	return false
}

// bare drops a leading article from a source key: "the U.S. officials" and
// "US officials" are one source, the article house style.
func bare(k string) string { return strings.TrimPrefix(k, "the ") }

// comparePair reports how A's attribution i differs from B's j.
func (c *comparer) comparePair(i, j int) {
	x, y := &c.a.atts[i], &c.b.atts[j]
	xs, ys := c.a.slice(x.Source), c.b.slice(y.Source)
	switch {
	case x.Kind != y.Kind:
		ch := c.add(KindChanged, i, j, "kind changed: "+x.Kind+" "+quoted(xs)+" → "+y.Kind+" "+quoted(ys))
		ch.Direction, _ = sourceDirection(x, y)
	case bare(untitled(x.source)) != bare(untitled(y.source)) && !((x.resd == y.resd || samePerson(x, y)) && (pronouns[x.source] || pronouns[y.source])):
		// A change of title alone is in the titles list.
		dir, rank := sourceDirection(x, y)
		d := "source changed: " + quoted(xs) + " → " + quoted(ys)
		switch {
		case rank != "" && dir == Stronger:
			d = "source inflated: " + rank + " (" + quoted(xs) + " → " + quoted(ys) + ")"
		case rank != "":
			d = "source deflated: " + rank + " (" + quoted(xs) + " → " + quoted(ys) + ")"
		}
		c.add(SourceChanged, i, j, d).Direction = dir
	}
	if x.cue != y.cue {
		d := "cue changed: " + quoted(c.a.slice(x.Cue)) + " → " + quoted(c.b.slice(y.Cue))
		if x.Stance != y.Stance {
			d += " (" + x.Stance + " → " + y.Stance + ")"
		}
		c.add(CueChanged, i, j, d).Direction = towards(cueLevel(y.cue) - cueLevel(x.cue))
	}
	if x.via != y.via {
		c.add(ViaChanged, i, j, "via changed: "+orNone(via(c.a, x))+" → "+orNone(via(c.b, y)))
	}
	xc, yc := c.a.contentText(x), c.b.contentText(y)
	switch {
	case x.Direct && y.Direct:
		if c.verbatim(x, y) {
			c.verbatimQuotes++
			return
		}
		ws := wordDiff(c.a.text, x.content, c.b.text, y.content)
		ch := c.add(QuoteAltered, i, j, "quote altered: "+excerpt(xc)+" → "+excerpt(yc)+" ("+hunks(ws)+")")
		ch.Words = ws
	case x.Direct:
		c.add(QuoteToParaphrase, i, j, "quote became paraphrase: "+excerpt(xc)+" → "+excerpt(yc))
	case y.Direct:
		ws := wordDiff(c.a.text, x.content, c.b.text, y.content)
		if !c.a.hasQuotes() || c.quotedInA(y.content) {
			// A's marks are lost, or A quoted most of these words
			// elsewhere: a quotation moved or reworded, not invented.
			ch := c.add(QuoteAltered, i, j, "paraphrase became a quotation: "+excerpt(xc)+" → "+excerpt(yc))
			ch.Words = ws
			break
		}
		// B puts in quotation marks what A reported in its own words.
		ch := c.add(QuoteInvented, i, j, "quote invented: "+excerpt(yc)+", which A gave unquoted: "+excerpt(xc))
		ch.Words, ch.Direction = ws, Stronger
		c.quoteDone[j] = true
	}
}

// via returns the outlet text of x, "" when none.
func via(s *side, x *att) string {
	if x.Via == nil {
		return ""
	}
	return s.slice(*x.Via)
}

// keptIn reports whether the statement of A's attribution x still stands in
// the B side of its aligned block, and which block that is.
func (c *comparer) keptIn(x *att) (int, bool) {
	if x.block < 0 || len(x.bag) < minKeptWords {
		return -1, false
	}
	b := c.d.Blocks[x.block]
	if b.B == nil || b.A == nil {
		return -1, false
	}
	bw := bag(c.b.blockWords(b, false))
	if float64(shared(x.bag, bw)) < minKept*float64(len(x.bag)) {
		return -1, false
	}
	// B still credits the statement to someone (A's "analysts estimated …,
	// according to a note" against B's "analysts estimated …"): one of its
	// sources was dropped, the statement is not left unsourced.
	for _, j := range c.b.byBlock[x.block] {
		if float64(shared(x.bag, c.b.atts[j].bag)) >= minKept*float64(len(x.bag)) {
			return -1, false
		}
	}
	return x.block, true
}
