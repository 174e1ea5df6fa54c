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

	"wirediff/internal/serve"
)

// deathMark in a text makes the test's worker close itself, without a word,
// when asked about it: a worker the browser killed for its memory, or one
// that closed itself, looks like that to the page.
const deathMark = "WIREDIFF-TEST-SILENT-DEATH"

// silentDeath wraps the worker's message handler, appended to worker.js
// by the test's server only. It holds requests until the engine is ready,
// as worker.js does, so that the worker dies at work, as a real one does.
const silentDeath = `
;(() => {
	const handle = self.onmessage;
	const post = self.postMessage.bind(self);
	let ready = false;
	const pending = [];
	const deliver = (ev) => {
		const args = (ev.data && ev.data.args) || [];
		if (args.some((a) => typeof a === "string" && a.includes(` + "`" + deathMark + "`" + `))) {
			self.close();
			return;
		}
		handle(ev);
	};
	self.postMessage = (msg, ...rest) => {
		post(msg, ...rest);
		if (msg && msg.type === "ready" && !ready) {
			ready = true;
			pending.splice(0).forEach(deliver);
		}
	};
	self.onmessage = (ev) => (ready ? deliver(ev) : pending.push(ev));
})();
`

// mortalSite serves the built site with a worker that dies silently on a
// text holding deathMark, and the page at /blog.html if blog is not "".
func mortalSite(t *testing.T, blog string) *httptest.Server {
	t.Helper()
	dist := os.Getenv("WIREDIFF_DIST")
	worker, err := os.ReadFile(filepath.Join(dist, "web", "worker.js"))
	if err != nil {
		t.Fatal(err)
	}
	files := serve.Handler(dist)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/web/worker.js":
			w.Header().Set("Content-Type", "text/javascript")
			w.Write(worker)
			w.Write([]byte(silentDeath))
		case "/blog.html":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(blog))
		default:
			files.ServeHTTP(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestSilentWorkerDeath: a worker that dies without a word is noticed, the
// request it held fails with a message that names the button pressed, and
// the next request works.
func TestSilentWorkerDeath(t *testing.T) {
	skipUnlessBrowser(t)
	srv := mortalSite(t, "")
	a, b := editedPair(t)
	tb := newTab(t)
	tb.goTo(srv.URL + "/?test")
	tb.waitReady()

	for _, tc := range []struct{ name, button, want, not string }{
		{"compare", "#compare", "press Compare again", "Analyze"},
		{"analyze", "#analyze-a", "press Analyze A again", "Compare"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tb := tb.in(t)
			tb.paste("text-a", a+"\n"+deathMark)
			tb.paste("text-b", b)
			tb.click(tc.button)
			tb.waitJS(`!document.getElementById("alert").hidden`, 60*time.Second, "the page to notice the dead worker")
			alert := eval[string](tb, `document.getElementById("alert").textContent`)
			if !strings.Contains(alert, tc.want) || strings.Contains(alert, tc.not) {
				t.Errorf("alert = %q, want %q and no %q", alert, tc.want, tc.not)
			}
			tb.waitJS(`document.getElementById("engine").dataset.state === "ready"`, 90*time.Second, "the engine to restart")
			tb.compare(a, b)
		})
	}
}

// TestEmbedWidgetsFailAlone: two widgets share the engine; the worker dies
// on the first one's text. The second still shows its comparison, and the
// first says it could not, on its own.
func TestEmbedWidgetsFailAlone(t *testing.T) {
	skipUnlessBrowser(t)
	a, b := droppedPair(t)
	blog := fmt.Sprintf(`<!doctype html><title>A blog</title>
<script type="module" src="/web/embed.js"></script>
<wirediff-compare id="heavy"><blockquote data-version="a">%s</blockquote><blockquote data-version="b">%s</blockquote></wirediff-compare>
<wirediff-compare id="light"><blockquote data-version="a">%s</blockquote><blockquote data-version="b">%s</blockquote></wirediff-compare>`,
		html.EscapeString(a+"\n"+deathMark), html.EscapeString(b), html.EscapeString(a), html.EscapeString(b))
	srv := mortalSite(t, blog)
	tb := newTab(t)
	tb.goTo(srv.URL + "/blog.html")
	tb.waitJS(`!!document.getElementById("light").shadowRoot?.querySelector(".wd-summary")`, 150*time.Second, "the second widget's comparison")
	tb.waitJS(`!!document.getElementById("heavy").shadowRoot?.querySelector(".wd-embed-error")`, 90*time.Second, "the first widget to give up")
	msg := eval[string](tb, `document.getElementById("heavy").shadowRoot.querySelector(".wd-embed-error").textContent`)
	if !strings.Contains(msg, "stopped") {
		t.Errorf("the first widget says %q, want it to say the engine stopped", msg)
	}
	if items := changeItems(tb, `document.getElementById("light").shadowRoot`); len(items) == 0 || items[0].Kind != "dropped" {
		t.Errorf("the second widget lists %+v, want the dropped attribution", items)
	}
}
