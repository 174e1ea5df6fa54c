package diff

import (
	"errors"
	"fmt"
)

// MaxBytes is the largest text, in bytes, that Compare accepts on either
// side: 4 MiB, some 600,000 words of English. Time and memory grow about
// linearly with the size of the texts, alike or not: a pair's word diff is
// bounded by maxWordCells, sentence scoring by a budget proportional to
// the input, candidate look-ups by a fixed number of terms and candidates
// per sentence, and merged blocks append their words. The engine's
// TestCostIsLinear checks this on adversarial text.
const MaxBytes = 4 << 20

// ErrTooLarge is returned (wrapped, with the sizes) by Compare when a text
// is longer than MaxBytes.
var ErrTooLarge = errors.New("diff: text too large: the limit is 4 MiB (4,194,304 bytes) per text")

// Compare compares texts a and b; opt may be nil.
//
// The texts are cut into units: each sentence (from opt, else Sentences)
// with the white space after it (white space before the first sentence
// joins the first unit); any other text outside the sentences, such as
// page furniture, with the white space around it, is a unit of its own that
// holds no sentence. Units are aligned (see align.go) and the words of
// every aligned pair diffed.
//
// The Result's blocks tile both texts and come in the order of B; deleted A
// units sit right after the aligned block before them, ahead of the B units
// of the same gap. Adjacent equal blocks, adjacent deletes and adjacent
// inserts are merged. The words of edit, move, insert and delete blocks
// rebuild their spans exactly; an equal block has nil Words when its two
// spans are byte-identical, and otherwise (white space or quote style
// differs) words that rebuild both.
//
// Compare returns an error wrapping ErrTooLarge when a text is longer than
// MaxBytes; it returns no other error.
func Compare(a, b string, opt *Options) (*Result, error) {
	if opt == nil {
		opt = &Options{}
	}
	for _, t := range []struct {
		name string
		n    int
	}{{"A", len(a)}, {"B", len(b)}} {
		if t.n > MaxBytes {
			return nil, fmt.Errorf("%w; text %s has %d bytes", ErrTooLarge, t.name, t.n)
		}
	}
	in := &interner{m: make(map[string]uint32)}
	A := newSide(a, opt.ASentences, opt.AIgnore, in)
	B := newSide(b, opt.BSentences, opt.BIgnore, in)
	res := &Result{ASentences: A.sents, BSentences: B.sents, Similarity: 1}
	if len(A.units) == 0 && len(B.units) == 0 {
		return res, nil
	}
	lev := newLevener(in.limit())
	groups := align(A, B, lev)
	bl := &builder{A: A, B: B, groups: groups, sc: scratch{lev: lev}}
	bl.build()
	res.Blocks = bl.blocks
	if n := max(A.words, B.words); n > 0 {
		res.Similarity = min(1, max(0, 1-float64(bl.dist)/float64(n)))
	}
	res.Reuse = reuse(A, B)
	return res, nil
}
