package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

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

type benchResult struct {
	Done  bool
	Error string
	Load  struct{ StartMs, ModelMs float64 }
	Rows  []benchRow
}

// runTimingPage opens the timing page with the query q, waits for it to
// finish and checks that every result it timed is a correct comparison.
func runTimingPage(t *testing.T, q string) benchResult {
	tb := newTab(t)
	tb.navigate("/bench/?run&" + q)
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
	return r
}

// TestTimingPage runs the browser timing page (bench/) on 1,000 and 10,000
// words and logs its figures: wirediff against jsdiff and diff-match-patch
// in the same worker and run. It checks the results, not the times: speed
// is reported, never asserted.
func TestTimingPage(t *testing.T) {
	r := runTimingPage(t, "sizes=1000,10000&reps=5")
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
	t.Logf("milliseconds, median of 5 after a warm-up:\n%s", b.String())
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
