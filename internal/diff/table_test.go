package diff

import "testing"

// TestTable fills a table far beyond the room it was made with, keys 0
// and 2^64−1 included, and checks every value and absence.
func TestTable(t *testing.T) {
	tb := newTable(1)
	const n = 5000
	key := func(i int) uint64 { return uint64(i) * 0x100000001 } // 0 first; many share low bits
	for i := range n {
		tb.put(key(i), int32(i))
	}
	tb.put(^uint64(0), -7)
	tb.put(key(3), 33)
	for i := range n {
		want := int32(i)
		if i == 3 {
			want = 33
		}
		if v, ok := tb.get(key(i)); !ok || v != want {
			t.Fatalf("get(%#x): got %d, %v, want %d, true", key(i), v, ok, want)
		}
	}
	if v, ok := tb.get(^uint64(0)); !ok || v != -7 {
		t.Errorf("get(2^64−1): got %d, %v, want -7, true", v, ok)
	}
	if _, ok := tb.get(key(n)); ok {
		t.Errorf("get(%#x): found, want absent", key(n))
	}
	if tb.n != n+1 {
		t.Errorf("entries: got %d, want %d", tb.n, n+1)
	}
}
