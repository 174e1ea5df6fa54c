package engine

import "wirediff/internal/diff"

// minRelated is the similarity (see similarity) below which two texts are
// not versions of one report. Measured on the OneStop corpus (126 reports,
// each in three versions edited for three reading levels): versions of one
// report score at least 0.18, two different reports at most 0.009; the
// threshold sits between them, nearer the unrelated side, since a rewrite
// that kept little is still a version.
const minRelated = 0.05

// similarity is 2 × aligned words ÷ (words in A + words in B): the share of
// both texts' words that the alignment matched word for word, inside the
// sentence pairs it aligned (equal, edited or moved). Words are the word and
// number tokens of diff.Tokenize; page furniture counts like any text. Two
// empty texts are alike (1).
func similarity(a, b string, blocks []diff.Block) float64 {
	na, nb, same := 0, 0, 0
	for _, bl := range blocks {
		var wa, wb int
		if bl.A != nil {
			wa = countWords(a[bl.A.Start:bl.A.End])
		}
		if bl.B != nil {
			wb = countWords(b[bl.B.Start:bl.B.End])
		}
		na, nb = na+wa, nb+wb
		if bl.A == nil || bl.B == nil {
			continue
		}
		if bl.Words == nil {
			same += min(wa, wb)
			continue
		}
		for _, w := range bl.Words {
			if w.Op == diff.OpEqual {
				same += countWords(w.Text)
			}
		}
	}
	if na+nb == 0 {
		return 1
	}
	return min(1, 2*float64(same)/float64(na+nb))
}

// countWords counts the word and number tokens of s.
func countWords(s string) int {
	n := 0
	for _, t := range diff.Tokenize(s) {
		if t.Kind == diff.KindWord || t.Kind == diff.KindNumber {
			n++
		}
	}
	return n
}
