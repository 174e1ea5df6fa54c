package e2e

import (
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"wirediff/internal/serve"
)

// harbour reads a story written for the attribution tests: "wire" (a wire
// report) or "rewrite" (a rewrite of it that inflates a source, invents a
// quotation and credits the wire with a claim it never made).
func harbour(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("../internal/attrdiff/testdata/harbour-" + name + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// storm is a report that has nothing to do with the harbour story.
const storm = "A storm knocked out power to thousands of homes in the north, the utility said on Sunday.\n\nCrews expect to restore it by Friday, a spokeswoman for the company added."

// labelledChange is a change row as a reader sees it: its kind, its
// direction (data and words) and its visible text without the labels kept
// for screen readers.
type labelledChange struct {
	Kind      string `json:"kind"`
	Direction string `json:"direction"`
	DirWords  string `json:"dirWords"`
	Visible   string `json:"visible"`
}

func labelledChanges(tb *tab, root string) []labelledChange {
	tb.t.Helper()
	return eval[[]labelledChange](tb, fmt.Sprintf(`[...%s.querySelectorAll(".wd-attr .wd-changes > li")].map((li) => {
		const c = li.cloneNode(true);
		c.querySelectorAll(".wd-vh").forEach((x) => x.remove());
		const d = li.querySelector(".wd-direction");
		return { kind: li.dataset.kind, direction: li.dataset.direction, dirWords: d ? d.getAttribute("aria-label") + "|" + d.textContent : "", visible: c.textContent };
	})`, root))
}

// checkFindings checks the rewrite's change rows: the phantom credit and
// the invented quotation first, each saying in words that B makes the claim
// look stronger, and the inflated source with one label.
func checkFindings(t *testing.T, where string, rows []labelledChange) {
	t.Helper()
	if len(rows) < 3 {
		t.Fatalf("%s: %d change rows, want the rewrite's findings: %+v", where, len(rows), rows)
	}
	// The phantom credits come first, then the invented quotation.
	k := 0
	for k < len(rows) && rows[k].Kind == "phantom" {
		k++
	}
	for i, r := range rows[:k+1] {
		want := "phantom"
		if i == k {
			want = "quote-invented"
		}
		if r.Kind != want || r.Direction != "stronger" || !strings.Contains(r.DirWords, "B makes the claim look stronger") {
			t.Errorf("%s: row %d is %+v, want %s, stronger, with the direction in words", where, i, r, want)
		}
	}
	if k == 0 {
		t.Errorf("%s: the first row is %+v, want a phantom credit", where, rows[0])
	}
	found := false
	for _, r := range rows {
		if strings.Contains(r.Visible, "+senior") {
			found = true
			if n := strings.Count(r.Visible, "source inflated"); n != 1 || r.Direction != "stronger" {
				t.Errorf("%s: the inflated source's row %q says its label %d times (want 1), direction %q", where, r.Visible, n, r.Direction)
			}
		}
	}
	if !found {
		t.Errorf("%s: no row shows the source inflated with +senior: %+v", where, rows)
	}
}

// TestFindingsOnPage compares the wire story with its rewrite on the page,
// exports the HTML report and opens it, and compares the wire story with a
// different report.
func TestFindingsOnPage(t *testing.T) {
	downloads := t.TempDir()
	tb := newTab(t)
	if _, err := chromedp.CallBrowser(tb.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: downloads, EventsEnabled: new(true),
	}); err != nil {
		t.Fatalf("allowing downloads: %v", err)
	}
	tb.open("/?test")
	tb.compare(harbour(t, "wire"), harbour(t, "rewrite"))
	checkFindings(t, "the page", labelledChanges(tb, "document.getElementById('results')"))
	if p := screenshotPath("-findings"); p != "" {
		eval[bool](tb, `(document.querySelector("#results .wd-attr").scrollIntoView(), true)`)
		tb.screenshot(p)
	}
	if s := eval[string](tb, `document.querySelector("#results .wd-summary").textContent`); !strings.Contains(s, "1 phantom credit to the original") || !strings.Contains(s, "1 quote invented") {
		t.Errorf("summary %q does not count the phantom credit and the invented quote", s)
	}

	// The download is saved under its GUID; opened as .html, it is read as
	// the page a reader opens.
	saved, err := os.ReadFile(download(tb, downloads, "#export-html", "wirediff-report-", ".html"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(downloads, "report.html")
	if err := os.WriteFile(path, saved, 0o644); err != nil {
		t.Fatal(err)
	}
	rep := newTab(t)
	rep.goTo("file://" + path)
	kinds := eval[[]string](rep, `[...document.querySelectorAll("li[data-kind]")].map((li) => li.dataset.kind + ": " + li.textContent)`)
	if len(kinds) < 2 || !strings.HasPrefix(kinds[0], "phantom: phantom creditB makes the claim look stronger") ||
		!strings.HasPrefix(kinds[1], "quote-invented: quote inventedB makes the claim look stronger") {
		t.Errorf("the exported report lists %q, want the phantom credit and then the invented quote, each with its direction", kinds)
	}

	tb.compare(harbour(t, "wire"), storm)
	msg := eval[string](tb, `document.querySelector("#results .wd-unrelated")?.textContent || ""`)
	if !strings.Contains(msg, "not versions of one report") {
		t.Errorf("two different reports: the page says %q, want that they are not versions of one report", msg)
	}
	if n := eval[int](tb, `document.querySelectorAll("#results .wd-changes > li").length`); n != 0 {
		t.Errorf("two different reports: the page lists %d changes, want none", n)
	}
}

// TestFindingsInEmbed embeds the comparison in a blog post, with the
// versions named by label-a and label-b: B's credit to A by that name is
// checked against A.
func TestFindingsInEmbed(t *testing.T) {
	skipUnlessBrowser(t)
	files := serve.Handler(os.Getenv("WIREDIFF_DIST"))
	wd := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		files.ServeHTTP(w, r)
	}))
	defer wd.Close()
	a := harbour(t, "wire")
	b := harbour(t, "rewrite") + "\nThe mayor of Rotterdam resigned over the strike, Harbour Wire reported.\n"
	blog := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!doctype html><title>A blog</title>
<script type="module" src="%s/web/embed.js"></script>
<wirediff-compare id="c" label-a="Harbour Wire" label-b="Daily"><blockquote data-version="a">%s</blockquote><blockquote data-version="b">%s</blockquote></wirediff-compare>
<wirediff-compare id="u"><blockquote data-version="a">%s</blockquote><blockquote data-version="b">%s</blockquote></wirediff-compare>`,
			wd.URL, html.EscapeString(a), html.EscapeString(b), html.EscapeString(a), html.EscapeString(storm))
	}))
	defer blog.Close()

	tb := newTab(t)
	tb.goTo(blog.URL)
	root := `document.getElementById("c").shadowRoot`
	tb.waitJS(`!!`+root+`?.querySelector(".wd-changes")`, 90*time.Second, "the embedded comparison")
	rows := labelledChanges(tb, root)
	checkFindings(t, "the embed", rows)
	labelled := false
	for _, r := range rows {
		labelled = labelled || (r.Kind == "phantom" && strings.Contains(r.Visible, "“Harbour Wire”"))
	}
	if !labelled {
		t.Errorf("the embed does not list B's credit to “Harbour Wire” (label-a) as phantom: %+v", rows)
	}
	uroot := `document.getElementById("u").shadowRoot`
	tb.waitJS(`!!`+uroot+`?.querySelector(".wd-unrelated")`, 90*time.Second, "the embed of two different reports to say so")
	if n := eval[int](tb, uroot+`.querySelectorAll(".wd-changes > li").length`); n != 0 {
		t.Errorf("the embed of two different reports lists %d changes, want none", n)
	}
}
