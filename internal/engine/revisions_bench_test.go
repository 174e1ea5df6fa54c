package engine_test

import (
	"testing"

	"wirediff/internal/engine"
	"wirediff/internal/testtext"
)

// revisionPairs returns the Wikipedia revision pairs of internal/diff's
// testdata (a gzipped copy of shared/corpus/revisions), named by language
// and index.
func revisionPairs(tb testing.TB) (names []string, pairs [][2]string) {
	tb.Helper()
	return testtext.Revisions(tb)
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
