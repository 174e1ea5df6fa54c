package e2e

import (
	"encoding/json"
	"fmt"
	"testing"
)

// TestSegments checks web/spans.js, which cuts an analyzed text at the
// boundaries of spans that may nest, overlap, touch or fall outside the
// text: every piece must carry exactly the spans that cover it.
func TestSegments(t *testing.T) {
	tb := newTab(t)
	tb.navigate("/")
	type sp struct {
		Start int `json:"start"`
		End   int `json:"end"`
	}
	type layer struct {
		Name  string `json:"name"`
		Spans []*sp  `json:"spans"`
	}
	tests := []struct {
		name   string
		text   string
		layers []layer
		want   string // pieces as text[marks], marks as layer+index, sorted
	}{
		{"none", "abc", []layer{}, "abc[]"},
		{"nested", "He said “we knew”.", []layer{
			{"quote", []*sp{{8, 17}}},
			{"hedge", []*sp{{9, 11}}},
		}, "He said []“[quote0]we[hedge0 quote0] knew”[quote0].[]"},
		{"overlap", "abcdef", []layer{
			{"x", []*sp{{0, 4}}},
			{"y", []*sp{{2, 6}}},
		}, "ab[x0]cd[x0 y0]ef[y0]"},
		{"touching", "abcd", []layer{{"x", []*sp{{0, 2}, {2, 4}}}}, "ab[x0]cd[x1]"},
		{"empty, inverted, missing and outside", "abcd", []layer{{"x", []*sp{{1, 1}, {3, 2}, nil, {2, 99}, {-5, 1}}}}, "a[x4]b[]cd[x3]"},
		{"same span twice in two layers", "abc", []layer{{"x", []*sp{{0, 3}}}, {"y", []*sp{{0, 3}}}}, "abc[x0 y0]"},
		{"surrogate pairs", "a😀b", []layer{{"x", []*sp{{1, 3}}}}, "a[]😀[x0]b[]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tb := tb.in(t)
			text, _ := json.Marshal(tc.text)
			layers, _ := json.Marshal(tc.layers)
			got := eval[string](tb, fmt.Sprintf(`import("/web/spans.js").then(({segments}) => {
				const text = %s;
				return segments(text, %s).map((p) => text.slice(p.start, p.end) + "[" + p.marks.map((m) => m.layer + m.index).sort().join(" ") + "]").join("");
			})`, text, layers))
			if got != tc.want {
				t.Errorf("segments(%q): got %s, want %s", tc.text, got, tc.want)
			}
		})
	}
}
