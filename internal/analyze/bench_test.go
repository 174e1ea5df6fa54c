package analyze_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wirediff/internal/analyze"
)

// corpusText concatenates the test articles until it holds at least n words.
func corpusText(tb testing.TB, n int) string {
	tb.Helper()
	files, _ := filepath.Glob("testdata/*.gold.json")
	var parts []string
	for _, f := range files {
		b, err := os.ReadFile(strings.TrimSuffix(f, ".gold.json") + articleExt(f))
		if err != nil {
			tb.Fatal(err)
		}
		parts = append(parts, string(b))
	}
	// Whole lines, round and round the articles, until n words.
	var b strings.Builder
	words := 0
	for words < n {
		for _, p := range parts {
			for _, line := range strings.SplitAfter(p, "\n") {
				b.WriteString(line)
				if words += len(strings.Fields(line)); words >= n {
					return b.String()
				}
			}
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// articleExt finds the article file next to a gold file.
func articleExt(gold string) string {
	base := strings.TrimSuffix(gold, ".gold.json")
	for _, ext := range []string{".txt", ".md"} {
		if _, err := os.Stat(base + ext); err == nil {
			return ext
		}
	}
	return ".txt"
}

func benchmarkAnalyze(b *testing.B, words int) {
	text := corpusText(b, words)
	if err := analyze.Load(); err != nil {
		b.Fatal(err)
	}
	n := len(strings.Fields(text))
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := analyze.Analyze(text); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N)/float64(n)*1000, "ms/1kwords")
}

// BenchmarkAnalyze1k analyses about 1,000 words of real articles.
func BenchmarkAnalyze1k(b *testing.B) { benchmarkAnalyze(b, 1000) }

// BenchmarkAnalyze10k analyses about 10,000 words of real articles.
func BenchmarkAnalyze10k(b *testing.B) { benchmarkAnalyze(b, 10000) }

// BenchmarkLoad reports what loading prose's model cost this process
// (ms/model-load). Load runs once per process, so the figure is that one
// load as LoadTime recorded it, whichever benchmark triggered it; the loop
// itself only checks that later calls are free.
func BenchmarkLoad(b *testing.B) {
	if err := analyze.Load(); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := analyze.Load(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(analyze.LoadTime().Microseconds())/1000, "ms/model-load")
}
