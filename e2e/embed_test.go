package e2e

import (
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"wirediff/internal/serve"
)

func TestEmbedDemo(t *testing.T) {
	tb := newTab(t)
	tb.navigate("/web/embed-demo.html")
	tb.waitJS(`!!document.getElementById("demo-compare").shadowRoot?.querySelector(".wd-summary")`, 90*time.Second, "the embedded comparison")

	root := `document.getElementById("demo-compare").shadowRoot`
	rs := rows(tb, root)
	if _, ok := findRow(rs, func(r renderedRow) bool { return r.Op == "edit" && has(r.Dels, "reportedly") }); !ok {
		t.Errorf(`the embed shows no edit row with "reportedly" deleted: %+v`, rs)
	}
	if len(rs) < 3 {
		t.Errorf("the embed aligned %d passages; the demo quotes three paragraphs, read as separate paragraphs", len(rs))
	}
	items := changeItems(tb, root)
	kinds := map[string]bool{}
	for _, it := range items {
		kinds[it.Kind] = true
	}
	for _, k := range []string{"quote-altered", "hedge-removed", "unattributed"} {
		if !kinds[k] {
			t.Errorf("the embed lists no %q change (lists %v)", k, kinds)
		}
	}
	summary := eval[string](tb, root+`.querySelector(".wd-summary").textContent`)
	if !strings.Contains(summary, "quote altered") {
		t.Errorf("embed summary = %q", summary)
	}
	// Following a change works inside the shadow root too.
	tb.click(`wirediff-compare`) // a real click on the host, so focus can move into it
	eval[bool](tb, root+`.querySelector('.wd-changes > li[data-kind="quote-altered"] button').click() || true`)
	if !eval[bool](tb, `(() => { const r = `+root+`; const t = r.querySelector(".wd-row.wd-target"); return !!t && r.activeElement === t; })()`) {
		t.Error("picking a change in the embed did not focus and highlight its row")
	}
	// The quoted blockquotes are data for the element, not shown twice.
	if eval[bool](tb, `[...document.querySelectorAll("wirediff-compare blockquote")].some((b) => b.getClientRects().length > 0)`) {
		t.Error("the source blockquotes are still rendered beside the widget")
	}

	// The analysis sits below the fold: it loads when scrolled to.
	eval[bool](tb, `(document.getElementById("demo-analyze").scrollIntoView(), true)`)
	tb.waitJS(`!!document.getElementById("demo-analyze").shadowRoot?.querySelector(".wd-source")`, 60*time.Second, "the embedded analysis")
	sources := eval[string](tb, `document.getElementById("demo-analyze").shadowRoot.querySelector(".wd-sources").textContent`)
	if !strings.Contains(sources, "Netanyahu") {
		t.Errorf("the embedded analysis lists sources %q, want Netanyahu among them", sources)
	}
}

// TestEmbedFromAnotherOrigin is a blog on its own host loading embed.js
// from the wirediff host: the worker must start through a same-origin
// blob, and every URL must resolve against the script, not the blog.
func TestEmbedFromAnotherOrigin(t *testing.T) {
	skipUnlessBrowser(t)
	// The wirediff host, as a static host that allows cross-origin use
	// (module scripts and fetch need CORS).
	files := serve.Handler(os.Getenv("WIREDIFF_DIST"))
	wd := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		files.ServeHTTP(w, r)
	}))
	defer wd.Close()
	a, b := droppedPair(t)
	blog := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!doctype html><title>A blog</title>
<script type="module" src="%s/web/embed.js"></script>
<p>My post.</p>
<wirediff-compare id="c"><blockquote data-version="a">%s</blockquote><blockquote data-version="b">%s</blockquote></wirediff-compare>`,
			wd.URL, html.EscapeString(a), html.EscapeString(b))
	}))
	defer blog.Close()

	tb := newTab(t)
	tb.goTo(blog.URL)
	tb.waitJS(`!!document.getElementById("c").shadowRoot?.querySelector(".wd-summary")`, 90*time.Second, "the comparison embedded from another origin")
	items := changeItems(tb, `document.getElementById("c").shadowRoot`)
	if len(items) == 0 || items[0].Kind != "dropped" {
		t.Errorf("embedded from another origin, the widget lists %+v, want the dropped attribution", items)
	}
}
