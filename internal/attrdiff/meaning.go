package attrdiff

import (
	"sort"
	"strings"
)

// Pairing by meaning: two attributions whose statements share most of their
// content words (a rewrite keeps the nouns and changes the rest: "Washington
// was concerned that the dispute could delay shipments of medical supplies"
// and "Washington feared the dispute would hold up medical supplies") say
// the same thing, wherever the alignment put them.
const (
	// minMeaning is the Dice coefficient of content words two statements
	// need to pair, minMeaningShared the content words they must share.
	minMeaning       = 0.4
	minMeaningShared = 3
	// minMeaningSameSource and minMeaningSameSourceDice are the same for
	// two statements credited to the same source.
	minMeaningSameSource     = 2
	minMeaningSameSourceDice = 0.25
	// maxPostings bounds the attributions one content word may index;
	// a word in more is too common to tell statements apart, and the
	// bound keeps repeated text from making the pairing quadratic.
	maxPostings = 64
)

// stopWords are the function words and the reporting words that say
// nothing of what a statement is about.
var stopWords = toSet(`a an the and or but if then so yet as at by for from in into of on onto to with without
	this that these those there here it its it's he she they we i you him her them us our your his their my me
	is are was were be been being am has have had having do does did will would could should may might must
	can cannot shall not no nor never also just very more most much many some any all each every other such
	than too only own same both either neither what which who whom whose when where why how about over under
	up down out off again further once said says say told tell added adding noted stated according`)

// stem cuts the commonest English endings from a folded word, so that
// "shipments" and "shipment", "delayed" and "delay" meet. It is crude by
// design: both sides are cut alike.
func stem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s", "'s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// meaningBag returns the sorted stems of the content words of ws.
func meaningBag(ws []word) []string {
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		if !stopWords[w.key] {
			out = append(out, stem(w.key))
		}
	}
	sort.Strings(out)
	return out
}

// meaningCandidates returns the pairs of attributions still unpaired whose
// statements share enough content words, wherever they sit.
func (c *comparer) meaningCandidates() []candidate {
	index := map[string][]int{}
	for j := range c.b.atts {
		y := &c.b.atts[j]
		if c.pairOfB[j] >= 0 || c.credited[j] {
			continue
		}
		for k, w := range y.meaning {
			if (k == 0 || w != y.meaning[k-1]) && len(index[w]) < maxPostings {
				index[w] = append(index[w], j)
			}
		}
	}
	var cands []candidate
	for i := range c.a.atts {
		x := &c.a.atts[i]
		if c.pairOfA[i] >= 0 || len(x.meaning) < minMeaningSameSource {
			continue
		}
		seen := map[int]bool{}
		for _, w := range x.meaning {
			for _, j := range index[w] {
				if seen[j] {
					continue
				}
				seen[j] = true
				y := &c.b.atts[j]
				n := shared(x.meaning, y.meaning)
				d := 2 * float64(n) / float64(len(x.meaning)+len(y.meaning))
				// The same source needs less: its statement reworded
				// keeps fewer words ("cuts pensions").
				same := sameSource(x, y)
				if (n >= minMeaningShared && d >= minMeaning) || (same && n >= minMeaningSameSource && d >= minMeaningSameSourceDice) {
					cands = append(cands, candidate{i, j, d})
				}
			}
		}
	}
	return cands
}

// supported reports whether some sentence of the side says what the
// content words bag say: holds more than half of them.
func (s *side) supported(bag []string) bool {
	if len(bag) == 0 {
		return true
	}
	if s.sentBags == nil {
		s.sentBags = make([][]string, len(s.an.Sentences))
		for i, sp := range s.an.Sentences {
			s.sentBags[i] = meaningBag(s.words(sp.Start, sp.End))
		}
	}
	for _, sb := range s.sentBags {
		if 2*shared(bag, sb) > len(bag) {
			return true
		}
	}
	return false
}
