package diff_test

import (
	"errors"
	"strings"
	"testing"

	"wirediff/internal/diff"
)

// compareCases is the shared table of comparisons. Every case is checked
// for the invariants (check), for swap symmetry, and for what it names.
var compareCases = []struct {
	name string
	a, b string
	opt  *diff.Options
	// ops, when not nil, are the block ops in order.
	ops []diff.Op
	// minSim and maxSim bound Result.Similarity.
	minSim, maxSim float64
	// del and ins are texts that some delete and insert word must hold.
	del, ins []string
}{
	{name: "empty", a: "", b: "", ops: []diff.Op{}, minSim: 1, maxSim: 1},
	{name: "identical", a: "Israel struck. Iran replied.", b: "Israel struck. Iran replied.",
		ops: []diff.Op{diff.OpEqual}, minSim: 1, maxSim: 1},
	{name: "added to empty", a: "", b: "A new story.", ops: []diff.Op{diff.OpInsert}, maxSim: 0},
	{name: "removed all", a: "An old story.", b: "", ops: []diff.Op{diff.OpDelete}, maxSim: 0},
	{name: "white space only", a: "  \n ", b: "\t", minSim: 1, maxSim: 1},
	{name: "unrelated",
		a: "The central bank raised interest rates by half a point on Tuesday.",
		b: "Heavy snow closed mountain roads across the northern provinces overnight.", maxSim: 0.2},
	{name: "white space is no change",
		a:   "One senior official told Reuters.\nThe plan was shelved.",
		b:   "One senior\u00a0official told  Reuters. The plan\r\nwas shelved.",
		ops: []diff.Op{diff.OpEqual}, minSim: 1, maxSim: 1},
	{name: "quote style is no change",
		a:   `He said "we do what we need to do" and left. Israel's leader spoke.`,
		b:   "He said “we do what we need to do” and left. Israel’s leader spoke.",
		ops: []diff.Op{diff.OpEqual}, minSim: 1, maxSim: 1},
	{name: "cue changed",
		a:   "Officials said the plan was vetoed. Talks continue.",
		b:   "Officials claimed the plan was vetoed. Talks continue.",
		ops: []diff.Op{diff.OpEdit, diff.OpEqual}, minSim: 0.8, maxSim: 0.95,
		del: []string{"said"}, ins: []string{"claimed"}},
	{name: "common prefix and suffix",
		a: "Israel struck nuclear sites overnight. Iran vowed to retaliate within days. " +
			"Officials said the plan was vetoed. Oil prices rose sharply in Asian trading. Diplomats called for restraint.",
		b: "Israel struck nuclear sites overnight. Iran vowed to retaliate within days. " +
			"Officials claimed the plan was vetoed. Oil prices rose sharply in Asian trading. Diplomats called for restraint.",
		ops: []diff.Op{diff.OpEqual, diff.OpEdit, diff.OpEqual}, minSim: 0.9, maxSim: 0.99,
		del: []string{"said"}, ins: []string{"claimed"}},
	{name: "same sentence at both edges",
		a:   "Talks continue. Officials said the plan was vetoed. Talks continue.",
		b:   "Talks continue. Officials claimed the plan was vetoed. Talks continue.",
		ops: []diff.Op{diff.OpEqual, diff.OpEdit, diff.OpEqual}, minSim: 0.8, maxSim: 0.95,
		del: []string{"said"}, ins: []string{"claimed"}},
	{name: "sentence moved out of the common prefix",
		a: "Oil prices rose sharply in Asian trading. Israel struck nuclear sites overnight. " +
			"Iran vowed to retaliate within days. Diplomats called for restraint on all sides.",
		b: "Israel struck nuclear sites overnight. Iran vowed to retaliate within days. " +
			"Oil prices rose sharply in Asian trading. Diplomats called for restraint on all sides.",
		minSim: 1, maxSim: 1},
	{name: "hedge dropped",
		a:   "The strikes have reportedly dealt blows to the program.",
		b:   "The strikes have dealt blows to the program.",
		ops: []diff.Op{diff.OpEdit}, minSim: 0.8, maxSim: 0.95, del: []string{"reportedly"}},
	{name: "sentence moved",
		a: "Israel struck nuclear sites overnight. Iran vowed to retaliate within days. " +
			"Oil prices rose sharply in Asian trading. Diplomats called for restraint on all sides.",
		b: "Oil prices rose sharply in Asian trading. Israel struck nuclear sites overnight. " +
			"Iran vowed to retaliate within days. Diplomats called for restraint on all sides.",
		ops: []diff.Op{diff.OpMove, diff.OpEqual, diff.OpEqual}, minSim: 1, maxSim: 1},
	{name: "sentence split",
		a: "The army said on Monday that it had struck the launch site near the border, " +
			"and that operations would continue through the week. Residents fled.",
		b: "The army said on Monday that it had struck the launch site near the border. " +
			"Operations would continue through the week, it added. Residents fled.",
		ops: []diff.Op{diff.OpEdit, diff.OpEqual}, minSim: 0.7, maxSim: 0.95},
	{name: "sentence inserted",
		a:   "Markets fell. Bonds rallied as investors sought safety.",
		b:   "Markets fell. The dollar was flat against the yen. Bonds rallied as investors sought safety.",
		ops: []diff.Op{diff.OpEqual, diff.OpInsert, diff.OpEqual}, minSim: 0.5, maxSim: 0.8,
		ins: []string{"dollar"}},
	{name: "Chinese",
		a:   "我们今天去北京。天气很好。",
		b:   "我们明天去北京。天气很好。",
		ops: []diff.Op{diff.OpEdit, diff.OpEqual}, minSim: 0.8, maxSim: 0.95,
		del: []string{"今"}, ins: []string{"明"}},
	{name: "Hebrew",
		a:   "ראש הממשלה אמר כי ההחלטה התקבלה. השיחות נמשכות.",
		b:   "ראש הממשלה טען כי ההחלטה התקבלה. השיחות נמשכות.",
		ops: []diff.Op{diff.OpEdit, diff.OpEqual}, minSim: 0.8, maxSim: 0.95,
		del: []string{"אמר"}, ins: []string{"טען"}},
	{name: "emoji",
		a: "Family day 👨‍👩‍👧 at the park 🇮🇱.", b: "Family day 👨‍👩‍👦 at the park 🇮🇱.",
		ops: []diff.Op{diff.OpEdit}, minSim: 1, maxSim: 1, del: []string{"👨‍👩‍👧"}, ins: []string{"👨‍👩‍👦"}},
	{name: "furniture ignored",
		a:   "Troops advanced. Shelling continued.",
		b:   "Troops advanced.\nAdvertisement\nShelling continued.",
		opt: &diff.Options{BIgnore: []diff.Range{{17, 30}}}, minSim: 1, maxSim: 1},
	{name: "given sentences with a gap",
		a:   "Getting your audio player ready... | By: A. Writer\nThe vote passed. It was close.",
		b:   "The vote passed narrowly. It was close.",
		opt: &diff.Options{ASentences: []diff.Range{{51, 67}, {68, 81}}, BSentences: []diff.Range{{0, 25}, {26, 39}}},
		ops: []diff.Op{diff.OpDelete, diff.OpEdit, diff.OpEqual}, minSim: 0.3, maxSim: 0.8},
	{name: "bad given sentences",
		a:      "One two. Three four.",
		b:      "One two. Three five.",
		opt:    &diff.Options{ASentences: []diff.Range{{5, 2}, {-3, 100}, {4, 9}}, BSentences: []diff.Range{{0, 0}}},
		minSim: 0, maxSim: 1},
	{name: "unclosed quote",
		a: "He said: “We will not stop. Nobody asked.", b: "He said: “We will never stop. Nobody asked.",
		del: []string{"not"}, ins: []string{"never"}, minSim: 0.7, maxSim: 0.95},
}

