package engine_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"wirediff/internal/engine"
)

// benchText returns about n words of real news text: the three labelled
// articles, paragraph by paragraph, repeated when they run out.
func benchText(tb testing.TB, n int) string {
	tb.Helper()
	var paras []string
	for _, f := range []string{"khamenei-veto.jns.txt", "belgacom-gchq.intercept.txt", "coruna-toolkit.techcrunch.md"} {
		data, err := os.ReadFile("../analyze/testdata/" + f)
		if err != nil {
			tb.Fatal(err)
		}
		for _, p := range strings.Split(string(data), "\n") {
			if len(strings.Fields(p)) > 8 {
				paras = append(paras, p)
			}
		}
	}
	var b strings.Builder
	for words, i := 0, 0; words < n; i++ {
		p := paras[i%len(paras)]
		b.WriteString(p)
		b.WriteString("\n\n")
		words += len(strings.Fields(p))
	}
	return b.String()
}

// rewrite edits s as a rewrite desk might: cues and hedges changed, a word
// in 40 changed, one paragraph in 10 dropped and neighbours swapped.
func rewrite(s string) string {
	s = strings.NewReplacer(" said ", " claimed ", "reportedly ", "", " senior ", " ").Replace(s)
	paras := strings.Split(s, "\n\n")
	var out []string
	for i, p := range paras {
		if i%10 == 7 {
			continue
		}
		w := strings.Fields(p)
		for j := range w {
			if (i+j)%40 == 39 {
				w[j] = "edited"
			}
		}
		out = append(out, strings.Join(w, " "))
	}
	for i := 5; i+1 < len(out); i += 15 {
		out[i], out[i+1] = out[i+1], out[i]
	}
	return strings.Join(out, "\n\n")
}

// BenchmarkCompare times the whole engine on a real text and its rewrite:
// the wording diff alone and with the analysis of both texts and the
// attribution diff, as the page runs them.
func BenchmarkCompare(b *testing.B) {
	if err := engine.Preload(); err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1000, 10000, 50000} {
		a := benchText(b, n)
		e := rewrite(a)
		for _, attr := range []bool{false, true} {
			b.Run(fmt.Sprintf("words=%d/attribution=%v", n, attr), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if _, err := engine.Compare(a, e, engine.Options{Attribution: attr}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkAnalyze times the analysis of one article of 1k and 10k words.
func BenchmarkAnalyze(b *testing.B) {
	if err := engine.Preload(); err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1000, 10000} {
		a := benchText(b, n)
		b.Run(fmt.Sprintf("words=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := engine.Analyze(a); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
