package attrdiff_test

import (
	"fmt"
	"strings"
	"testing"

	"wirediff/internal/attrdiff"
)

// TestNumbersInLongSentences runs the number pairing on one endless
// "sentence" of numbers, too long for the bounded alignment of its values:
// an insertion (with a number of its own) changes no number, a run of substitutions pairs every
// changed number with its counterpart, and neither takes quadratic time.
func TestNumbersInLongSentences(t *testing.T) {
	var sb strings.Builder
	for i := range 3000 {
		fmt.Fprintf(&sb, "%d ", i*7)
	}
	long := sb.String()
	half := strings.Index(long[len(long)/2:], " ") + len(long)/2
	for _, tc := range []struct {
		name string
		a, b string
		want int
	}{
		{"one insertion", long, long[:half] + " the figures were revised 5 times " + long[half:], 0},
		{"one number changed", long, strings.Replace(long, " 700 ", " 701 ", 1), 1},
		{"every 7 made 8", long, strings.ReplaceAll(long, "7", "8"), withSeven(long)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := pairInput(t, tc.a, tc.b)
			r := attrdiff.Compare(in)
			if got := len(r.Numbers); got != tc.want {
				t.Errorf("numbers changed: got %d, want %d", got, tc.want)
			}
			for _, n := range r.Numbers {
				if a, b := in.AText[n.A.Start:n.A.End], in.BText[n.B.Start:n.B.End]; a == b {
					t.Errorf("number %q paired with itself", a)
				}
			}
		})
	}
}

// withSeven counts the numbers of s written with a 7.
func withSeven(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		if strings.Contains(f, "7") {
			n++
		}
	}
	return n
}
