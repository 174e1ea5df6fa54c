package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// setField types value into an input the way a reader does: the value
// changes and an input event fires.
func (tb *tab) setField(id, value string) {
	tb.t.Helper()
	eval[chromedp.Void](tb, fmt.Sprintf(`(() => {
		const el = document.getElementById(%q);
		el.value = %s;
		el.dispatchEvent(new InputEvent("input", {bubbles: true}));
	})()`, id, jsString(value)))
}

// openDocs opens the list of saved documents (closed, it only counts them).
func openDocs(tb *tab) {
	tb.t.Helper()
	eval[bool](tb, `(document.getElementById("docs").open = true, true)`)
}

// waitSaved waits until both boxes are stored in the browser.
func (tb *tab) waitSaved() {
	tb.t.Helper()
	tb.waitJS(`["text-a", "text-b"].every((id) => document.getElementById(id).dataset.saved === "true")`, 10*time.Second, "both boxes to be saved")
}

func docNames(tb *tab) []string {
	tb.t.Helper()
	openDocs(tb)
	return eval[[]string](tb, `[...document.querySelectorAll("#docs-list .docs-item .docs-name")].map((e) => e.textContent)`)
}

// emptyWorkspace opens the page with no saved documents: the browser's
// profile is shared by every test.
func (tb *tab) emptyWorkspace() {
	tb.t.Helper()
	tb.navigate("/")
	eval[bool](tb, `new Promise((resolve, reject) => {
		const req = indexedDB.open("wirediff");
		req.onerror = () => reject(req.error);
		req.onsuccess = () => {
			const db = req.result;
			const names = [...db.objectStoreNames];
			if (names.length === 0) { db.close(); resolve(true); return; }
			const tx = db.transaction(names, "readwrite");
			names.forEach((n) => tx.objectStore(n).clear());
			tx.oncomplete = () => { db.close(); resolve(true); };
			tx.onerror = () => reject(tx.error);
		};
	})`)
	tb.navigate("/")
}

func TestReloadKeepsDocuments(t *testing.T) {
	tb := newTab(t)
	tb.emptyWorkspace()
	a := "First version. The minister said the talks would resume, officials told Reuters.\n\nסוף הדיווח. 🙂"
	b := "Second version. The minister claimed the talks would resume, according to one official."
	tb.paste("text-a", a)
	tb.paste("text-b", b)
	tb.setField("name-a", "Reuters")
	tb.setField("date-a", "2025-06-16")
	tb.setField("url-a", "https://example.com/a")
	tb.setField("name-b", "The Daily")
	tb.waitSaved()

	tb.navigate("/")
	tb.waitJS(`document.getElementById("text-a").value.length > 0 && document.getElementById("text-b").value.length > 0`, 10*time.Second, "the texts to come back")
	got := eval[[]string](tb, `["text-a", "text-b", "name-a", "date-a", "url-a", "name-b"].map((id) => document.getElementById(id).value)`)
	want := []string{a, b, "Reuters", "2025-06-16", "https://example.com/a", "The Daily"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("after a reload field %d = %q, want %q", i, got[i], want[i])
		}
	}
	tb.waitJS(`document.getElementById("count-a").textContent === "15 words"`, 5*time.Second, "A's word count after the reload")

	// A paste over the whole of A starts a new document; the old one stays listed.
	tb.paste("text-a", "A third text, pasted over the first.")
	tb.waitSaved()
	openDocs(tb)
	tb.waitJS(`document.querySelectorAll("#docs-list .docs-item").length >= 3`, 10*time.Second, "three documents in the list")
	names := docNames(tb)
	if !has(names, "Reuters") || !has(names, "The Daily") {
		t.Errorf("documents listed %q, want Reuters and The Daily among them", names)
	}

	// Reopen Reuters in A from the list.
	eval[bool](tb, `(document.querySelector("#docs").open = true, true)`)
	sel := func(name string) string {
		return fmt.Sprintf(`[...document.querySelectorAll("#docs-list .docs-item")].find((li) => li.querySelector(".docs-name")?.textContent === %s)`, jsString(name))
	}
	eval[bool](tb, sel("Reuters")+`.querySelector(".docs-open-a").click() || true`)
	if v := eval[string](tb, `document.getElementById("text-a").value`); v != a {
		t.Errorf("Open in A put %q in A, want the Reuters text", short(v))
	}

	// Rename The Daily, then delete it.
	eval[bool](tb, sel("The Daily")+`.querySelector(".docs-rename").click() || true`)
	tb.waitJS(`!!document.querySelector("#docs-list .docs-rename-input")`, 5*time.Second, "the rename field")
	eval[bool](tb, `(() => { const i = document.querySelector("#docs-list .docs-rename-input"); i.value = "The Daily (updated)"; i.dispatchEvent(new KeyboardEvent("keydown", {key: "Enter"})); return true; })()`)
	tb.waitJS(`!!(`+sel("The Daily (updated)")+`)`, 10*time.Second, "the renamed document")
	if v := eval[string](tb, `document.getElementById("name-b").value`); v != "The Daily (updated)" {
		t.Errorf("after renaming B's document, B's name field = %q", v)
	}
	n := len(docNames(tb))
	eval[bool](tb, sel("The Daily (updated)")+`.querySelector(".docs-delete").click() || true`)
	tb.waitJS(fmt.Sprintf(`document.querySelectorAll("#docs-list .docs-item").length === %d`, n-1), 10*time.Second, "the document to be deleted")
	if has(docNames(tb), "The Daily (updated)") {
		t.Error("a deleted document is still listed")
	}
}

