package diff_test

import (
	"testing"

	"wirediff/internal/diff"
)

// seeds are hand-made inputs for the fuzz targets, beside the corpus
// committed in testdata/fuzz.
var seeds = []string{
	"",
	"One two three.",
	"Line one.\r\nLine two.\r\n",
	"No\u00a0break here.\u00a0Next.",
	"Family 👨‍👩‍👧 day. 🇮🇱 flag.",
	"ראש הממשלה אמר כי ההחלטה התקבלה.",
	"我们今天去北京。天气很好。",
	"He said: “We will not stop. Nobody asked",
	"The U.S.-Israeli talks cost $1.3 billion, or 1,200 jobs. Mr. Smith said so.",
	"a\xffb\xc3",
	"cafe\u0301.\n\n\nNext paragraph.",
}

// FuzzCompare checks Compare's invariants on random pairs: the blocks
// rebuild both texts exactly, similarity lies in [0, 1], and swapping the
// texts mirrors the op counts. Run it with
//
//	go test -fuzz=FuzzCompare -fuzztime=60s ./internal/diff
func FuzzCompare(f *testing.F) {
	for _, a := range seeds {
		for _, b := range seeds[:4] {
			f.Add(a, b)
		}
	}
	f.Add("Israel struck. Iran replied. Oil rose.", "Oil rose. Israel struck. Iran replied.")
	f.Add("A b c d e f. G h i.", "A b c. D e f. G h i j.")
	// Ties between equally heavy alignments, once settled by which text
	// was A.
	f.Add(". 0. 00.", "1.")
	f.Add(". 0", "0\r0\n1")
	f.Add("0\n.", "1.\n0! 1")
	f.Fuzz(func(t *testing.T, a, b string) {
		r, err := diff.Compare(a, b, nil)
		if err != nil {
			t.Fatalf("Compare: %v", err)
		}
		if err := check(a, b, r); err != nil {
			t.Fatalf("Compare(%q, %q): %v", a, b, err)
		}
		s, err := diff.Compare(b, a, nil)
		if err != nil {
			t.Fatalf("Compare(b, a): %v", err)
		}
		if err := check(b, a, s); err != nil {
			t.Fatalf("Compare(%q, %q): %v", b, a, err)
		}
		if got, want := opCounts(s), opCounts(r); !swapped(got, want) {
			t.Errorf("Compare(b, a): got op counts %v, want the mirror of %v", got, want)
		}
		if a == b && r.Similarity != 1 {
			t.Errorf("Compare(a, a): got similarity %v, want 1", r.Similarity)
		}
	})
}

// FuzzTokenize checks that tokens tile the input on UTF-8 sequence
// boundaries, and that sentences lie in order inside it. Run it with
//
//	go test -fuzz=FuzzTokenize -fuzztime=60s ./internal/diff
func FuzzTokenize(f *testing.F) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if err := tiles(s, diff.Tokenize(s)); err != nil {
			t.Fatalf("Tokenize(%q): %v", s, err)
		}
		prev := 0
		for i, r := range diff.Sentences(s) {
			if r.Start < prev || r.End <= r.Start || r.End > len(s) {
				t.Fatalf("Sentences(%q)[%d]: got [%d, %d), want non-empty, in order after %d", s, i, r.Start, r.End, prev)
			}
			prev = r.End
		}
	})
}
