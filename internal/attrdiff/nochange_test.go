package attrdiff_test

import (
	"strings"
	"testing"

	"wirediff/internal/attrdiff"
	"wirediff/internal/testtext"
)

var straight = strings.NewReplacer("“", `"`, "”", `"`, "’", "'", "‘", "'")

// TestNoChange compares the article with itself re-typed, and with
// versions that differ only in wording outside any attribution, or in page
// furniture or a dateline: none is a change in sourcing, and none changes
// an entity, a number or a title.
func TestNoChange(t *testing.T) {
	orig := article(t, khamenei)
	cases := []struct {
		name string
		b    func(string) string
	}{
		{"itself", func(s string) string { return s }},
		{"straight quotes", straight.Replace},
		{"CRLF", func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }},
		{"no-break spaces", func(s string) string { return strings.ReplaceAll(s, " of ", " of\u00a0") }},
		{"rewrapped", func(s string) string { return testtext.Wrap(s, 72, testtext.Bytes) }},
		{"all re-typing", func(s string) string {
			return strings.ReplaceAll(testtext.Wrap(strings.ReplaceAll(straight.Replace(s), " of ", " of\u00a0"), 72, testtext.Bytes), "\n", "\r\n")
		}},
		{"no furniture", func(s string) string {
			return edit(t, s, "Getting your Trinity Audio player ready...\n|\nBy: Fern Sidman\n", "")
		}},
		{"dateline", func(s string) string {
			return edit(t, s, "\nIn a move that calls", "\nWASHINGTON (Reuters) - In a move that calls")
		}},
		{"wording outside attributions", func(s string) string {
			return edit(t, s,
				"comes amid escalating military tensions", "comes amid rising military tensions",
				"The Israeli leader’s ambiguous remarks", "The Israeli leader’s vague remarks",
				"how perilously close the region is", "how dangerously close the region is",
				"Yet, this instance reflects the limitations", "Still, this episode shows the limits",
				"the situation remains fluid and dangerous.", "the situation remains fluid.")
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := pairInput(t, orig, c.b(orig))
			r := attrdiff.Compare(in)
			if len(r.Changes)+len(r.Entities)+len(r.Numbers)+len(r.Titles) > 0 {
				t.Errorf("Compare: got%s\nwant nothing", describe(in, r))
			}
			if got, want := r.Summary.QuotesVerbatim, 4; got != want {
				t.Errorf("Summary.QuotesVerbatim: got %d, want %d", got, want)
			}
		})
	}
}
