package attrdiff

import (
	"sort"
	"strings"

	"wirediff/internal/diff"
)

// minInventedWords is the fewest words a quotation needs to count as
// invented: a single word in quotation marks is more often a name, a title
// or a term than a quotation.
const minInventedWords = 2

// inventedQuotes reports B's quotations whose words A never printed as a
// quotation, when A has those words or their place: the quotation sits in a
// sentence aligned with A, or most of its words are in A. A quotation in
// B's own new paragraphs is new reporting, not invention; one already
// reported (a paraphrase paired with B's quotation) is not reported twice,
// and one whose content words A mostly quoted is a quotation trimmed or
// altered. When A prints no quotation at all, none is reported (see
// hasQuotes).
func (c *comparer) inventedQuotes() {
	if len(c.b.an.Quotes) == 0 || !c.a.hasQuotes() {
		return
	}
	covered := c.coveredQuotes()
	var aText []string
	for _, q := range c.b.an.Quotes {
		if c.b.furniture(q.Start, q.End) || overlaps(covered, q.Start, q.End) {
			continue
		}
		ws := c.b.words(q.Start, q.End)
		if len(ws) < minInventedWords || c.quotedInA(ws) {
			continue
		}
		blk := c.b.blockAt(q.Start)
		aligned := blk >= 0 && c.d.Blocks[blk].A != nil
		if !aligned {
			if aText == nil {
				aText = bag(c.a.allWords())
			}
			if 2*shared(bag(ws), aText) < len(ws) {
				continue
			}
		}
		d := "quote invented: " + quoted(c.b.text[q.Start:q.End]) + " is in quotation marks in B; A never quoted these words"
		if aligned && c.d.Blocks[blk].Op != diff.OpEqual {
			d += " (A: " + excerpt(c.a.text[c.d.Blocks[blk].A.Start:c.d.Blocks[blk].A.End]) + ")"
		}
		c.changes = append(c.changes, Change{Kind: QuoteInvented, A: -1, B: c.b.attOf(q.Start), Block: blk,
			Detail: d, Direction: Stronger})
	}
}

// quotedInA reports whether A printed the words ws as a quotation: all of
// them in a row, or most of their content words in its quotations (a
// quotation trimmed or altered, not invented).
func (c *comparer) quotedInA(ws []word) bool {
	if c.aQuoted == "" {
		var aq strings.Builder
		aq.WriteByte(' ')
		for _, q := range c.a.an.Quotes {
			aq.WriteString(joinKeys(c.a.words(q.Start, q.End)))
			aq.WriteString(" | ")
		}
		for _, x := range c.a.atts {
			if x.Direct {
				aq.WriteString(joinKeys(x.content))
				aq.WriteString(" | ")
			}
		}
		c.aQuoted = aq.String()
		c.aQuotedBag = meaningBag(words(c.aQuoted, 0, len(c.aQuoted)))
	}
	if strings.Contains(c.aQuoted, " "+joinKeys(ws)+" ") {
		return true
	}
	mb := meaningBag(ws)
	return 2*shared(mb, c.aQuotedBag) >= len(mb)
}

// hasQuotes reports whether the side prints any quotation. A text with
// none has often lost its marks (copied from a PDF, retyped), so that
// every quotation of the other version would look invented; there, no
// quotation is reported as invented.
func (s *side) hasQuotes() bool {
	if len(s.an.Quotes) > 0 {
		return true
	}
	for _, x := range s.atts {
		if x.Direct {
			return true
		}
	}
	return false
}

// coveredQuotes returns, sorted, the statements of B's attributions whose
// quotation a change already covers or that are paired with a quotation of
// A.
func (c *comparer) coveredQuotes() []diff.Range {
	var out []diff.Range
	for j := range c.b.atts {
		y := &c.b.atts[j]
		i := c.pairOfB[j]
		if c.quoteDone[j] || (i >= 0 && c.a.atts[i].Direct && y.Direct) {
			out = append(out, diff.Range{Start: y.Content.Start, End: y.Content.End})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// overlaps reports whether [start, end) overlaps one of the sorted ranges
// rs, which do not nest (they are statements of distinct attributions).
func overlaps(rs []diff.Range, start, end int) bool {
	k := sort.Search(len(rs), func(i int) bool { return rs[i].Start >= end })
	for i := k - 1; i >= 0 && i >= k-2; i-- {
		if rs[i].End > start {
			return true
		}
	}
	return false
}
