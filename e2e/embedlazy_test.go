package e2e

import (
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"wirediff/internal/serve"
)

// blogHost serves dist/ and, under /blog/, the pages a test writes; it
// records every request for a .wasm file. With noWasm it answers those
// with 404, as a host without the engine would.
type blogHost struct {
	*httptest.Server
	mu    sync.Mutex
	pages map[string]string
	wasm  []string // "GET /wirediff.wasm", ...
}

func newBlogHost(t *testing.T, noWasm bool) *blogHost {
	t.Helper()
	skipUnlessBrowser(t)
	bh := &blogHost{pages: map[string]string{}}
	files := serve.Handler(os.Getenv("WIREDIFF_DIST"))
	bh.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		bh.mu.Lock()
		page, ok := bh.pages[r.URL.Path]
		if strings.HasSuffix(r.URL.Path, ".wasm") {
			bh.wasm = append(bh.wasm, r.Method+" "+r.URL.Path)
		}
		bh.mu.Unlock()
		switch {
		case ok:
			if strings.HasSuffix(r.URL.Path, ".json") {
				w.Header().Set("Content-Type", "application/json")
			} else {
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
			}
			fmt.Fprint(w, page)
		case noWasm && strings.HasSuffix(r.URL.Path, ".wasm"):
			http.NotFound(w, r)
		default:
			files.ServeHTTP(w, r)
		}
	}))
	t.Cleanup(bh.Close)
	return bh
}

func (bh *blogHost) put(path, body string) {
	bh.mu.Lock()
	defer bh.mu.Unlock()
	bh.pages[path] = body
}

func (bh *blogHost) wasmGets() []string {
	bh.mu.Lock()
	defer bh.mu.Unlock()
	var out []string
	for _, r := range bh.wasm {
		if strings.HasPrefix(r, "GET ") {
			out = append(out, r)
		}
	}
	return out
}

func blogPage(style, body string) string {
	return `<!doctype html><html><head><meta charset="utf-8"><title>A blog</title>
<script type="module" src="/web/embed.js"></script><style>` + style + `</style></head><body>` + body + `</body></html>`
}

func TestEmbedLoadsWhenScrolledTo(t *testing.T) {
	bh := newBlogHost(t, false)
	a, b := droppedPair(t)
	bh.put("/blog/post.html", blogPage(".spacer { height: 4000px }", `<p>My post.</p><div class="spacer"></div>
<wirediff-compare id="c"><blockquote data-version="a">`+html.EscapeString(a)+`</blockquote><blockquote data-version="b">`+html.EscapeString(b)+`</blockquote></wirediff-compare>`))
	tb := newTab(t)
	tb.goTo(bh.URL + "/blog/post.html")
	root := `document.getElementById("c").shadowRoot`
	// The load button says how large the engine is once the server said so.
	tb.waitJS(root+`?.querySelector(".wd-embed-load")?.textContent.includes("MB")`, 20*time.Second, "the load button with the engine's size")
	if got := bh.wasmGets(); len(got) != 0 {
		t.Fatalf("an element below the fold fetched the engine before it was scrolled to: %v", got)
	}
	eval[bool](tb, `(document.getElementById("c").scrollIntoView(), true)`)
	tb.waitJS(`!!`+root+`.querySelector(".wd-summary")`, 90*time.Second, "the comparison after scrolling to it")
	if got := bh.wasmGets(); len(got) == 0 {
		t.Error("the comparison showed without the engine being fetched: the request log is wrong")
	}
	if href := eval[string](tb, root+`.querySelector(".wd-embed-open")?.href || ""`); !strings.Contains(href, "#c=") {
		t.Errorf("the Open in wirediff link = %q, want a share link with the texts", short(href))
	}
}

// savedComparison is an exported comparison of the dropped pair, as the
// page's Export JSON writes it.
func savedComparison(t *testing.T) string {
	t.Helper()
	a, b := droppedPair(t)
	tb := newTab(t)
	tb.open("/?test")
	js := eval[string](tb, fmt.Sprintf(`window.__wirediffEngine.compare(%s, %s).then((c) => JSON.stringify({...c, documents: {a: {text: %[1]s, name: "Wire"}, b: {text: %[2]s, name: "Blog"}}}))`, jsString(a), jsString(b)))
	if !json.Valid([]byte(js)) {
		t.Fatal("the saved comparison is not JSON")
	}
	return js
}

