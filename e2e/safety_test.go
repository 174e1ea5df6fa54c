package e2e

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// Markup a reader might paste, knowingly or in copied page source. Each
// sets window.__pwned if it ever runs.
var payloads = []string{
	`<!DOCTYPE html>`,
	`<img src=x onerror="window.__pwned=1">`,
	`<script>window.__pwned=2</script>`,
	`javascript:window.__pwned=3`,
	`<svg onload="window.__pwned=4"><circle r="9"/></svg>`,
	`<a href="javascript:window.__pwned=5">read more</a>`,
	`<iframe srcdoc="<script>parent.__pwned=6</script>"></iframe>`,
	`"><img src=x onerror=window.__pwned=7>`,
	`<style>body{display:none}</style>`,
}

// inert reports what in the document could have come from pasted markup.
const inertJS = `(() => {
	const all = [...document.querySelectorAll("*")];
	const urlAttrs = ["href", "src", "action", "formaction", "srcdoc", "xlink:href"];
	return {
		pwned: typeof window.__pwned,
		imgs: document.querySelectorAll("img").length,
		svgs: document.querySelectorAll("svg").length,
		iframes: document.querySelectorAll("iframe").length,
		styles: document.querySelectorAll("body style").length,
		scripts: [...document.querySelectorAll("script")].map((s) => s.getAttribute("src") || "inline"),
		handlers: all.filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).map((e) => e.tagName),
		jsURLs: all.filter((e) => urlAttrs.some((n) => /^\s*javascript:/i.test(e.getAttribute(n) || ""))).map((e) => e.tagName),
	};
})()`

type inertReport struct {
	Pwned    string   `json:"pwned"`
	Imgs     int      `json:"imgs"`
	Svgs     int      `json:"svgs"`
	Iframes  int      `json:"iframes"`
	Styles   int      `json:"styles"`
	Scripts  []string `json:"scripts"`
	Handlers []string `json:"handlers"`
	JSURLs   []string `json:"jsURLs"`
}

func checkInert(t *testing.T, tb *tab, when string, wantScripts ...string) {
	t.Helper()
	r := eval[inertReport](tb, inertJS)
	if r.Pwned != "undefined" {
		t.Errorf("%s: window.__pwned is %s: pasted markup ran", when, r.Pwned)
	}
	if r.Imgs+r.Svgs+r.Iframes+r.Styles > 0 || len(r.Handlers) > 0 || len(r.JSURLs) > 0 {
		t.Errorf("%s: pasted markup became elements: %+v", when, r)
	}
	if strings.Join(r.Scripts, " ") != strings.Join(wantScripts, " ") {
		t.Errorf("%s: scripts in the page %q, want %q", when, r.Scripts, wantScripts)
	}
}

