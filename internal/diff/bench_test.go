package diff_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"wirediff/internal/diff"
)

// realText returns about n words of real text: the news articles of
// testdata followed by the English Wikipedia revisions, paragraph by
// paragraph, repeated only when they run out.
func realText(tb testing.TB, n int) string {
	tb.Helper()
	article, err := os.ReadFile("testdata/khamenei-veto.jns.txt")
	if err != nil {
		tb.Fatal(err)
	}
	names, pairs := revisions(tb)
	sources := []string{string(article)}
	for i, p := range pairs {
		if strings.HasPrefix(names[i], "en") {
			sources = append(sources, p[0])
		}
	}
	var b strings.Builder
	words := 0
	for words < n {
		for _, s := range sources {
			for _, para := range strings.Split(s, "\n") {
				w := len(strings.Fields(para))
				if w == 0 {
					continue
				}
				b.WriteString(para)
				b.WriteString("\n\n")
				if words += w; words >= n {
					return b.String()
				}
			}
		}
	}
	return b.String()
}

// edited returns a copy of s as a rewrite desk might leave it: one word in
// 50 changed, one paragraph in 12 dropped, one in 15 added (a copy of an
// earlier one reworded), and neighbouring paragraphs swapped every 20.
func edited(s string) string {
	paras := strings.Split(s, "\n\n")
	var out []string
	for i, p := range paras {
		if i%12 == 5 {
			continue
		}
		words := strings.Fields(p)
		for j := range words {
			if (i*7+j)%50 == 49 {
				words[j] = "changed"
			}
		}
		out = append(out, strings.Join(words, " "))
		if i%15 == 9 {
			out = append(out, "Officials said on Tuesday that "+strings.ToLower(paras[i/2]))
		}
	}
	for i := 10; i+1 < len(out); i += 20 {
		out[i], out[i+1] = out[i+1], out[i]
	}
	return strings.Join(out, "\n\n")
}

// BenchmarkCompare compares a real text of 1k, 10k and 50k words with an
// edited copy of itself: the case wirediff is for, mostly alike texts.
func BenchmarkCompare(b *testing.B) {
	for _, n := range []int{1000, 10000, 50000} {
		a := realText(b, n)
		e := edited(a)
		b.Run(fmt.Sprintf("words=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(a) + len(e)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := diff.Compare(a, e, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCompareUnrelated compares two different texts of 10k words:
// the worst case of the candidate index, which finds few good pairs.
func BenchmarkCompareUnrelated(b *testing.B) {
	a := realText(b, 20000)
	i := len(a) / 2
	x, y := a[:i], a[i:]
	b.SetBytes(int64(len(a)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := diff.Compare(x, y, nil); err != nil {
			b.Fatal(err)
		}
	}
}
