package analyze_test

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"wirediff/internal/analyze"
)

// adversarial are generators of hostile text: each repeats its unit until
// the text holds n bytes.
var adversarial = []struct {
	name string
	unit func(i int) string
}{
	{"endless cues", func(int) string { return "officials said " }},
	{"endless beliefs", func(int) string { return "officials believe he said " }},
	{"repeated attributions", func(int) string {
		return "The minister said the plan would fail, according to two senior officials. "
	}},
	{"quoted cues", func(int) string { return "“We will win,” he said, “and then,” she added, " }},
	{"numbers", func(i int) string { return fmt.Sprintf("%d,%03d ", i%1000, i%997) }},
	{"capitalised names", func(i int) string { return fmt.Sprintf("Anna Berg%c ", 'a'+rune(i%26)) }},
	{"crlf lines", func(i int) string { return fmt.Sprintf("Mr. Smith told Reuters no. %d\r\n", i) }},
	{"no spaces", func(int) string { return "saidofficialsaccordingto“" }},
	{"no. abbreviations", func(i int) string { return fmt.Sprintf("item no. %d was cited by aides no. ", i) }},
	{"caseless script", func(int) string { return "אמר השר כי התוכנית תיכשל. " }},
	{"pronouns", func(i int) string {
		if i%7 == 0 {
			return "Maria Lopez of Acme Corp said sales rose. "
		}
		return "He said it. She told them. They believe it. "
	}},
}

// generate repeats unit until the text holds at least n bytes.
func generate(unit func(int) string, n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(unit(i))
	}
	return b.String()
}

// outputSize is the number of spans an analysis holds and their total length in bytes.
func outputSize(a *analyze.Analysis) (spans, bytes int) {
	add := func(s analyze.Span) { spans, bytes = spans+1, bytes+s.End-s.Start }
	for _, s := range a.Sentences {
		add(s)
	}
	for _, e := range a.Entities {
		add(e.Span)
	}
	for _, q := range a.Quotes {
		add(q.Span)
		if q.Speaker != nil {
			add(*q.Speaker)
		}
	}
	for _, at := range a.Attributions {
		add(at.Source)
		add(at.Cue)
		add(at.Content)
		bytes += len(at.Resolved)
		if at.Via != nil {
			add(*at.Via)
		}
	}
	for _, h := range a.Hedges {
		add(h)
	}
	return spans, bytes
}

// allocated returns the bytes Analyze allocates on text: a measure of its
// work that does not depend on the machine's speed.
func allocated(t *testing.T, text string) (uint64, *analyze.Analysis) {
	t.Helper()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	a, err := analyze.Analyze(text)
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	return after.TotalAlloc - before.TotalAlloc, a
}

// TestCostBounded checks the bound stated on Analyze on adversarial text:
// the spans and their total length per input byte stay under a constant,
// and quadrupling the input at most about quadruples the work (a quadratic
// path would multiply it by 16).
func TestCostBounded(t *testing.T) {
	if err := analyze.Load(); err != nil {
		t.Skip(err)
	}
	const n = 16 << 10
	for _, tc := range adversarial {
		t.Run(tc.name, func(t *testing.T) {
			small, large := generate(tc.unit, n), generate(tc.unit, 4*n)
			w1, a1 := allocated(t, small)
			w2, a2 := allocated(t, large)
			for _, c := range []struct {
				text string
				a    *analyze.Analysis
			}{{small, a1}, {large, a2}} {
				spans, bytes := outputSize(c.a)
				if got := float64(spans) / float64(len(c.text)); got > analyze.MaxSpansPerByte {
					t.Errorf("%d bytes: %d spans, %.2f a byte, want ≤ %v", len(c.text), spans, got, analyze.MaxSpansPerByte)
				}
				if got := float64(bytes) / float64(len(c.text)); got > analyze.MaxOutputPerByte {
					t.Errorf("%d bytes: spans cover %d bytes, %.1f a byte, want ≤ %v", len(c.text), bytes, got, analyze.MaxOutputPerByte)
				}
				for _, s := range c.a.Sentences {
					if s.End-s.Start > analyze.MaxSentenceBytes {
						t.Errorf("sentence of %d bytes, want ≤ %d", s.End-s.Start, analyze.MaxSentenceBytes)
					}
				}
			}
			s1, b1 := outputSize(a1)
			s2, b2 := outputSize(a2)
			t.Logf("spans/byte %.3f %.3f out/byte %.2f %.2f work ratio %.2f (%d KB)", float64(s1)/float64(len(small)), float64(s2)/float64(len(large)), float64(b1)/float64(len(small)), float64(b2)/float64(len(large)), float64(w2)/float64(w1), w1>>10)
			if ratio := float64(w2) / float64(w1); ratio > 6 {
				t.Errorf("work grows faster than the input: %d bytes allocated at %d bytes, %d at %d (×%.2f)", w1, len(small), w2, len(large), ratio)
			}
		})
	}
}
