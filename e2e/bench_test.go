package e2e

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"wirediff/internal/serve"
)

// benchSite serves the timing page, which dist/ does not ship (its
// JavaScript peers are not part of the product): the site of dist/ with
// /bench/ from the repository's bench/ directory, the three labelled
// articles in /bench/texts/ and the Wikipedia revision pairs as
// /bench/texts/wikipedia-revisions.json.
func benchSite(t *testing.T) string {
	t.Helper()
	skipUnlessBrowser(t)
	files := serve.Handler(os.Getenv("WIREDIFF_DIST"))
	bench := http.StripPrefix("/bench/", http.FileServer(http.Dir("../bench")))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch p := r.URL.Path; {
		case p == "/bench/texts/wikipedia-revisions.json":
			// Gzipped in the repository: the browser inflates it.
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Content-Encoding", "gzip")
			http.ServeFile(w, r, "../internal/diff/testdata/wikipedia-revisions.json.gz")
		case strings.HasPrefix(p, "/bench/texts/"):
			name := filepath.Base(p)
			if !slices.Contains(benchArticles, name) {
				http.NotFound(w, r)
				return
			}
			http.ServeFile(w, r, "../internal/analyze/testdata/"+name)
		case strings.HasPrefix(p, "/bench/"):
			w.Header().Set("Cache-Control", "no-cache")
			bench.ServeHTTP(w, r)
		default:
			files.ServeHTTP(w, r)
		}
	}))
	t.Cleanup(func() {
		srv.CloseClientConnections()
		srv.Close()
	})
	return srv.URL
}

// benchArticles are the texts bench/worker.js builds its sizes from.
var benchArticles = []string{"khamenei-veto.jns.txt", "belgacom-gchq.intercept.txt", "coruna-toolkit.techcrunch.md"}

// benchRow is one size of the timing page's result (bench/worker.js).
type benchRow struct {
	Words          int
	WordingMs      float64
	FullMs         float64
	AnalyzePer1kMs float64
	JsdiffMs       float64
	DmpMs          float64
	DmpCapMs       float64
	MemoryMB       float64
	Blocks         int
	Similarity     float64
	Rebuilds       bool
}

// revisionRow is one Wikipedia revision pair of the timing page.
type revisionRow struct {
	Name               string
	Chars              int
	FirstMs, WordingMs float64
	JsdiffMs, DmpMs    float64
	DmpCapMs           float64
	Blocks             int
	Rebuilds           bool
}

type benchResult struct {
	Done      bool
	Error     string
	Load      struct{ WordingStartMs, StartMs, ModelMs float64 }
	Rows      []benchRow
	Revisions []revisionRow
}

// runTimingPage opens the timing page with the query q, waits for it to
// finish and checks that every result it timed is a correct comparison.
func runTimingPage(t *testing.T, q string) benchResult {
	tb := newTab(t)
	tb.goTo(benchSite(t) + "/bench/?run&" + q)
	tb.waitJS(`window.wirediffBench && (window.wirediffBench.done || !!window.wirediffBench.error)`, 4*time.Minute, "the timing page")
	r := eval[benchResult](tb, `window.wirediffBench`)
	if r.Error != "" {
		t.Fatalf("timing page: %s", r.Error)
	}
	for _, row := range r.Rows {
		if !row.Rebuilds || row.Blocks == 0 || row.Similarity <= 0.5 || row.Similarity >= 1 {
			t.Errorf("%d words: blocks %d, similarity %.2f, rebuilds A and B %v: want a comparison that rebuilds both texts, 0.5 < similarity < 1",
				row.Words, row.Blocks, row.Similarity, row.Rebuilds)
		}
	}
	for _, row := range r.Revisions {
		if !row.Rebuilds || row.Blocks == 0 {
			t.Errorf("revision pair %s: blocks %d, rebuilds A and B %v: want a comparison that rebuilds both texts", row.Name, row.Blocks, row.Rebuilds)
		}
	}
	return r
}

// benchReps is how many timed runs the timing page takes per figure:
// WIREDIFF_BENCH_REPS (./build.sh bench sets it), else few, to check the
// page works.
func benchReps(few int) int {
	if n, err := strconv.Atoi(os.Getenv("WIREDIFF_BENCH_REPS")); err == nil && n > 0 {
		return n
	}
	return few
}

