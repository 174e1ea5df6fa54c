package attrdiff_test

import (
	"strings"
	"testing"

	"wirediff/internal/attrdiff"
	"wirediff/internal/diff"
)

// benchPair returns a pair of texts of at least n words each: the test
// articles, whole lines round and round, and the same with the edits of
// the test cases made wherever they apply.
func benchPair(tb testing.TB, n int) (a, b string) {
	tb.Helper()
	var parts []string
	for _, name := range []string{khamenei, "belgacom-gchq.intercept.txt", "coruna-toolkit.techcrunch.md"} {
		parts = append(parts, article(tb, name))
	}
	var sb strings.Builder
	words := 0
	for words < n {
		for _, p := range parts {
			for _, line := range strings.SplitAfter(p, "\n") {
				sb.WriteString(line)
				words += len(strings.Fields(line))
			}
			sb.WriteString("\n\n")
		}
	}
	a = sb.String()
	b = a
	for _, c := range cases {
		if !c.swap && len(c.before) == 0 {
			for i := 0; i+1 < len(c.edits); i += 2 {
				b = strings.ReplaceAll(b, c.edits[i], c.edits[i+1])
			}
		}
	}
	return a, b
}

// BenchmarkCompare times the attribution diff alone on a pair of 10,000
// words, the analyses and the alignment made beforehand; compare it with
// BenchmarkDiffCompare, the alignment of the same pair, which it must add
// less than 10% to.
func BenchmarkCompare(b *testing.B) {
	at, bt := benchPair(b, 10000)
	in := pairInput(b, at, bt)
	b.SetBytes(int64(len(at) + len(bt)))
	b.ResetTimer()
	for b.Loop() {
		attrdiff.Compare(in)
	}
}

// BenchmarkDiffCompare times diff.Compare on the pair of BenchmarkCompare,
// over the same sentences, for reference.
func BenchmarkDiffCompare(b *testing.B) {
	at, bt := benchPair(b, 10000)
	in := pairInput(b, at, bt)
	opt := &diff.Options{
		ASentences: ranges(in.A.Sentences), BSentences: ranges(in.B.Sentences),
		AIgnore: ranges(in.A.Boilerplate), BIgnore: ranges(in.B.Boilerplate),
	}
	b.SetBytes(int64(len(at) + len(bt)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := diff.Compare(at, bt, opt); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCompareCredits times the attribution diff on a rewrite made to
// cost: the wire story 40 times over in A, and B the same with every
// paragraph followed by a credit to the original and a quotation A never
// printed; the bounds on credits checked and on words indexed keep it
// near linear.
func BenchmarkCompareCredits(b *testing.B) {
	wire := article(b, wire)
	var as, bs strings.Builder
	for i := 0; i < 40; i++ {
		as.WriteString(wire + "\n\n")
		for _, p := range strings.Split(wire, "\n\n") {
			bs.WriteString(p + "\n\nAs the Reuters report noted, the strike is the \"longest in living memory\" at the port.\n\n")
		}
	}
	in := pairInput(b, as.String(), bs.String())
	b.SetBytes(int64(as.Len() + bs.Len()))
	b.ResetTimer()
	for b.Loop() {
		attrdiff.Compare(in)
	}
}
