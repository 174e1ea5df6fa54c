package e2e

import (
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

func TestAnalysisExportAndWords(t *testing.T) {
	a, b := editedPair(t)
	tb := newTab(t)
	downloads := t.TempDir()
	if _, err := chromedp.CallBrowser(tb.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: downloads, EventsEnabled: new(true),
	}); err != nil {
		t.Fatalf("allowing downloads: %v", err)
	}
	tb.open("/")
	tb.compare(a, b)

	// One vocabulary: a jump names a passage, not a paragraph sign; the
	// kind of a changed reporting verb is "cue changed", as in the report.
	jumps := eval[[]string](tb, `[...document.querySelectorAll("#results .wd-go")].map((e) => e.textContent)`)
	passage := regexp.MustCompile(`^passage \d+ ↓$`)
	for _, j := range jumps {
		if !passage.MatchString(j) {
			t.Errorf("a change's jump reads %q, want \"passage N ↓\"", j)
		}
	}
	badges := eval[string](tb, `[...document.querySelectorAll("#results .wd-badge")].map((e) => e.textContent).join("|")`)
	if strings.Contains(badges, "verb changed") || !strings.Contains(badges, "cue changed") {
		t.Errorf("badges %q, want \"cue changed\" for a changed reporting verb", badges)
	}
	if !strings.Contains(eval[string](tb, `document.querySelector(".howto").textContent`), "Furniture") {
		t.Error("no how-to-read-this explains furniture")
	}

	// The analysis of one version, exported as a standalone HTML file.
	tb.clearStatus()
	tb.click("#analyze-a")
	tb.waitJS(`/analyzed in/.test(document.getElementById("status").textContent)`, 60*time.Second, "the analysis")
	path := download(tb, downloads, "#export-html", "wirediff-analysis-", ".html")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	path += ".html"
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(strings.ToLower(string(raw)), "<script") {
		t.Error("the exported analysis contains a script")
	}
	rep := newTab(t)
	rep.goTo("file://" + path)
	if n := eval[int](rep, `document.scripts.length + document.querySelectorAll("[onclick], [onload], [onerror], iframe, object").length`); n != 0 {
		t.Errorf("the exported analysis has %d scripts or handlers", n)
	}
	if txt := eval[string](rep, `document.querySelector(".wd-an-text")?.textContent || ""`); txt != a {
		t.Errorf("the exported analysis shows %d characters of text, want A's %d exactly", len(txt), len(a))
	}
	if n := eval[int](rep, `document.querySelectorAll(".wd-sources li").length`); n == 0 {
		t.Error("the exported analysis lists nobody quoted")
	}
	if bg := eval[string](rep, `getComputedStyle(document.querySelector(".wd-q")).backgroundColor`); bg == "rgba(0, 0, 0, 0)" {
		t.Error("the exported analysis lost its styles: quotations are not marked")
	}
}
