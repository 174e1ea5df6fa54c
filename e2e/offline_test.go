package e2e

import (
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"wirediff/internal/serve"
)

// ownSite serves dist/ on a server of the test's own (a new origin, so no
// cache or service worker of another test applies) and lets the test hold
// back the full engine module: requests for /wirediff.wasm wait until
// release is called. Closing it releases them.
type ownSite struct {
	srv     *httptest.Server
	held    chan struct{}
	release func()
}

func newOwnSite(t *testing.T, hold bool) *ownSite {
	t.Helper()
	skipUnlessBrowser(t)
	files := serve.Handler(os.Getenv("WIREDIFF_DIST"))
	s := &ownSite{held: make(chan struct{})}
	var once sync.Once
	s.release = func() { once.Do(func() { close(s.held) }) }
	if !hold {
		s.release()
	}
	s.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/wirediff.wasm" {
			select {
			case <-s.held:
			case <-r.Context().Done():
				return
			}
		}
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(func() {
		s.release()
		s.srv.CloseClientConnections()
		s.srv.Close()
	})
	return s
}

// watchStatus records, in window.__wording, the time after navigation at
// which the status line first said the wording was compared.
const watchStatus = `(() => {
	const el = document.getElementById("status");
	new MutationObserver(() => {
		if (!window.__wording && el.textContent.startsWith("Wording compared")) window.__wording = performance.now();
	}).observe(el, {childList: true, characterData: true, subtree: true});
})()`

// TestWordingBeforeFullEngine holds back the full engine module and checks
// that a comparison pressed at once still gets its wording diff, from the
// small wording module, and its attribution once the full engine comes.
func TestWordingBeforeFullEngine(t *testing.T) {
	site := newOwnSite(t, true)
	a, b := editedPair(t)
	tb := newTab(t)
	tb.goTo(site.srv.URL + "/")
	eval[bool](tb, watchStatus+`, true`)
	tb.paste("text-a", a)
	tb.paste("text-b", b)
	tb.click("#compare")
	tb.waitJS(`document.getElementById("status").textContent.startsWith("Wording compared in")`, 60*time.Second, "the wording diff while the full engine is held back")
	if state := eval[string](tb, `document.getElementById("engine").dataset.state`); state != "loading" {
		t.Errorf("engine state %q with the full module held back, want loading", state)
	}
	rs := rows(tb, "document")
	if _, ok := findRow(rs, func(r renderedRow) bool { return has(r.Ins, "claimed") }); !ok {
		t.Errorf("no row shows the inserted word %q in the wording diff; rows: %d", "claimed", len(rs))
	}
	t.Logf("wording diff shown %.0f ms after navigation, full engine held back", eval[float64](tb, `window.__wording`))
	site.release()
	tb.waitJS(`document.getElementById("status").textContent.startsWith("Compared in")`, 90*time.Second, "the attribution once the full engine loads")
}

// TestColdStart loads the page on a new origin, presses Compare at once
// and logs when the wording diff and the full result came; speed is
// reported, not asserted.
func TestColdStart(t *testing.T) {
	site := newOwnSite(t, false)
	a, b := editedPair(t)
	tb := newTab(t)
	tb.goTo(site.srv.URL + "/")
	eval[bool](tb, watchStatus+`, true`)
	tb.paste("text-a", a)
	tb.paste("text-b", b)
	tb.click("#compare")
	tb.waitJS(`document.getElementById("status").textContent.startsWith("Compared in")`, 90*time.Second, "the comparison")
	t.Logf("cold start on localhost: wording diff at %.0f ms, full comparison at %.0f ms after navigation",
		eval[float64](tb, `window.__wording`), eval[float64](tb, `performance.now()`))
}

// TestSecondVisitOffline visits the page once, waits for the service
// worker to cache the site, stops the server and visits again: the page
// must load, start its engine and compare from the cache alone.
func TestSecondVisitOffline(t *testing.T) {
	site := newOwnSite(t, false)
	tb := newTab(t)
	tb.goTo(site.srv.URL + "/")
	tb.waitReady()
	tb.waitJS(`navigator.serviceWorker.getRegistration().then((r) => !!(r && r.active && r.active.state === "activated"))`, 60*time.Second, "the service worker to be active")
	site.srv.CloseClientConnections()
	site.srv.Close()
	if resp, err := http.Get(site.srv.URL + "/"); err == nil {
		resp.Body.Close()
		t.Fatal("the server still answers after Close")
	}
	tb.goTo(site.srv.URL + "/")
	tb.waitReady()
	a, b := editedPair(t)
	tb.compare(a, b)
	if status := eval[string](tb, `document.getElementById("status").textContent`); !strings.HasPrefix(status, "Compared in") {
		t.Errorf("status %q offline, want a finished comparison", status)
	}
}