func TestSnapshotEmbed(t *testing.T) {
	saved := savedComparison(t)
	bh := newBlogHost(t, true)
	bh.put("/blog/comparison.json", saved)
	// Hostile CSS of the kind blog themes ship: every element restyled
	// with !important, the custom element squashed and hidden.
	// (Not the root's font size: the view's CSS is in rem, so a blog's
	// html { font-size } scales the widget.)
	hostile := `body, body * { font-size: 3px !important; line-height: 0 !important; color: transparent !important; display: inline !important; letter-spacing: 9px !important; }
wirediff-compare { display: none; height: 5px; overflow: hidden; transform: scale(0.1); opacity: 0; text-align: right; direction: rtl; }
div, p, span, button, ol, li { visibility: hidden !important; }
.narrow { width: 420px !important; display: block !important; }`
	bh.put("/blog/post.html", blogPage(hostile, `<p>My post.</p>
<wirediff-compare id="wide" snapshot="comparison.json"></wirediff-compare>
<div class="narrow"><wirediff-compare id="narrow" snapshot="comparison.json"></wirediff-compare></div>`))
	tb := newTab(t)
	tb.goTo(bh.URL + "/blog/post.html")
	root := `document.getElementById("wide").shadowRoot`
	tb.waitJS(`!!`+root+`?.querySelector(".wd-summary")`, 30*time.Second, "the snapshot to render")
	if got := bh.wasm; len(got) != 0 {
		t.Errorf("the snapshot embed asked for the engine: %v", got)
	}
	items := changeItems(tb, root)
	if len(items) == 0 || items[0].Kind != "dropped" {
		t.Errorf("the snapshot lists %+v, want the dropped attribution", items)
	}
	if n := len(rows(tb, root)) + eval[int](tb, root+`.querySelectorAll(".wd-fold[data-words]").length`); n < 3 {
		t.Errorf("the snapshot shows %d aligned passages", n)
	}
	// The widget's own stylesheets are links: measure once they are in.
	tb.waitJS(`[...`+root+`.querySelectorAll("link")].every((l) => l.sheet)`, 10*time.Second, "the widget's stylesheets")
	// The blog's CSS did not break it.
	type box struct {
		Height     float64 `json:"height"`
		FontSize   string  `json:"fontSize"`
		Visible    bool    `json:"visible"`
		ButtonSize float64 `json:"buttonSize"`
		Color      string  `json:"color"`
	}
	got := eval[box](tb, `(() => { const host = document.getElementById("wide"); const s = host.shadowRoot.querySelector(".wd-summary"); const btn = host.shadowRoot.querySelector(".wd-changes button");
		return {height: host.getBoundingClientRect().height, fontSize: getComputedStyle(s).fontSize, visible: s.checkVisibility({opacityProperty: true, visibilityProperty: true}), buttonSize: btn.getBoundingClientRect().height, color: getComputedStyle(s).color}; })()`)
	if got.Height < 300 || got.FontSize == "3px" || !got.Visible || got.ButtonSize < 10 || got.Color == "rgba(0, 0, 0, 0)" {
		t.Errorf("hostile blog CSS broke the widget: %+v", got)
	}
	// Narrow: the inline view by default; a link to open it on the page.
	tb.waitJS(`!!document.getElementById("narrow").shadowRoot?.querySelector(".wd-diff")`, 30*time.Second, "the narrow snapshot")
	if !eval[bool](tb, `document.getElementById("narrow").shadowRoot.querySelector(".wd-diff").classList.contains("wd-inline-mode")`) {
		t.Error("a 420 px wide embed does not default to the inline view")
	}
	if eval[bool](tb, `document.getElementById("wide").shadowRoot.querySelector(".wd-diff").classList.contains("wd-inline-mode")`) {
		t.Error("a wide embed defaulted to the inline view")
	}
	tb.waitJS(root+`.querySelector(".wd-embed-open")?.href.includes("#c=")`, 10*time.Second, "the Open in wirediff link")
	href := eval[string](tb, root+`.querySelector(".wd-embed-open").href`)
	page := newTab(t)
	page.goTo(href)
	page.waitJS(`document.getElementById("text-b").value.length > 0`, 10*time.Second, "the linked texts")
	if v := eval[string](page, `document.getElementById("name-a").value + " / " + document.getElementById("name-b").value`); v != "Wire / Blog" {
		t.Errorf("Open in wirediff opened names %q, want Wire / Blog", v)
	}
}
