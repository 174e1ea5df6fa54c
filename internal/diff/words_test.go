package diff_test

import (
	"strings"
	"testing"

	"wirediff/internal/diff"
)

// render writes a one-block word diff as [-deleted-]{+inserted+}.
func render(r *diff.Result) string {
	var b strings.Builder
	for _, bl := range r.Blocks {
		for _, w := range bl.Words {
			switch w.Op {
			case diff.OpDelete:
				b.WriteString("[-" + w.Text + "-]")
			case diff.OpInsert:
				b.WriteString("{+" + w.Text + "+}")
			default:
				b.WriteString(w.Text)
			}
		}
	}
	return b.String()
}

// TestWordIslands checks how short unchanged islands between changes read:
// folded into the change when no longer than the changes around them,
// kept when they sit between short deletions.
func TestWordIslands(t *testing.T) {
	for _, c := range []struct{ name, a, b, want string }{
		{"kept between deletions",
			"The plan was blocked, according to two senior U.S. officials who spoke with Reuters on condition of anonymity.",
			"The plan was blocked, according to two U.S. officials on condition of anonymity.",
			"The plan was blocked, according to two [-senior -]U.S. officials [-who spoke with Reuters -]on condition of anonymity."},
		{"folded between substitutions",
			"The minister said the plan would work in the end, aides said.",
			"The minister claimed a plan would work in the end, aides said.",
			"The minister [-said the-]{+claimed a+} plan would work in the end, aides said."},
	} {
		t.Run(c.name, func(t *testing.T) {
			r, err := diff.Compare(c.a, c.b, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := render(r); got != c.want {
				t.Errorf("Compare words:\n got %s\nwant %s", got, c.want)
			}
		})
	}
}