func TestShareLinkRoundTrip(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	// Texts a link must carry exactly: Hebrew and Arabic, emoji with
	// joiners and skin tones, CJK, combining marks, tabs, trailing spaces.
	a := "The minister said on Tuesday that talks would resume.\n\nהשר אמר כי השיחות יתחדשו. قال الوزير إن المحادثات ستستأنف.\n\n👩🏽‍💻 🇮🇱 — 「東京で会談が再開される」と当局者は述べた。 e\u0301\tend  "
	b := "The minister claimed on Tuesday that talks would resume, officials said.\n\n東京、北京、서울. 🙂🙃 \u202bRTL embed\u202c"
	tb.paste("text-a", a)
	tb.paste("text-b", b)
	tb.setField("name-a", "Outlet א")
	tb.setField("name-b", "媒体 B")
	tb.setField("date-b", "2025-06-17")
	tb.click("#share")
	tb.waitJS(`!document.getElementById("share-box").hidden`, 10*time.Second, "the share link")
	link := eval[string](tb, `document.getElementById("share-url").value`)
	if !strings.Contains(link, "#c=") || len(link) > 40000 {
		t.Fatalf("share link = %q", short(link))
	}

	other := newTab(t)
	other.goTo(link)
	other.waitJS(`document.getElementById("status").textContent.startsWith("Compared in")`, 90*time.Second, "the shared comparison")
	got := eval[[]string](other, `["text-a", "text-b", "name-a", "name-b", "date-b"].map((id) => document.getElementById(id).value)`)
	want := []string{a, b, "Outlet א", "媒体 B", "2025-06-17"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("from the link, field %d = %q, want %q", i, got[i], want[i])
		}
	}
	if h := eval[string](other, `location.hash`); h != "" {
		t.Errorf("after opening, the address still holds the texts: %q", short(h))
	}
	if title := eval[string](other, `document.getElementById("results-title").textContent`); !strings.Contains(title, "Outlet א") || !strings.Contains(title, "媒体 B") {
		t.Errorf("results title = %q, want both names", title)
	}

	// Too long for a link: the page says so and points to the export.
	noise := make([]byte, 0, 60000)
	x := uint32(7)
	for len(noise) < 60000 {
		x = x*1664525 + 1013904223
		noise = append(noise, "abcdefghijklmnopqrstuvwxyz ,."[x>>27%29])
	}
	tb.paste("text-b", string(noise))
	tb.click("#share")
	tb.waitJS(`!document.getElementById("alert").hidden`, 10*time.Second, "the too-long message")
	if msg := eval[string](tb, `document.getElementById("alert").textContent`); !strings.Contains(msg, "too long for a link") || !strings.Contains(msg, "Export JSON") {
		t.Errorf("too long for a link: alert = %q", msg)
	}
}

