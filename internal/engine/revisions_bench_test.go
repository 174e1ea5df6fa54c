package engine_test

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"wirediff/internal/engine"
)

// revisionPairs returns the Wikipedia revision pairs of internal/diff's
// testdata (a gzipped copy of shared/corpus/revisions), named by language
// and index.
func revisionPairs(tb testing.TB) (names []string, pairs [][2]string) {
	tb.Helper()
	f, err := os.Open("../diff/testdata/wikipedia-revisions.json.gz")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	var revs map[string][][2]string
	if err := json.NewDecoder(z).Decode(&revs); err != nil {
		tb.Fatal(err)
	}
	for _, lang := range []string{"en", "zh"} {
		for i, p := range revs[lang] {
			names = append(names, fmt.Sprintf("%s%02d", lang, i))
			pairs = append(pairs, p)
		}
	}
	return names, pairs
}

// BenchmarkRevisions times the wording-only comparison, as the page runs it
// first, on each real Wikipedia revision pair and on all of them in turn
// (the bench page times the JavaScript peers on the same pairs).
func BenchmarkRevisions(b *testing.B) {
	names, pairs := revisionPairs(b)
	opt := engine.Options{Attribution: false}
	b.Run("all", func(b *testing.B) {
		for b.Loop() {
			for _, p := range pairs {
				if _, err := engine.Compare(p[0], p[1], opt); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	for i, p := range pairs {
		b.Run(names[i], func(b *testing.B) {
			for b.Loop() {
				if _, err := engine.Compare(p[0], p[1], opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
