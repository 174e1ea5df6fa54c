package e2e

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"wirediff/internal/serve"
)

func TestEngineCrashRestarts(t *testing.T) {
	a, b := editedPair(t)
	tb := newTab(t)
	tb.open("/?test")
	tb.compare(a, b)

	// Kill the Go program inside the worker, as a fatal engine bug would.
	eval[bool](tb, `window.__wirediffEngine._crash().then(() => true)`)
	tb.waitJS(`document.getElementById("engine-text").textContent === "Engine restarted — ready"`, 90*time.Second, "the engine to restart")
	alert := eval[string](tb, `document.getElementById("alert").textContent`)
	if !strings.Contains(alert, "engine stopped") || !strings.Contains(alert, "texts are kept") {
		t.Errorf("alert after the crash = %q, want it to say the engine stopped and the texts are kept", alert)
	}
	if role := eval[string](tb, `document.getElementById("alert").getAttribute("role")`); role != "alert" {
		t.Errorf("the crash message is in an element with role %q, want alert", role)
	}
	if got := eval[string](tb, `document.getElementById("status").textContent`); !strings.Contains(got, "Engine restarted") {
		t.Errorf("status after the restart = %q, want it to say the engine restarted", got)
	}
	if eval[string](tb, `document.getElementById("text-a").value`) != a || eval[string](tb, `document.getElementById("text-b").value`) != b {
		t.Fatal("the texts changed after the crash")
	}

	// The next Compare works, started from the keyboard this time.
	tb.clearStatus()
	ctrlEnter(tb, "text-b")
	tb.waitJS(`document.getElementById("status").textContent.startsWith("Compared in")`, 60*time.Second, "a comparison after the restart")
	if n := eval[int](tb, `document.querySelectorAll("#results .wd-changes > li").length`); n == 0 {
		t.Error("the comparison after the restart lists no attribution changes")
	}
	if eval[bool](tb, `!document.getElementById("alert").hidden`) {
		t.Error("the crash alert is still shown after a successful comparison")
	}
}

// ctrlEnter presses Ctrl+Enter in the element with id, as a reader does.
func ctrlEnter(tb *tab, id string) {
	tb.t.Helper()
	eval[bool](tb, fmt.Sprintf(`(document.getElementById(%q).focus(), true)`, id))
	for _, typ := range []input.DispatchKeyEventType{input.DispatchKeyEventTypeRawKeyDown, input.DispatchKeyEventTypeKeyUp} {
		if _, err := chromedp.Call(tb.ctx, input.DispatchKeyEvent, input.DispatchKeyEventParams{
			Type: typ, Modifiers: 2, Key: "Enter", Code: "Enter", WindowsVirtualKeyCode: 13, NativeVirtualKeyCode: 13,
		}); err != nil {
			tb.t.Fatalf("pressing Ctrl+Enter: %v", err)
		}
	}
}