func TestPastedMarkupStaysText(t *testing.T) {
	art := article(t)
	a := strings.Join(payloads, " ") + "\n" + art
	reversed := make([]string, len(payloads))
	for i, p := range payloads {
		reversed[len(payloads)-1-i] = p
	}
	// B moves the payloads around and puts one where a word was, so that
	// they are rendered as insertions, deletions and changed quotes too.
	b := strings.Join(reversed, "\n") + "\n" + edit(t, art,
		"told Reuters, articulating", "told "+payloads[1]+", articulating",
		"“We do what we need to do.", "“We do "+payloads[4]+" we need to do.",
	)

	downloads := t.TempDir()
	tb := newTab(t)
	// Files are saved under their download GUID, so a test never reads a
	// file another download is still writing.
	if _, err := chromedp.CallBrowser(tb.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: downloads, EventsEnabled: new(true),
	}); err != nil {
		t.Fatalf("allowing downloads: %v", err)
	}
	tb.open("/?test")

	tb.compare(a, b)
	checkInert(t, tb, "after Compare", "web/app.js")
	shown := eval[string](tb, `document.getElementById("results-body").textContent`)
	for _, p := range payloads[1:3] {
		if !strings.Contains(shown, p) {
			t.Errorf("the comparison does not show %q as text", p)
		}
	}
	tb.click(`#results .wd-mode:nth-child(2)`) // inline view
	checkInert(t, tb, "in the inline view", "web/app.js")
	for _, sel := range []string{`#results .wd-changes button`, `#results .wd-move-note button`} {
		eval[bool](tb, `(() => { document.querySelectorAll("`+sel+`").forEach((b) => b.click()); return true; })()`)
	}
	checkInert(t, tb, "after following every change", "web/app.js")

	for _, id := range []string{"analyze-a", "analyze-b"} {
		tb.clearStatus()
		tb.click("#" + id)
		tb.waitJS(`/analyzed in/.test(document.getElementById("status").textContent)`, 60*time.Second, "the analysis")
		if !strings.Contains(eval[string](tb, `document.querySelector("#results .wd-an-text").textContent`), payloads[1]) {
			t.Errorf("%s: the analysis does not show the pasted markup as text", id)
		}
		// The engine notices the doctype; the page passes the notice on.
		if n := eval[string](tb, `document.querySelector("#results .wd-notices")?.textContent || ""`); !strings.Contains(n, "looks like HTML source") {
			t.Errorf("%s: notices %q, want the engine's note that the text looks like HTML source", id, n)
		}
		eval[bool](tb, `(() => { document.querySelectorAll("#results .wd-an-side button").forEach((b) => b.click()); return true; })()`)
		checkInert(t, tb, "after "+id, "web/app.js")
	}

	// Exports of a comparison of the payloads: the JSON keeps them as
	// strings; the HTML report must keep them inert too.
	tb.compare(a, b)
	jsonPath := download(tb, downloads, "#export-json", "wirediff-comparison-", ".json")
	var doc struct {
		Blocks []block `json:"blocks"`
	}
	raw, _ := os.ReadFile(jsonPath)
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatalf("the exported JSON does not parse: %v", err)
	}
	var joined strings.Builder
	for _, bl := range doc.Blocks {
		if bl.B != nil {
			joined.WriteString(bl.B.Text)
		}
	}
	if !strings.Contains(joined.String(), payloads[2]) {
		t.Error("the exported JSON lost the pasted text")
	}
	htmlPath := download(tb, downloads, "#export-html", "wirediff-report-", ".html")
	checkInert(t, tb, "after the exports", "web/app.js")

	// Open the report as a reader would, from disk.
	rep := newTab(t)
	rep.goTo("file://" + htmlPath)
	checkInert(t, rep, "in the exported HTML report")
	if txt := eval[string](rep, `document.body.textContent`); !strings.Contains(txt, "window.__pwned=1") {
		t.Error("the HTML report does not show the pasted markup as text")
	}
}

// download clicks the button css and waits until the file it offers is
// saved, checking its name; it returns the saved file's path.
func download(tb *tab, dir, css, prefix, suffix string) string {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 30*time.Second)
	defer cancel()
	begin := chromedp.BrowserEvents(ctx, browser.DownloadWillBegin)
	progress := chromedp.BrowserEvents(ctx, browser.DownloadProgress)
	tb.click(css)
	var guid string
	for ev, err := range begin {
		if err != nil {
			tb.t.Fatalf("%s offered no download: %v (page says: %s)", css, err, eval[string](tb, `document.getElementById("status").textContent + " | " + document.getElementById("alert").textContent`))
		}
		if !strings.HasPrefix(ev.SuggestedFilename, prefix) || !strings.HasSuffix(ev.SuggestedFilename, suffix) {
			tb.t.Errorf("%s offered %q, want %s…%s", css, ev.SuggestedFilename, prefix, suffix)
		}
		guid = ev.GUID
		break
	}
	for ev, err := range progress {
		if err != nil {
			tb.t.Fatalf("the download from %s did not finish: %v", css, err)
		}
		if ev.GUID != guid {
			continue
		}
		if ev.State == browser.DownloadProgressStateCanceled {
			tb.t.Fatalf("the download from %s was cancelled", css)
		}
		if ev.State == browser.DownloadProgressStateCompleted {
			break
		}
	}
	return filepath.Join(dir, guid)
}