func TestFilesOpen(t *testing.T) {
	tb := newTab(t)
	tb.open("/?test")
	dir := t.TempDir()
	page := `<!doctype html><html><head><title>Talks to resume</title>
<script>window.__pwned = 1; document.title = "pwned";</script>
<style>body { display: none }</style></head>
<body onload="window.__pwned = 2"><nav>Home · World · Sport</nav>
<article><h1>Talks to resume</h1>
<p>The minister said on Tuesday that talks would resume next week, two officials told reporters.</p>
<p>An opposition spokesman called the plan a delay. <img src="x" onerror="window.__pwned = 3"></p>
<script>window.__pwned = 4</script></article><footer>Copyright</footer></body></html>`
	htmlPath := filepath.Join(dir, "saved page.html")
	if err := os.WriteFile(htmlPath, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(tb.ctx, chromedp.SetUploadFiles(chromedp.CSS("#file-a"), []string{htmlPath})); err != nil {
		t.Fatalf("opening the file: %v", err)
	}
	tb.waitJS(`document.getElementById("text-a").value.includes("next week, two officials")`, 60*time.Second, "the article text of the saved page")
	text := eval[string](tb, `document.getElementById("text-a").value`)
	for _, gone := range []string{"__pwned", "display: none", "Home · World", "Copyright", "<"} {
		if strings.Contains(text, gone) {
			t.Errorf("the opened page's text keeps %q: %q", gone, text)
		}
	}
	if !strings.Contains(text, "An opposition spokesman called the plan a delay.") {
		t.Errorf("the opened page's text lost a paragraph: %q", text)
	}
	if v := eval[string](tb, `document.getElementById("name-a").value`); v != "Talks to resume" {
		t.Errorf("A's name from the page title = %q", v)
	}

	// The same page dropped on B.
	eval[bool](tb, fmt.Sprintf(`(() => {
		const dt = new DataTransfer();
		dt.items.add(new File([%s], "dropped.html", {type: "text/html"}));
		document.getElementById("text-b").dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
		return true;
	})()`, jsString(strings.Replace(page, "next week", "next month", 1))))
	tb.waitJS(`document.getElementById("text-b").value.includes("next month")`, 60*time.Second, "the dropped page's text")
	checkInert(t, tb, "after opening and dropping saved pages", "web/app.js")
	if v := eval[string](tb, `String(window.__pwned) + document.title`); v != "undefinedwirediff — who is quoted, and what changed" {
		t.Errorf("something in the saved page ran: %s", v)
	}

	// A text file, and a pasted web address.
	txt := filepath.Join(dir, "notes.md")
	if err := os.WriteFile(txt, []byte("# Notes\n\nPlain *markdown* text, kept as it is.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(tb.ctx, chromedp.SetUploadFiles(chromedp.CSS("#file-b"), []string{txt})); err != nil {
		t.Fatal(err)
	}
	tb.waitJS(`document.getElementById("text-b").value.startsWith("# Notes")`, 10*time.Second, "the markdown file")
	tb.paste("text-a", "https://www.example.com/news/2025/06/talks")
	if eval[bool](tb, `document.getElementById("link-note-a").hidden`) {
		t.Error("a pasted web address got no note that the page cannot open links")
	}
	if v := eval[string](tb, `document.getElementById("url-a").value`); v != "https://www.example.com/news/2025/06/talks" {
		t.Errorf("A's address field = %q", v)
	}
}

func TestExportLoadsBack(t *testing.T) {
	a, b := editedPair(t)
	tb := newTab(t)
	downloads := t.TempDir()
	if _, err := chromedp.CallBrowser(tb.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: downloads, EventsEnabled: new(true),
	}); err != nil {
		t.Fatalf("allowing downloads: %v", err)
	}
	tb.open("/")
	tb.paste("text-a", a)
	tb.paste("text-b", b)
	tb.setField("name-a", "Wire")
	tb.setField("name-b", "Rewrite")
	tb.clearStatus()
	tb.click("#compare")
	tb.waitJS(`document.getElementById("status").textContent.startsWith("Compared in")`, 60*time.Second, "the comparison")
	if title := eval[string](tb, `document.getElementById("results-title").textContent`); title != "Comparison: Wire → Rewrite" {
		t.Errorf("results title = %q, want the two names", title)
	}
	summary := eval[string](tb, `document.querySelector("#results .wd-summary").textContent`)
	tb.click("#embed")
	if code := eval[string](tb, `document.getElementById("embed-code").value`); !strings.Contains(code, `/web/embed.js"></script>`) || !strings.Contains(code, `<wirediff-compare snapshot="comparison.json">`) {
		t.Errorf("the Embed button gives %q, want the script and a snapshot element", code)
	}
	path := download(tb, downloads, "#export-json", "wirediff-comparison-", ".json")
	renamed := path + ".json"
	if err := os.Rename(path, renamed); err != nil {
		t.Fatal(err)
	}

	fresh := newTab(t)
	fresh.navigate("/")
	fresh.paste("text-a", "something else")
	if err := chromedp.Do(fresh.ctx, chromedp.SetUploadFiles(chromedp.CSS("#file-a"), []string{renamed})); err != nil {
		t.Fatal(err)
	}
	fresh.waitJS(`!!document.querySelector("#results .wd-summary")`, 30*time.Second, "the exported comparison to open")
	if got := eval[string](fresh, `document.querySelector("#results .wd-summary").textContent`); got != summary {
		t.Errorf("reopened summary = %q, want %q", got, summary)
	}
	got := eval[[]string](fresh, `["text-a", "text-b", "name-a", "name-b"].map((id) => document.getElementById(id).value)`)
	want := []string{a, b, "Wire", "Rewrite"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("reopened field %d = %q, want %q", i, short(got[i]), short(want[i]))
		}
	}
}
