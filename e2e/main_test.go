package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"

	"wirediff/internal/serve"
)

// The server and the browser are shared by every test: starting Chromium
// takes longer than most tests.
var (
	siteURL    string
	browserCtx context.Context
)

func TestMain(m *testing.M) {
	dist := os.Getenv("WIREDIFF_DIST")
	if dist == "" {
		os.Exit(m.Run()) // every test skips
	}
	if _, err := os.Stat(dist + "/index.html"); err != nil {
		fmt.Fprintf(os.Stderr, "e2e: WIREDIFF_DIST=%s has no index.html: run ./build.sh first\n", dist)
		os.Exit(1)
	}
	srv := httptest.NewServer(serve.Handler(dist))
	siteURL = srv.URL

	profile, err := os.MkdirTemp("", "wirediff-e2e-profile-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		os.Exit(1)
	}
	chromium := os.Getenv("CHROMIUM")
	if chromium == "" {
		chromium = "/usr/bin/chromium"
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 900),
	)
	var cancelBrowser context.CancelFunc
	browserCtx, cancelBrowser = chromedp.NewContext(allocCtx)
	code := 1
	if err := chromedp.Do(browserCtx); err != nil {
		fmt.Fprintf(os.Stderr, "e2e: starting %s: %v\n", chromium, err)
	} else {
		code = m.Run()
	}
	cancelBrowser()
	cancelAlloc()
	srv.Close()
	os.RemoveAll(profile)
	os.Exit(code)
}

// tab is one browser tab of a test, with the page's console and
// exceptions piped into the test log. Its helpers report failures to t;
// in(t) gives a subtest its own view of the same tab.
type tab struct {
	t *testing.T
	*tabState
}

type tabState struct {
	owner *testing.T // the test that opened the tab: its log gets the console
	ctx   context.Context

	mu         sync.Mutex
	done       bool
	checking   bool // checkClean is registered
	exceptions []string
}

// in is the tab as seen by the subtest t.
func (tb *tab) in(t *testing.T) *tab {
	return &tab{t: t, tabState: tb.tabState}
}

// cspProbe records Content-Security-Policy violations, installed before any
// of the page's own scripts run.
const cspProbe = `
window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
	window.__csp.push(e.violatedDirective + " " + e.blockedURI + " " + (e.sample || ""));
});`

func skipUnlessBrowser(t *testing.T) {
	t.Helper()
	if browserCtx == nil {
		t.Skip("WIREDIFF_DIST is not set: the browser tests need a built dist/ (./build.sh test sets it)")
	}
}

// newTab opens a tab (not yet navigated); setup runs before navigation
// (viewport, download settings).
func newTab(t *testing.T) *tab {
	t.Helper()
	skipUnlessBrowser(t)
	tb := &tab{t: t, tabState: &tabState{owner: t}}
	ctx, cancel := chromedp.NewContext(browserCtx, chromedp.WithListener(tb.onEvent))
	tb.ctx = ctx
	t.Cleanup(func() {
		tb.mu.Lock()
		tb.done = true
		tb.mu.Unlock()
		cancel()
	})
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: cspProbe}); err != nil {
		t.Fatalf("installing the CSP probe: %v", err)
	}
	// A smooth scroll still running would move a button away from under
	// the simulated mouse between aiming and clicking.
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-reduced-motion", Value: "reduce"}},
	}); err != nil {
		t.Fatalf("asking for reduced motion: %v", err)
	}
	tb.followWorkers()
	return tb
}

// followWorkers attaches to every worker the tab starts (the engine, and
// its replacement after a crash), so that their console (the Go program's
// output, a panic) reaches the test log too.
func (tb *tab) followWorkers() {
	tabID := string(chromedp.FromContext(tb.ctx).Target.TargetID)
	created := chromedp.BrowserEvents(tb.ctx, target.TargetCreated)
	go func() {
		for ev, err := range created {
			if err != nil {
				return
			}
			info := ev.TargetInfo
			// A dedicated worker's parent frame is the page's main frame,
			// whose id is the page target's id.
			if info.Type != "worker" || string(info.ParentFrameID) != tabID {
				continue
			}
			wctx, cancel := chromedp.NewContext(tb.ctx, chromedp.WithTargetID(info.TargetID), chromedp.WithListener(func(ev any) { tb.onWorkerEvent(ev) }))
			go func() {
				// The worker may be gone before the attach: nothing to log then.
				_ = chromedp.Do(wctx)
				<-tb.ctx.Done()
				cancel()
			}()
		}
	}()
}

func (tb *tab) onWorkerEvent(ev any) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	if tb.done {
		return
	}
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		tb.owner.Logf("worker console.%s: %s", ev.Type, consoleText(ev))
	case *runtime.EventExceptionThrown:
		tb.owner.Logf("worker exception: %s", ev.ExceptionDetails.Text)
	}
}

func (tb *tab) onEvent(ev any) {
	// Runs in chromedp's event loop: record and return.
	tb.mu.Lock()
	defer tb.mu.Unlock()
	if tb.done {
		return
	}
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		tb.owner.Logf("console.%s: %s", ev.Type, consoleText(ev))
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg := d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			msg += " " + d.Exception.Description
		}
		tb.owner.Logf("page exception: %s (%s:%d)", msg, d.URL, d.LineNumber+1)
		tb.exceptions = append(tb.exceptions, msg)
	}
}

