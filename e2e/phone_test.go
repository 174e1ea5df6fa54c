package e2e

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

func TestPhoneWidth(t *testing.T) {
	tb := newTab(t)
	if err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(360, 740, chromedp.EmulateScale(2), chromedp.EmulateMobile)); err != nil {
		t.Fatalf("emulating a phone: %v", err)
	}
	tb.open("/")
	overflow := func(when string) {
		t.Helper()
		w := eval[int](tb, `document.documentElement.scrollWidth`)
		if w > 360 {
			wide := eval[[]string](tb, `[...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > 361).slice(0, 5).map((e) => e.tagName + "." + e.className)`)
			t.Errorf("%s: the page is %d px wide at a 360 px screen; too wide: %q", when, w, wide)
		}
	}
	overflow("empty page")

	// The sample pair, loaded with the page's own button.
	tb.click("#sample")
	tb.waitJS(`document.getElementById("text-b").value.length > 1000`, 10*time.Second, "the sample texts")
	tb.clearStatus()
	tb.click("#compare")
	tb.waitJS(`document.getElementById("status").textContent.startsWith("Compared in")`, 60*time.Second, "the comparison")
	overflow("comparison, inline view")
	tb.click(`#results .wd-mode:nth-child(1)`)
	overflow("comparison, side by side (stacked)")
	// Stacked: B's cell sits below A's, not beside it.
	if !eval[bool](tb, `(() => { const r = document.querySelector("#results .wd-row.wd-op-edit"); const a = r.querySelector(".wd-a").getBoundingClientRect(), b = r.querySelector(".wd-b").getBoundingClientRect(); return b.top >= a.bottom - 1; })()`) {
		t.Error("at phone width the B side of a pair is not stacked under A")
	}
	if p := screenshotPath("-phone"); p != "" {
		eval[bool](tb, `(window.scrollTo(0, 0), true)`)
		tb.screenshot(p)
	}

	tb.clearStatus()
	tb.click("#analyze-a")
	tb.waitJS(`/analyzed in/.test(document.getElementById("status").textContent)`, 60*time.Second, "the analysis")
	overflow("analysis")
	// Who is quoted comes first, not below the whole article.
	if !eval[bool](tb, `document.querySelector("#results .wd-an-side").getBoundingClientRect().top < document.querySelector("#results .wd-an-text").getBoundingClientRect().top`) {
		t.Error("at phone width the analysis puts the article before who is quoted")
	}
	// Unsourced sentences are tinted in the text.
	if n := eval[int](tb, `document.querySelectorAll("#results .wd-an-text .wd-unsourced").length`); n == 0 {
		t.Error("no unsourced sentence is tinted in the analysed text")
	}
}
