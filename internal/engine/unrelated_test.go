package engine_test

import (
	"os"
	"testing"

	"wirediff/internal/engine"
)

// TestUnrelated: two different reports are unrelated and get no list of
// attribution changes; a report and its rewrite are related.
func TestUnrelated(t *testing.T) {
	port := "Talks to end the strike at the port stalled on Tuesday, officials said. \"We will not sign,\" union leader Pieter de Vries said."
	portRewrite := "Talks to end the strike at the port broke down on Tuesday, senior officials said. \"We will never sign,\" union leader Pieter de Vries said."
	storm := "A storm knocked out power to thousands of homes in the north, the utility said. Crews expect to restore it by Friday, a spokeswoman added."
	cases := []struct {
		name      string
		a, b      string
		unrelated bool
	}{
		{"rewrite", port, portRewrite, false},
		{"different reports", port, storm, true},
		{"same text", storm, storm, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, err := engine.Compare(tc.a, tc.b, engine.Options{Attribution: true})
			if err != nil {
				t.Fatal(err)
			}
			if c.Unrelated != tc.unrelated {
				t.Errorf("unrelated: got %v (similarity %.3f), want %v", c.Unrelated, c.Similarity, tc.unrelated)
			}
			if tc.unrelated && (len(c.AttributionChanges) > 0 || c.AttributionChanges == nil) {
				t.Errorf("attribution changes: got %v, want an empty list", c.AttributionChanges)
			}
			if !tc.unrelated && tc.a != tc.b && len(c.AttributionChanges) == 0 {
				t.Errorf("attribution changes: got none, want the rewrite's")
			}
		})
	}
}

// TestLabelOptions: the labels of the versions are read from the options.
func TestLabelOptions(t *testing.T) {
	opt, err := engine.ParseOptions(`{"labelA": " Harbour Wire ", "labelB": "Daily"}`)
	if err != nil {
		t.Fatal(err)
	}
	if opt.LabelA != "Harbour Wire" || opt.LabelB != "Daily" || !opt.Attribution {
		t.Errorf("ParseOptions: got %+v, want labels \"Harbour Wire\" and \"Daily\", attribution on", opt)
	}
}

// TestFindingsEncoded: the rewrite's findings reach the contract, with
// their direction, in order of importance, and the label option is used.
func TestFindingsEncoded(t *testing.T) {
	read := func(name string) string {
		b, err := os.ReadFile("../attrdiff/testdata/harbour-" + name + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	a := read("wire")
	b := read("rewrite") + "\nThe mayor of Rotterdam resigned over the strike, Harbour Wire reported.\n"
	for _, tc := range []struct {
		label    string
		phantoms int
	}{{"", 1}, {"Harbour Wire", 2}} {
		c, err := engine.Compare(a, b, engine.Options{Attribution: true, LabelA: tc.label})
		if err != nil {
			t.Fatal(err)
		}
		if c.Unrelated || c.Summary == nil || c.Summary.Phantoms != tc.phantoms || c.Summary.QuotesInvented != 1 {
			t.Fatalf("label %q: got unrelated %v, summary %+v; want related, %d phantoms, 1 invented quote", tc.label, c.Unrelated, c.Summary, tc.phantoms)
		}
		for i, ch := range c.AttributionChanges[:tc.phantoms+1] {
			want := "phantom"
			if i == tc.phantoms {
				want = "quote-invented"
			}
			if ch.Kind != want || ch.Direction != "stronger" || ch.B == nil || ch.Block < 0 {
				t.Errorf("label %q, change %d: got %s (%q) at B %v, block %d; want %s, stronger, with its place", tc.label, i, ch.Kind, ch.Direction, ch.B, ch.Block, want)
			}
		}
	}
}
