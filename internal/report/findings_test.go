package report_test

import (
	"os"
	"strings"
	"testing"

	"wirediff/internal/engine"
	"wirediff/internal/report"
)

// harbour reads one of the test stories written for the attribution diff.
func harbour(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("../attrdiff/testdata/harbour-" + name + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestReportFindings: the rewrite's phantom credit and invented quotation
// are in the report, first, each with one label and its direction in words.
func TestReportFindings(t *testing.T) {
	c, err := engine.Compare(harbour(t, "wire"), harbour(t, "rewrite"), engine.Options{Attribution: true})
	if err != nil {
		t.Fatal(err)
	}
	text := visible(render(t, c))
	for _, want := range []string{
		"phantom creditB makes the claim look stronger“the Reuters report” (noted) is credited with",
		"quote inventedB makes the claim look stronger“constant contact” is in quotation marks in B",
		"source inflatedB makes the claim look stronger+senior (“The officials” → “The senior U.S. officials”)",
		"1 phantom credit to the original · 1 quote invented",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if p, q := strings.Index(text, "phantom credit"), strings.Index(text, "quote → paraphrase"); p < 0 || q < 0 || p > q {
		t.Errorf("the phantom credit (at %d) is not listed before the quote turned into paraphrase (at %d)", p, q)
	}
}

// TestReportUnrelated: two different reports get no attribution list, and
// the report says why.
func TestReportUnrelated(t *testing.T) {
	storm := "A storm knocked out power to thousands of homes in the north, the utility said. Crews expect to restore it by Friday, a spokeswoman added."
	c, err := engine.Compare(harbour(t, "wire"), storm, engine.Options{Attribution: true})
	if err != nil {
		t.Fatal(err)
	}
	if !c.Unrelated {
		t.Fatalf("unrelated: got false (similarity %v), want true", c.Similarity)
	}
	text := visible(render(t, c))
	if want := report.UnrelatedLine(c.Similarity); !strings.Contains(text, want) {
		t.Errorf("report lacks %q", want)
	}
	if strings.Contains(text, "attribution dropped") {
		t.Error("the report of two different reports lists dropped attributions")
	}
}
