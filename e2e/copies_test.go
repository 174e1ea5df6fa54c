package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"wirediff/internal/testtext"
)

// copyRow is one row of the many-copies table as the page shows it.
type copyRow struct {
	Name  string   `json:"name"`
	Cells []string `json:"cells"`
}

func copyRows(tb *tab) []copyRow {
	tb.t.Helper()
	return eval[[]copyRow](tb, `[...document.querySelectorAll("#cp-table tbody tr")].map((tr) => ({
		name: tr.querySelector(".cp-open").textContent,
		cells: [...tr.querySelectorAll("td")].map((td) => td.textContent),
	}))`)
}

func names(rs []copyRow) string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Name)
	}
	return strings.Join(out, " | ")
}

// addCopy pastes text into the copy box and presses Add copy.
func (tb *tab) addCopy(text string) {
	tb.t.Helper()
	tb.paste("cp-copy", text)
	tb.click("#cp-add")
}

// TestCopiesRanked ranks made copies of the article against it, as a reader
// does: the original pasted, copies pasted and opened from files, Rank;
// then sorts from the keyboard and opens one copy beside the original.
func TestCopiesRanked(t *testing.T) {
	orig := article(t)
	cs := testtext.Copies(orig, 1)
	dir := t.TempDir()
	// A file whose name is markup: it must show as text.
	markupName := `<img src=x onerror="window.__pwned=1">.txt`
	if err := os.WriteFile(filepath.Join(dir, markupName), []byte(cs[3].Text), 0o644); err != nil {
		t.Fatal(err)
	}
	unrelated, err := os.ReadFile("../internal/analyze/testdata/coruna-toolkit.techcrunch.md")
	if err != nil {
		t.Fatal(err)
	}

	tb := newTab(t)
	tb.open("/?test")
	tb.click("#copies > summary")
	tb.paste("cp-original", orig)
	tb.addCopy(cs[2].Text) // Pasted copy 1: quotes altered
	tb.addCopy(string(unrelated))
	tb.addCopy(cs[0].Text) // Pasted copy 3: verbatim
	tb.addCopy(cs[1].Text) // Pasted copy 4: trimmed
	if err := chromedp.Do(tb.ctx, chromedp.SetUploadFiles(chromedp.CSS("#cp-files"), []string{filepath.Join(dir, markupName)})); err != nil {
		t.Fatal(err)
	}
	tb.waitJS(`document.querySelectorAll("#copies .cp-list li").length === 5`, 10*time.Second, "five copies in the list")
	tb.click("#cp-rank")
	tb.waitJS(`document.getElementById("cp-status").textContent.startsWith("Ranked 5 copies")`, 120*time.Second, "the ranking")

	// By similarity, the most faithful first: the verbatim copy, then the
	// quote-altered copy or the trimmed one, the unrelated story last.
	rs := copyRows(tb)
	if len(rs) != 5 || rs[0].Name != "Pasted copy 3" || rs[0].Cells[0] != "100%" || rs[4].Name != "Pasted copy 2" {
		t.Errorf("ranking: got %q (first cells %q), want Pasted copy 3 at 100%% first and Pasted copy 2 last", names(rs), rs[0].Cells)
	}
	if !strings.Contains(names(rs), markupName) || eval[bool](tb, `!!document.querySelector("#cp-table img") || !!window.__pwned`) {
		t.Errorf("the file named %q did not show as text: %q", markupName, names(rs))
	}
	for _, r := range rs {
		if r.Name == "Pasted copy 1" && !strings.Contains(r.Cells[2], "quote-altered") {
			t.Errorf("the quote-altered copy's attribution changes: got %q, want quote-altered counted", r.Cells[2])
		}
	}
	if s := eval[string](tb, `document.querySelector('#cp-table th[aria-sort]').dataset.key + " " + document.querySelector('#cp-table th[aria-sort]').getAttribute("aria-sort")`); s != "similarity descending" {
		t.Errorf("aria-sort: got %q, want similarity descending", s)
	}

	// Sort by name from the keyboard: focus the column's button, press
	// Enter; the focus stays on it and the order follows.
	eval[bool](tb, `(document.querySelector('#cp-table th[data-key="name"] button').focus(), true)`)
	if err := chromedp.Do(tb.ctx, chromedp.KeyEvent("\r")); err != nil {
		t.Fatal(err)
	}
	tb.waitJS(`document.querySelector('#cp-table th[data-key="name"]').getAttribute("aria-sort") === "ascending" && document.activeElement.closest('th[data-key="name"]') !== null`, 5*time.Second, "sorting by name from the keyboard")
	want := markupName + " | Pasted copy 1 | Pasted copy 2 | Pasted copy 3 | Pasted copy 4"
	if got := names(copyRows(tb)); got != want {
		t.Errorf("sorted by name: got %q, want %q", got, want)
	}

	// Open the quote-altered copy: the pairwise view lists the altered quote.
	eval[bool](tb, `([...document.querySelectorAll("#cp-table .cp-open")].find((b) => b.textContent === "Pasted copy 1").focus(), true)`)
	if err := chromedp.Do(tb.ctx, chromedp.KeyEvent("\r")); err != nil {
		t.Fatal(err)
	}
	tb.waitJS(`!!document.querySelector('#cp-pair .wd-changes > li[data-kind="quote-altered"]')`, 60*time.Second, "the pairwise view of the quote-altered copy")
	if got := eval[string](tb, `document.getElementById("cp-pair-title").textContent`); got != "Original → Pasted copy 1" {
		t.Errorf("pairwise title: got %q", got)
	}
}

// TestCopiesStop stops a ranking under way: the copies compared so far stay
// ranked, the rest are dropped, and the page says so.
func TestCopiesStop(t *testing.T) {
	orig := article(t)
	tb := newTab(t)
	tb.open("/?test")
	tb.click("#copies > summary")
	tb.paste("cp-original", orig)
	for i := 0; i < 3; i++ {
		for _, c := range testtext.Copies(orig, i) {
			tb.addCopy(c.Text)
		}
	}
	tb.click("#cp-rank")
	tb.waitJS(`document.querySelectorAll("#cp-table tbody tr").length >= 1`, 60*time.Second, "the first copy ranked")
	tb.click("#cp-stop")
	tb.waitJS(`document.getElementById("cp-status").textContent.startsWith("Stopped:")`, 60*time.Second, "the ranking to stop")
	n := len(copyRows(tb))
	status := eval[string](tb, `document.getElementById("cp-status").textContent`)
	if n == 0 || n >= 12 || !strings.Contains(status, "of 12 copies ranked") {
		t.Errorf("after Stop: %d rows, status %q; want some but not all 12 ranked", n, status)
	}
	if eval[bool](tb, `document.getElementById("cp-rank").disabled || !document.getElementById("cp-stop").hidden`) {
		t.Error("after Stop, Rank is still disabled or Stop still shown")
	}
}
