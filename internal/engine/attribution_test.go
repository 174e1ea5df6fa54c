package engine_test

import (
	"strings"
	"testing"

	"wirediff/internal/contract"
	"wirediff/internal/engine"
)

// TestAttributionChanges runs edited versions of the real article through
// the engine and checks that each change in sourcing reaches the contract:
// the kind, the indexes into both analyses, and the aligned block holding
// the change on the B side.
func TestAttributionChanges(t *testing.T) {
	a := article(t)
	cases := []struct {
		name, old, new, kind string
	}{
		{"cue", "Prime Minister Netanyahu dismissed speculation", "Prime Minister Netanyahu claimed speculation", "cue-changed"},
		{"hedge", "has reportedly dealt", "has dealt", "hedge-removed"},
		{"source", "one senior administration official told Reuters", "one administration official told Reuters", "source-changed"},
		{"via", "one senior administration official told Reuters,", "one senior administration official said,", "via-changed"},
		{"quote", "“We knew everything”", "“We knew nearly everything”", "quote-altered"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(a, tc.old) {
				t.Fatalf("the article has no %q", tc.old)
			}
			b := strings.Replace(a, tc.old, tc.new, 1)
			c, err := engine.Compare(a, b, engine.Options{Attribution: true})
			if err != nil {
				t.Fatal(err)
			}
			var found *contract.AttributionChange
			for i, ch := range c.AttributionChanges {
				if ch.Kind == tc.kind {
					found = &c.AttributionChanges[i]
				}
			}
			if found == nil {
				t.Fatalf("no %s change; got %+v", tc.kind, c.AttributionChanges)
			}
			if found.A != nil && (*found.A < 0 || *found.A >= len(c.A.Attributions)) {
				t.Errorf("a index %d out of range", *found.A)
			}
			if found.B != nil && (*found.B < 0 || *found.B >= len(c.B.Attributions)) {
				t.Errorf("b index %d out of range", *found.B)
			}
			if found.Block < 0 || found.Block >= len(c.Blocks) {
				t.Fatalf("block %d out of range", found.Block)
			}
			bl := c.Blocks[found.Block]
			if bl.B == nil || !strings.Contains(bl.B.Text, firstWords(tc.new)) {
				t.Errorf("block %d (%+v) does not hold %q", found.Block, bl.B, tc.new)
			}
			if tc.kind == "quote-altered" && !hasInsert(found.Words, "nearly") {
				t.Errorf("quote-altered words %+v lack the inserted “nearly”", found.Words)
			}
			if c.Summary == nil {
				t.Fatal("no summary")
			}
		})
	}
}

// TestRetypedIsNoChange compares the article with itself re-typed: straight
// quotes, CRLF, no-break spaces. None of it is a change in sourcing.
func TestRetypedIsNoChange(t *testing.T) {
	a := article(t)
	b := strings.NewReplacer("“", `"`, "”", `"`, "’", "'", "\n", "\r\n", " of ", " of\u00a0").Replace(a)
	c, err := engine.Compare(a, b, engine.Options{Attribution: true})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(c.AttributionChanges) + len(c.EntityChanges) + len(c.NumberChanges) + len(c.TitleChanges); n > 0 {
		t.Errorf("got %d changes: %+v %+v %+v %+v", n, c.AttributionChanges, c.EntityChanges, c.NumberChanges, c.TitleChanges)
	}
	if c.Summary == nil || c.Summary.QuotesVerbatim == 0 {
		t.Errorf("summary %+v: want the quotes kept verbatim", c.Summary)
	}
}

// TestNoAttribution checks that the wording diff alone carries no
// attribution results.
func TestNoAttribution(t *testing.T) {
	a := article(t)
	c, err := engine.Compare(a, strings.Replace(a, "has reportedly dealt", "has dealt", 1), engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.AttributionChanges) != 0 || c.Summary != nil || len(c.A.Attributions) != 0 {
		t.Errorf("attribution off: got changes %+v, summary %+v", c.AttributionChanges, c.Summary)
	}
	if len(c.A.Sentences) == 0 || len(c.Blocks) == 0 {
		t.Error("attribution off: no sentences or blocks")
	}
}

func firstWords(s string) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(2, len(f))], " ")
}

func hasInsert(ws []contract.Word, s string) bool {
	for _, w := range ws {
		if w.Op == "insert" && strings.Contains(w.Text, s) {
			return true
		}
	}
	return false
}

// TestUnattributed checks the list of claims that carry no source: a bare
// claim is listed; an attributed one, a continued quotation, a question and
// a note that someone declined to comment are not.
func TestUnattributed(t *testing.T) {
	text := "Sterling rose 0.3% against the dollar after the data.\n" +
		"“It’s a good day,” said Paul Dales, chief economist at Capital Economics. “But one quarter doesn’t make a recovery.”\n" +
		"Officials said the Treasury was preparing new measures.\n" +
		"Will the recovery last into next year?\n" +
		"A spokesperson for the Bank of England declined to comment.\n"
	a, err := engine.Analyze(text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, i := range a.Unattributed {
		got = append(got, a.Sentences[i].Text)
	}
	if len(got) != 1 || !strings.HasPrefix(got[0], "Sterling rose") {
		t.Errorf("unattributed: got %q, want only the Sterling sentence", got)
	}
	c, err := engine.Compare(text, text, engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c.A.Unattributed != nil {
		t.Errorf("attribution off: unattributed %v, want null", c.A.Unattributed)
	}
}
