package diff

import (
	"math/rand/v2"
	"testing"
	"time"
)

// matrix is the textbook Levenshtein distance, the reference for levener.
func matrix(a, b []uint32) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// TestLevenshtein checks the bit-parallel distance against the matrix on
// random key sequences of 0 to 300 keys (one to five machine words of
// pattern), from alphabets of 2 to 40 keys, and edited copies.
func TestLevenshtein(t *testing.T) {
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 0))
	const nkeys = 40
	lv := newLevener(nkeys)
	random := func(n, alpha int) []uint32 {
		s := make([]uint32, n)
		for i := range s {
			s[i] = uint32(rng.IntN(alpha))
		}
		return s
	}
	for range 3000 {
		alpha := 2 + rng.IntN(nkeys-1)
		a := random(rng.IntN(300), alpha)
		var b []uint32
		if rng.IntN(2) == 0 {
			b = random(rng.IntN(300), alpha)
		} else {
			b = append(b, a...)
			for range rng.IntN(20) {
				if len(b) == 0 {
					break
				}
				b[rng.IntN(len(b))] = uint32(rng.IntN(alpha))
			}
			b = append(b, random(rng.IntN(5), alpha)...)
		}
		if got, want := lv.distance(a, b), matrix(a, b); got != want {
			t.Fatalf("distance(%v, %v): got %d, want %d", a, b, got, want)
		}
		for k, m := range lv.mark {
			if m != 0 {
				t.Fatalf("distance left mark[%d] = %d, want 0", k, m)
			}
		}
		if got, want := lv.common(a, b), common(a, b); got != want {
			t.Fatalf("common(%v, %v): got %d, want %d", a, b, got, want)
		}
	}
}

// common is the keys a and b share, by a map.
func common(a, b []uint32) int {
	m := make(map[uint32]int)
	for _, k := range a {
		m[k]++
	}
	n := 0
	for _, k := range b {
		if m[k] > 0 {
			m[k]--
			n++
		}
	}
	return n
}