// TestRevisionsTiming times the wording diff on the real Wikipedia revision
// pairs against jsdiff and diff-match-patch in the same worker and run, and
// logs the table: per pair, and in total. It checks the results, not the
// times.
func TestRevisionsTiming(t *testing.T) {
	reps := benchReps(1)
	r := runTimingPage(t, fmt.Sprintf("sizes=&revisions=1&reps=%d", reps))
	if len(r.Revisions) == 0 {
		t.Fatal("the timing page timed no revision pair")
	}
	t.Logf("wording module started in %.0f ms; full engine %.0f ms, language model %.0f ms", r.Load.WordingStartMs, r.Load.StartMs, r.Load.ModelMs)
	var b strings.Builder
	fmt.Fprintf(&b, "%-5s %9s %10s %9s %9s %9s %11s %9s\n", "pair", "chars", "1st call", "wirediff", "jsdiff", "dmp", "wd/dmp", "wd/jsdiff")
	var first, wd, js, dmp, worst float64
	worstName := ""
	for _, row := range r.Revisions {
		capped := ""
		if row.DmpMs >= row.DmpCapMs {
			capped = " (cap)"
		}
		fmt.Fprintf(&b, "%-5s %9d %10.1f %9.1f %9.1f %9.1f%s %9.2f× %8.2f×\n", row.Name, row.Chars, row.FirstMs, row.WordingMs,
			row.JsdiffMs, row.DmpMs, capped, row.WordingMs/row.DmpMs, row.WordingMs/row.JsdiffMs)
		first += row.FirstMs
		wd += row.WordingMs
		js += row.JsdiffMs
		dmp += row.DmpMs
		if row.WordingMs > worst {
			worst, worstName = row.WordingMs, row.Name
		}
	}
	fmt.Fprintf(&b, "%-5s %9s %10.1f %9.1f %9.1f %9.1f %10.2f× %8.2f×\n", "total", "", first, wd, js, dmp, wd/dmp, wd/js)
	t.Logf("Wikipedia revision pairs, wording only, milliseconds (median of %d after a warm-up; 1st call: the first on that pair):\n%s", reps, b.String())
	t.Logf("slowest pair %s: %.1f ms", worstName, worst)
}

// TestTimingPage runs the browser timing page (bench/) on 1,000 and 10,000
// words and logs its figures: wirediff against jsdiff and diff-match-patch
// in the same worker and run. It checks the results, not the times: speed
// is reported, never asserted.
func TestTimingPage(t *testing.T) {
	r := runTimingPage(t, fmt.Sprintf("sizes=1000,10000&reps=%d", benchReps(5)))
	t.Logf("engine start %.0f ms, language model %.0f ms", r.Load.StartMs, r.Load.ModelMs)
	var b strings.Builder
	fmt.Fprintf(&b, "%8s %10s %10s %12s %12s %12s %8s\n", "words", "wording", "full", "analyze/1k", "jsdiff", "dmp", "memory")
	for _, row := range r.Rows {
		dmp := fmt.Sprintf("%.1f", row.DmpMs)
		if row.DmpMs >= row.DmpCapMs {
			dmp += " (cap)"
		}
		fmt.Fprintf(&b, "%8d %10.1f %10.1f %12.1f %12.1f %12s %6.0fMB  jsdiff/wirediff %.1f×\n",
			row.Words, row.WordingMs, row.FullMs, row.AnalyzePer1kMs, row.JsdiffMs, dmp, row.MemoryMB, row.JsdiffMs/row.WordingMs)
	}
	t.Logf("milliseconds, median of %d after a warm-up:\n%s", benchReps(5), b.String())
}

// maxMemoryMB is the most WebAssembly memory a comparison of two
// 50,000-word texts may take in the browser.
const maxMemoryMB = 300

// TestMemory50k compares two 50,000-word texts with the attribution diff
// in the browser, logs the WebAssembly memory it took and fails above
// maxMemoryMB. (Memory, unlike time, does not depend on the machine's load.)
func TestMemory50k(t *testing.T) {
	if testing.Short() {
		t.Skip("a 50,000-word comparison in the browser")
	}
	r := runTimingPage(t, "sizes=50000&reps=1&peers=0")
	for _, row := range r.Rows {
		t.Logf("%d words: wording %.0f ms, with attribution %.0f ms, wasm memory %.0f MB", row.Words, row.WordingMs, row.FullMs, row.MemoryMB)
		if row.MemoryMB > maxMemoryMB {
			t.Errorf("%d words: wasm memory %.0f MB, want at most %d MB", row.Words, row.MemoryMB, maxMemoryMB)
		}
	}
}
