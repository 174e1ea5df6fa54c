package attrdiff_test

import (
	"os"
	"strings"
	"testing"

	"wirediff/internal/analyze"
	"wirediff/internal/attrdiff"
	"wirediff/internal/diff"
)

// article reads a test article from testdata.
func article(tb testing.TB, name string) string {
	tb.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// edit applies the replacements old, new, old, new… to s, each once; an old
// text that is not in s fails the test.
func edit(tb testing.TB, s string, pairs ...string) string {
	tb.Helper()
	for i := 0; i+1 < len(pairs); i += 2 {
		if !strings.Contains(s, pairs[i]) {
			tb.Fatalf("edit: %q is not in the text", pairs[i])
		}
		s = strings.Replace(s, pairs[i], pairs[i+1], 1)
	}
	return s
}

// pairInput analyses a and b and aligns them as the engine does: over the
// analyses' sentences, leaving out page furniture.
func pairInput(tb testing.TB, a, b string) attrdiff.Input {
	tb.Helper()
	aa, err := analyze.Analyze(a)
	if err != nil {
		tb.Fatalf("Analyze(A): %v", err)
	}
	ba, err := analyze.Analyze(b)
	if err != nil {
		tb.Fatalf("Analyze(B): %v", err)
	}
	d, err := diff.Compare(a, b, &diff.Options{
		ASentences: ranges(aa.Sentences), BSentences: ranges(ba.Sentences),
		AIgnore: ranges(aa.Boilerplate), BIgnore: ranges(ba.Boilerplate),
	})
	if err != nil {
		tb.Fatalf("diff.Compare: %v", err)
	}
	return attrdiff.Input{AText: a, BText: b, A: aa, B: ba, Diff: d}
}

func ranges(ss []analyze.Span) []diff.Range {
	out := make([]diff.Range, len(ss))
	for i, s := range ss {
		out[i] = diff.Range{Start: s.Start, End: s.End}
	}
	return out
}

// describe lists everything a Result holds, one item a line, for failure
// messages.
func describe(in attrdiff.Input, r *attrdiff.Result) string {
	var b strings.Builder
	for _, c := range r.Changes {
		b.WriteString("\n\t" + c.Kind + ": " + c.Detail)
	}
	for _, e := range r.Entities {
		b.WriteString("\n\tentity " + e.Op + ": " + e.Text + " (" + e.Label + ")")
	}
	for _, n := range r.Numbers {
		b.WriteString("\n\tnumber: " + in.AText[n.A.Start:n.A.End] + " → " + in.BText[n.B.Start:n.B.End])
	}
	for _, t := range r.Titles {
		b.WriteString("\n\ttitle: " + in.AText[t.A.Start:t.A.End] + " → " + in.BText[t.B.Start:t.B.End])
	}
	if b.Len() == 0 {
		return " nothing"
	}
	return b.String()
}

// kinds returns the set of change kinds in r.
func kinds(r *attrdiff.Result) map[string]bool {
	out := map[string]bool{}
	for _, c := range r.Changes {
		out[c.Kind] = true
	}
	return out
}
