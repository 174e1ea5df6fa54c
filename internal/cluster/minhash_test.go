package cluster_test

import (
	"strings"
	"testing"

	"wirediff/internal/cluster"
	"wirediff/internal/testtext"
)

func TestResemblance(t *testing.T) {
	long := "The minister said the talks would resume in Geneva next week after a pause of three months."
	for _, c := range []struct {
		name     string
		a, b     string
		min, max float64
	}{
		{"identical", long, long, 1, 1},
		{"case, punctuation and spacing", long, strings.ToUpper(strings.ReplaceAll(long, " ", "  \n")), 1, 1},
		{"unrelated", long, "Heavy rain flooded the valley overnight, and roads to the coast stayed shut on Sunday.", 0, 0.05},
		{"one word each, the same", "Geneva", "geneva.", 1, 1},
		{"both empty", "", "", 1, 1},
		{"one empty", long, "", 0, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, _ := cluster.Sign(c.a)
			b, _ := cluster.Sign(c.b)
			if got := cluster.Resemblance(&a, &b); got < c.min || got > c.max {
				t.Errorf("Resemblance(Sign(%q), Sign(%q)): got %.3f, want %.2f to %.2f", c.a, c.b, got, c.min, c.max)
			}
		})
	}
}

// TestEmptyTextsApart: texts with no words are never linked to anything,
// each other included.
func TestEmptyTextsApart(t *testing.T) {
	docs := []cluster.Doc{cluster.Describe(""), cluster.Describe("  …  "), cluster.Describe("")}
	if got := len(cluster.Group(docs)); got != 3 {
		t.Errorf("Group of three empty texts: got %d clusters, want 3", got)
	}
}

// BenchmarkGroup signs and clusters 1,000 copies of a story of about 1,000
// words (verbatim, trimmed, quotes altered and reworded, in turn).
func BenchmarkGroup(b *testing.B) {
	s := story(b, "belgacom-gchq.intercept.txt")
	var texts []string
	for i := 0; len(texts) < 1000; i++ {
		for _, c := range testtext.Copies(s, i) {
			texts = append(texts, c.Text)
		}
	}
	b.ResetTimer()
	for b.Loop() {
		docs := make([]cluster.Doc, len(texts))
		for i, s := range texts {
			docs[i] = cluster.Describe(s)
		}
		if n := len(cluster.Group(docs)); n != 1 {
			b.Fatalf("Group: got %d clusters, want 1", n)
		}
	}
}
