package engine_test

import (
	"encoding/json"
	"runtime"
	"testing"

	"wirediff/internal/engine"
	"wirediff/internal/testtext"
)

// Bounds of the wording-only comparison's cost on adversarial text, per
// byte of input (both texts): the JSON it returns and the memory it
// allocates in all. Measured at 1 MiB per text the largest are about 8
// bytes of JSON and 230 bytes allocated per input byte.
const (
	maxOutPerByte   = 16
	maxAllocPerByte = 400
	// maxGrowth bounds cost(2n) ÷ cost(n): 2 for linear work, a little
	// more for n log n sorting and map growth, 4 for quadratic.
	maxGrowth = 2.6
)

// TestCostIsLinear is the property test of the engine's cost: on every
// adversarial pair (internal/testtext), the wording-only comparison's JSON
// and its allocations stay under a constant per input byte, and doubling
// the input at most about doubles them, so a new quadratic path fails here
// rather than freezing a reader's browser. It counts bytes, not time.
func TestCostIsLinear(t *testing.T) {
	const n = 48 << 10
	small, large := testtext.Adversarial(n), testtext.Adversarial(2*n)
	for i, p := range small {
		t.Run(p.Name, func(t *testing.T) {
			out1, alloc1 := wordingCost(t, p)
			out2, alloc2 := wordingCost(t, large[i])
			in2 := float64(len(large[i].A) + len(large[i].B))
			t.Logf("%d → %d input bytes: JSON %d → %d, allocated %d → %d", len(p.A)+len(p.B), int(in2), out1, out2, alloc1, alloc2)
			if per := float64(out2) / in2; per > maxOutPerByte {
				t.Errorf("JSON per input byte: got %.1f, want at most %d", per, maxOutPerByte)
			}
			if per := float64(alloc2) / in2; per > maxAllocPerByte {
				t.Errorf("bytes allocated per input byte: got %.0f, want at most %d", per, maxAllocPerByte)
			}
			if g := float64(out2) / float64(out1); g > maxGrowth {
				t.Errorf("JSON growth when the input doubles: got ×%.2f, want at most ×%.1f", g, maxGrowth)
			}
			if g := float64(alloc2) / float64(alloc1); g > maxGrowth {
				t.Errorf("allocation growth when the input doubles: got ×%.2f, want at most ×%.1f", g, maxGrowth)
			}
		})
	}
}

// wordingCost compares p without attribution and returns the size of the
// JSON and the bytes allocated.
func wordingCost(t *testing.T, p testtext.Pair) (out int, alloc uint64) {
	t.Helper()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	c, err := engine.Compare(p.A, p.B, engine.Options{Attribution: false})
	runtime.ReadMemStats(&m1)
	if err != nil {
		t.Fatalf("Compare: %v", err)
	}
	js, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	return len(js), m1.TotalAlloc - m0.TotalAlloc
}