func TestBadInput(t *testing.T) {
	tb := newTab(t)
	tb.open("/?test")
	art := article(t)

	t.Run("empty", func(t *testing.T) {
		tb := tb.in(t)
		tb.paste("text-a", "  \n\t ")
		tb.paste("text-b", art)
		tb.click("#compare")
		if got := eval[string](tb, `document.getElementById("alert").textContent`); got != "Version A is empty: paste an article." {
			t.Errorf("alert = %q, want the empty-text message", got)
		}
		if !eval[bool](tb, `document.activeElement === document.getElementById("text-a")`) {
			t.Error("focus did not move to the empty paste area")
		}
		// The engine's own check, through the promise API: an Error with
		// the contract's code, not a bare string.
		if got := eval[string](tb, `window.__wirediffEngine.compare("   ", "text").then(() => "resolved", (e) => (e instanceof Error) + " " + e.code)`); got != "true empty" {
			t.Errorf("engine.compare of an empty text: %s, want a rejection with an Error of code empty", got)
		}
	})

	for _, tc := range []struct{ name, a, b, old, new string }{
		{"hebrew",
			"ראש הממשלה אמר כי ההחלטה התקבלה אתמול בערב.\nלדברי גורמים בכירים, המבצע יימשך עוד כמה ימים.\n",
			"ראש הממשלה טען כי ההחלטה התקבלה אתמול בערב.\nלדברי גורמים בכירים, המבצע יימשך עוד כמה ימים.\n",
			"אמר", "טען"},
		{"arabic",
			"قال المتحدث باسم الحكومة إن الوفد سيصل غدا إلى القاهرة.\nوأضاف أن المحادثات ستستمر ثلاثة أيام.\n",
			"زعم المتحدث باسم الحكومة إن الوفد سيصل غدا إلى القاهرة.\nوأضاف أن المحادثات ستستمر ثلاثة أيام.\n",
			"قال", "زعم"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tb := tb.in(t)
			tb.compare(tc.a, tc.b)
			rs := rows(tb, "document.getElementById('results')")
			if _, ok := findRow(rs, func(r renderedRow) bool { return has(r.Dels, tc.old) && has(r.Ins, tc.new) }); !ok {
				t.Errorf("no row shows %q → %q: %+v", tc.old, tc.new, rs)
			}
			dirs := eval[[]string](tb, `[...document.querySelectorAll("#results .wd-row[data-block] .wd-cell:not(.wd-empty)")].map((c) => c.getAttribute("dir") + "/" + (c.matches(":dir(rtl)") ? "rtl" : "ltr"))`)
			if len(dirs) == 0 {
				t.Fatal("no text cells rendered")
			}
			for _, d := range dirs {
				if d != "auto/rtl" {
					t.Errorf("a text cell is %s, want dir=auto resolving to rtl", d)
				}
			}
			for _, id := range []string{"text-a", "text-b"} {
				if !eval[bool](tb, fmt.Sprintf(`document.getElementById(%q).matches(":dir(rtl)")`, id)) {
					t.Errorf("%s does not show the pasted text right to left", id)
				}
			}
		})
	}

	t.Run("too large", func(t *testing.T) {
		tb := tb.in(t)
		big := strings.Repeat(art, 5<<20/len(art)+1)
		tb.paste("text-a", big)
		tb.paste("text-b", art)
		// A heartbeat on the page's thread: if anything blocks it while the
		// engine refuses the text, the longest gap shows it.
		eval[bool](tb, `(() => {
			window.__maxGap = 0;
			let last = performance.now();
			clearInterval(window.__beat);
			window.__beat = setInterval(() => { const n = performance.now(); window.__maxGap = Math.max(window.__maxGap, n - last); last = n; }, 20);
			return true;
		})()`)
		tb.click("#compare")
		tb.waitJS(`document.getElementById("alert").textContent.includes("at most 1 MB")`, 30*time.Second, "the engine's too-large message")
		alert := eval[string](tb, `document.getElementById("alert").textContent`)
		if !strings.HasPrefix(alert, "Version A is 5") {
			t.Errorf("alert = %q, want the engine's message naming version A and its size", alert)
		}
		if gap := eval[float64](tb, `(clearInterval(window.__beat), window.__maxGap)`); gap > 500 {
			t.Errorf("the page's thread was blocked for %.0f ms while the engine refused a 5 MB text", gap)
		}
		if n := eval[int](tb, `document.getElementById("text-a").value.length`); n != len(utf16.Encode([]rune(big))) {
			t.Errorf("version A holds %d characters after the error, want the pasted text kept", n)
		}
	})
}

// TestEngineUnavailable is a site whose engine file is missing: the page
// must say so instead of loading forever, and a Compare must get an answer.
func TestEngineUnavailable(t *testing.T) {
	skipUnlessBrowser(t)
	files := serve.Handler(os.Getenv("WIREDIFF_DIST"))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, ".wasm") {
			http.NotFound(w, r)
			return
		}
		files.ServeHTTP(w, r)
	}))
	defer srv.Close()
	tb := newTab(t)
	tb.goTo(srv.URL + "/")
	tb.waitJS(`document.getElementById("engine-text").textContent === "Engine unavailable"`, 60*time.Second, "the page to give up on the engine")
	alert := eval[string](tb, `document.getElementById("alert").textContent`)
	if !strings.Contains(alert, "could not start") || !strings.Contains(alert, "HTTP 404") {
		t.Errorf("alert = %q, want it to say the engine could not start and why", alert)
	}
	tb.paste("text-a", "One text.")
	tb.paste("text-b", "Another text.")
	tb.click("#compare")
	tb.waitJS(`document.getElementById("alert").textContent.includes("HTTP 404")`, 10*time.Second, "Compare to report that the engine is unavailable")
}
