package report_test

import (
	"bytes"
	"html"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"wirediff/internal/contract"
	"wirediff/internal/engine"
	"wirediff/internal/report"
)

func article(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../analyze/testdata/khamenei-veto.jns.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func render(t *testing.T, c *contract.Comparison) string {
	t.Helper()
	var buf bytes.Buffer
	if err := report.Comparison(&buf, c, "a.txt → b.txt"); err != nil {
		t.Fatalf("Comparison: %v", err)
	}
	return buf.String()
}

var reTag = regexp.MustCompile(`<[^>]*>`)

// visible returns the text a reader sees: tags removed, entities decoded.
func visible(s string) string {
	return html.UnescapeString(reTag.ReplaceAllString(s, ""))
}

// TestReportShowsChanges renders an edited pair and checks that every
// attribution change is listed with a working link to its passage, that an
// altered quote shows its word diff, and that changed words are marked.
func TestReportShowsChanges(t *testing.T) {
	a := article(t)
	b := strings.Replace(a, "“We knew everything”", "“We knew it all”", 1)
	b = strings.Replace(b, "has reportedly dealt", "has dealt", 1)
	c, err := engine.Compare(a, b, engine.Options{Attribution: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.AttributionChanges) == 0 {
		t.Fatal("engine.Compare: no attribution changes to report")
	}
	out := render(t, c)
	text := visible(out)
	if want := report.SummaryLine(c.Summary); !strings.Contains(text, want) {
		t.Errorf("report lacks the summary %q", want)
	}
	for _, ch := range c.AttributionChanges {
		// The row's label stands once, before the detail's own words.
		label, detail, _ := strings.Cut(ch.Detail, ": ")
		if !strings.Contains(text, detail) {
			t.Errorf("report lacks change %q", ch.Detail)
		}
		if strings.Contains(text, ch.Detail) {
			t.Errorf("report repeats the label %q in the row of %q", label, ch.Detail)
		}
		if ch.Block >= 0 {
			link := `href="#block-` + strconv.Itoa(ch.Block) + `"`
			target := `id="block-` + strconv.Itoa(ch.Block) + `"`
			if !strings.Contains(out, link) || !strings.Contains(out, target) {
				t.Errorf("change %q: link %s or its target missing", ch.Kind, link)
			}
		}
	}
	for _, want := range []string{`<del><span class="sr">deleted: </span>everything</del>`, `<ins><span class="sr">inserted: </span>it all</ins>`, `<del><span class="sr">deleted: </span>reportedly </del>`} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %s", want)
		}
	}
	if strings.Contains(strings.ToLower(out), "<script") {
		t.Error("report contains a script element")
	}
}

// TestReportEscapesPastedMarkup checks that markup in the compared texts is
// shown as text, and that the report's own policy forbids scripts.
func TestReportEscapesPastedMarkup(t *testing.T) {
	a := "The minister said the plan was sound.\n<script>alert(1)</script> <img src=x onerror=alert(2)>\n"
	b := "The minister claimed the plan was sound.\n<script>alert(1)</script> <img src=x onerror=alert(3)>\n"
	c, err := engine.Compare(a, b, engine.Options{Attribution: true})
	if err != nil {
		t.Fatal(err)
	}
	out := render(t, c)
	low := strings.ToLower(out)
	for _, bad := range []string{"<script", "<img"} {
		if strings.Contains(low, bad) {
			t.Errorf("report contains %s from the pasted text", bad)
		}
	}
	if !strings.Contains(visible(out), "<img src=x onerror=alert(") {
		t.Error("the pasted markup is not shown as text")
	}
	if !strings.Contains(out, `Content-Security-Policy" content="default-src 'none'`) {
		t.Error("report has no script-forbidding Content-Security-Policy")
	}
}

// TestReportFoldsUnchanged checks that long unchanged passages are folded
// and that every word of the text is still in the report.
func TestReportFoldsUnchanged(t *testing.T) {
	a := article(t)
	c, err := engine.Compare(a, a, engine.Options{Attribution: false})
	if err != nil {
		t.Fatal(err)
	}
	out := render(t, c)
	if !strings.Contains(out, "<details>") {
		t.Error("unchanged passages are not folded")
	}
	text := strings.Join(strings.Fields(visible(out)), " ")
	for _, line := range strings.Split(a, "\n") {
		if l := strings.Join(strings.Fields(line), " "); l != "" && !strings.Contains(text, l) {
			t.Errorf("report lacks the line %q", l)
		}
	}
}

func TestPercent(t *testing.T) {
	for _, c := range []struct {
		in   float64
		want string
	}{{0, "0%"}, {0.004, "<1%"}, {0.5, "50%"}, {0.9991, "99.9%"}, {1, "100%"}} {
		if got := report.Percent(c.in); got != c.want {
			t.Errorf("Percent(%v): got %q, want %q", c.in, got, c.want)
		}
	}
}
