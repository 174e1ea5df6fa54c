package engine_test

import (
	"encoding/json"
	"testing"

	"wirediff/internal/analyze"
	"wirediff/internal/diff"
	"wirediff/internal/engine"
)

// BenchmarkRevisionPhases splits the wording-only comparison of all the
// revision pairs into its phases: sentences, diff, and the whole with the
// JSON encoding the boundary adds.
func BenchmarkRevisionPhases(b *testing.B) {
	_, pairs := revisionPairs(b)
	b.Run("sentences", func(b *testing.B) {
		for b.Loop() {
			for _, p := range pairs {
				analyze.Sentences(p[0])
				analyze.Sentences(p[1])
			}
		}
	})
	b.Run("diff", func(b *testing.B) {
		for b.Loop() {
			for _, p := range pairs {
				if _, err := diff.Compare(p[0], p[1], nil); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("compare", func(b *testing.B) {
		for b.Loop() {
			for _, p := range pairs {
				if _, err := engine.Compare(p[0], p[1], engine.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("compare+json", func(b *testing.B) {
		for b.Loop() {
			for _, p := range pairs {
				c, err := engine.Compare(p[0], p[1], engine.Options{})
				if err != nil {
					b.Fatal(err)
				}
				if _, err := json.Marshal(c); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