func TestCompare(t *testing.T) {
	for _, tc := range compareCases {
		t.Run(tc.name, func(t *testing.T) {
			r, err := diff.Compare(tc.a, tc.b, tc.opt)
			if err != nil {
				t.Fatalf("Compare: %v", err)
			}
			if err := check(tc.a, tc.b, r); err != nil {
				t.Fatalf("Compare: %v", err)
			}
			if tc.ops != nil {
				var got []diff.Op
				for _, bl := range r.Blocks {
					got = append(got, bl.Op)
				}
				if !equalOps(got, tc.ops) {
					t.Errorf("Compare: got ops %v, want %v", got, tc.ops)
				}
			}
			if r.Similarity < tc.minSim || r.Similarity > tc.maxSim {
				t.Errorf("Similarity: got %.3f, want in [%.2f, %.2f]", r.Similarity, tc.minSim, tc.maxSim)
			}
			for _, w := range tc.del {
				if !hasWord(r, diff.OpDelete, w) {
					t.Errorf("Compare: no deleted word holds %q; blocks %+v", w, r.Blocks)
				}
			}
			for _, w := range tc.ins {
				if !hasWord(r, diff.OpInsert, w) {
					t.Errorf("Compare: no inserted word holds %q; blocks %+v", w, r.Blocks)
				}
			}
			if tc.opt == nil {
				s, err := diff.Compare(tc.b, tc.a, nil)
				if err != nil {
					t.Fatalf("Compare(b, a): %v", err)
				}
				if got, want := opCounts(s), opCounts(r); !swapped(got, want) {
					t.Errorf("Compare(b, a): got op counts %v, want the mirror of %v", got, want)
				}
			}
		})
	}
}

func equalOps(x, y []diff.Op) bool {
	if len(x) != len(y) {
		return false
	}
	for i := range x {
		if x[i] != y[i] {
			return false
		}
	}
	return true
}

func hasWord(r *diff.Result, op diff.Op, s string) bool {
	for _, bl := range r.Blocks {
		for _, w := range bl.Words {
			if w.Op == op && strings.Contains(w.Text, s) {
				return true
			}
		}
	}
	return false
}

func TestCompareTooLarge(t *testing.T) {
	big := strings.Repeat("word ", diff.MaxBytes/5+1)
	for _, tc := range []struct{ name, a, b string }{{"A", big, "x"}, {"B", "x", big}} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := diff.Compare(tc.a, tc.b, nil)
			if !errors.Is(err, diff.ErrTooLarge) {
				t.Errorf("Compare: got error %v, want ErrTooLarge", err)
			}
		})
	}
}

func TestCompareNilOptions(t *testing.T) {
	a, b := "Same text here.", "Same text here."
	r1, _ := diff.Compare(a, b, nil)
	r2, _ := diff.Compare(a, b, &diff.Options{})
	if len(r1.Blocks) != len(r2.Blocks) || r1.Similarity != r2.Similarity {
		t.Errorf("Compare(nil) and Compare(&Options{}) differ: got %+v and %+v", r1, r2)
	}
}