func consoleText(ev *runtime.EventConsoleAPICalled) string {
	var parts []string
	for _, a := range ev.Args {
		if a.Value != nil {
			var s string
			if json.Unmarshal(a.Value, &s) == nil {
				parts = append(parts, s)
				continue
			}
			parts = append(parts, string(a.Value))
		} else {
			parts = append(parts, a.Description)
		}
	}
	return strings.Join(parts, " ")
}

// open navigates to path on the test server and, unless it is an embed
// page, waits until the engine says it is ready.
func (tb *tab) open(path string) {
	tb.t.Helper()
	tb.navigate(path)
	tb.waitReady()
}

func (tb *tab) navigate(path string) {
	tb.t.Helper()
	tb.goTo(siteURL + path)
}

// goTo loads url and checks, when the test ends, that the page threw no
// exception and broke no Content-Security-Policy rule.
func (tb *tab) goTo(url string) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, chromedp.Navigate(url)); err != nil {
		tb.t.Fatalf("navigating to %s: %v", url, err)
	}
	if !tb.checking {
		tb.checking = true
		tb.owner.Cleanup((&tab{t: tb.owner, tabState: tb.tabState}).checkClean)
	}
}

// checkClean fails the test on an uncaught page exception or a CSP
// violation: either means the page broke or tried something it must not.
func (tb *tab) checkClean() {
	tb.mu.Lock()
	exc := append([]string(nil), tb.exceptions...)
	tb.mu.Unlock()
	for _, e := range exc {
		tb.t.Errorf("uncaught exception in the page: %s", e)
	}
	ctx, cancel := context.WithTimeout(tb.ctx, 5*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`window.__csp || []`))
	if err != nil {
		tb.t.Logf("reading CSP violations: %v", err)
		return
	}
	for _, s := range v {
		tb.t.Errorf("Content-Security-Policy violation: %s", s)
	}
}

// waitReady waits for the page's engine to load (download, compile, models).
func (tb *tab) waitReady() {
	tb.t.Helper()
	tb.waitJS(`document.getElementById("engine").dataset.state === "ready"`, 90*time.Second, "the engine to be ready")
}

// eval runs expression in the page (awaiting a promise) and decodes its
// value into T.
func eval[T any](tb *tab, expression string) T {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 60*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expression, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.t.Fatalf("evaluating %s: %v", short(expression), err)
	}
	return v
}

// waitJS polls until expression is truthy; on a timeout it fails with
// what the page says in its status and alert lines.
func (tb *tab) waitJS(expression string, timeout time.Duration, what string) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, timeout+5*time.Second)
	defer cancel()
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](expression, chromedp.WithPollingTimeout(timeout), chromedp.WithPollingInterval(50*time.Millisecond)))
	if err != nil {
		state := eval[string](tb, `[document.getElementById("engine")?.textContent, document.getElementById("status")?.textContent, document.getElementById("alert")?.textContent].join(" | ")`)
		tb.t.Fatalf("waiting for %s: %v (page says: %s)", what, err, strings.TrimSpace(state))
	}
}

// paste puts text into a textarea the way a paste does: the value changes
// and an input event fires.
func (tb *tab) paste(id, text string) {
	tb.t.Helper()
	js, _ := json.Marshal(text)
	eval[chromedp.Void](tb, fmt.Sprintf(`(() => {
		const el = document.getElementById(%q);
		el.focus();
		el.value = %s;
		el.dispatchEvent(new InputEvent("input", {bubbles: true, inputType: "insertFromPaste"}));
	})()`, id, js))
}

func (tb *tab) click(css string) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(css), chromedp.NodeVisible)); err != nil {
		tb.t.Fatalf("clicking %s: %v", css, err)
	}
}

// compare pastes a and b, presses Compare and waits for the full result
// (the attribution summary).
func (tb *tab) compare(a, b string) {
	tb.t.Helper()
	tb.paste("text-a", a)
	tb.paste("text-b", b)
	tb.clearStatus()
	tb.click("#compare")
	tb.waitJS(`document.getElementById("status").textContent.startsWith("Compared in")`, 60*time.Second, "the comparison")
}

// clearStatus empties the status line so that a wait sees the next one.
func (tb *tab) clearStatus() {
	tb.t.Helper()
	eval[chromedp.Void](tb, `document.getElementById("status").textContent = ""`)
}

func (tb *tab) screenshot(path string) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 60*time.Second)
	defer cancel()
	buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		tb.t.Fatalf("screenshot: %v", err)
	}
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		tb.t.Fatal(err)
	}
	tb.t.Logf("screenshot saved to %s", path)
}

// screenshotPath is WIREDIFF_SCREENSHOT with suffix before its extension
// ("" when unset).
func screenshotPath(suffix string) string {
	p := os.Getenv("WIREDIFF_SCREENSHOT")
	if p == "" || suffix == "" {
		return p
	}
	if i := strings.LastIndex(p, "."); i > strings.LastIndex(p, "/") {
		return p[:i] + suffix + p[i:]
	}
	return p + suffix
}

func short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 120 {
		return s[:120] + "…"
	}
	return s
}
