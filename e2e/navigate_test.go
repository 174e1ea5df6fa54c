package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

func TestFindYourWay(t *testing.T) {
	a, b := editedPair(t)
	tb := newTab(t)
	tb.open("/?test")
	tb.compare(a, b)

	if id := eval[string](tb, `document.activeElement.id`); id != "results-title" {
		t.Errorf("after Compare focus is on #%s, want the results' title", id)
	}
	if top := eval[float64](tb, `document.getElementById("results").getBoundingClientRect().top`); top < -1 || top > 200 {
		t.Errorf("after Compare the results start %v px from the top of the window, want them scrolled into view", top)
	}

	n := eval[int](tb, `document.querySelectorAll("#results .wd-attr .wd-changes > li").length`)
	if n < 3 {
		t.Fatalf("the edited pair lists %d attribution changes, want at least 3", n)
	}
	counter := func() string { return eval[string](tb, `document.querySelector("#results .nav-count").textContent`) }
	if c := counter(); c != fmt.Sprintf("%d changes", n) {
		t.Errorf("the bar's counter = %q before moving, want %d changes", c, n)
	}
	tb.click("#results .nav-next")
	if c := counter(); c != fmt.Sprintf("1 / %d", n) {
		t.Errorf("after Next the counter = %q, want 1 / %d", c, n)
	}
	first := eval[int](tb, `Number(document.querySelector("#results .wd-attr .wd-changes > li button").dataset.block)`)
	if got := eval[string](tb, `document.activeElement.id`); got != fmt.Sprintf("cmp-row-%d", first) {
		t.Errorf("after Next focus is on #%s, want the first change's passage cmp-row-%d", got, first)
	}
	tb.click("#results .nav-prev")
	if c := counter(); c != fmt.Sprintf("%d / %d", n, n) {
		t.Errorf("Previous from the first change: counter = %q, want %d / %d (it wraps)", c, n, n)
	}
	// The bar stays in view when the reader scrolls down the text.
	eval[bool](tb, `(document.querySelector("#results .wd-diff").lastElementChild.scrollIntoView(), true)`)
	if top := eval[float64](tb, `document.querySelector("#results .nav-bar").getBoundingClientRect().top`); top < -1 || top > 5 {
		t.Errorf("scrolled to the end of the text, the bar is at %v px, want it stuck to the top", top)
	}

	// Filter by kind.
	kind := eval[string](tb, `document.querySelector("#results .wd-attr .wd-changes > li").dataset.kind`)
	eval[bool](tb, fmt.Sprintf(`(() => { const s = document.querySelector("#results .nav-filter"); s.value = %q; s.dispatchEvent(new Event("change")); return true; })()`, kind))
	shown := eval[[]string](tb, `[...document.querySelectorAll("#results .wd-attr .wd-changes > li")].filter((li) => li.getClientRects().length > 0).map((li) => li.dataset.kind)`)
	if len(shown) == 0 || len(shown) == n {
		t.Errorf("filtered to %q, %d of %d changes show", kind, len(shown), n)
	}
	for _, k := range shown {
		if k != kind {
			t.Errorf("filtered to %q, a %q change still shows", kind, k)
		}
	}
	if c := counter(); c != fmt.Sprintf("%d change", len(shown)) && c != fmt.Sprintf("%d changes", len(shown)) {
		t.Errorf("filtered, the counter = %q, want it to count %d", c, len(shown))
	}

	// Changes only.
	equal := `[...document.querySelectorAll("#results .wd-row.wd-op-equal, #results .wd-row.wd-fold")].filter((r) => r.getClientRects().length > 0).length`
	if eval[int](tb, equal) == 0 {
		t.Fatal("the edited pair shows no unchanged passage to hide")
	}
	tb.click("#results .nav-only")
	if v := eval[int](tb, equal); v != 0 {
		t.Errorf("with Changes only, %d unchanged passages still show", v)
	}
	if eval[int](tb, `[...document.querySelectorAll("#results .wd-row.wd-op-edit")].filter((r) => r.getClientRects().length > 0).length`) == 0 {
		t.Error("with Changes only, no edited passage shows")
	}

	// Swap A and B: the boxes change places and the comparison runs again.
	tb.clearStatus()
	tb.click("#swap")
	tb.waitJS(`document.getElementById("status").textContent.startsWith("Compared in")`, 60*time.Second, "the swapped comparison")
	if got := eval[[]string](tb, `[document.getElementById("text-a").value, document.getElementById("text-b").value]`); got[0] != b || got[1] != a {
		t.Error("Swap did not exchange the two texts")
	}
}

func TestUnrelatedBanner(t *testing.T) {
	a, b := editedPair(t)
	tb := newTab(t)
	tb.open("/?test")
	// A comparison the engine marked as unrelated, opened as a saved file.
	js := eval[string](tb, fmt.Sprintf(`window.__wirediffEngine.compare(%s, %s).then((c) => JSON.stringify({...c, unrelated: true}))`, jsString(a), jsString(b)))
	path := filepath.Join(t.TempDir(), "unrelated.json")
	if err := os.WriteFile(path, []byte(js), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(tb.ctx, chromedp.SetUploadFiles(chromedp.CSS("#file-a"), []string{path})); err != nil {
		t.Fatal(err)
	}
	tb.waitJS(`!!document.querySelector("#results .wd-summary")`, 30*time.Second, "the saved comparison")
	banner := eval[string](tb, `document.querySelector("#results .unrelated-banner")?.textContent || ""`)
	if !strings.Contains(banner, "not versions of one story") {
		t.Errorf("unrelated texts: banner %q", banner)
	}
	if n := eval[int](tb, `document.querySelectorAll("#results .wd-attr .wd-changes li").length`); n != 0 {
		t.Errorf("unrelated texts: %d changes listed, want none", n)
	}
}

func TestFoldByWords(t *testing.T) {
	long := "The committee heard from several witnesses over the course of the long afternoon session, including engineers, local residents, two former officials of the water authority and a hydrologist who had studied the river basin for more than twenty years before the flooding began in the spring. Each of them described the same sequence of failures at the old dam, and each asked the council to publish the inspection reports it had kept from the public."
	a := "The council met on Monday.\n\n" + long + "\n\nThe meeting ended late.\n\nThe mayor said the plan would be approved."
	b := "The council met on Monday.\n\n" + long + "\n\nThe meeting ended late.\n\nThe mayor claimed the plan would be approved."
	tb := newTab(t)
	tb.open("/")
	tb.compare(a, b)
	label := eval[string](tb, `document.querySelector("#results .wd-fold-btn")?.textContent || ""`)
	if !regexp.MustCompile(`^\d\d unchanged words — show$`).MatchString(label) {
		t.Fatalf("a long unchanged passage: fold %q, want it folded with its word count", label)
	}
	tb.click("#results .wd-fold-btn")
	if !strings.Contains(eval[string](tb, `document.querySelector("#results .wd-diff").textContent`), "hydrologist") {
		t.Error("opening the fold did not show the folded passage")
	}
}
