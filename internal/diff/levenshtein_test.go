package diff

import (
	"math/rand/v2"
	"slices"
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
		for k := range lv.mark {
			if lv.mark[k] != 0 || lv.eq[k] != 0 {
				t.Fatalf("distance left mark[%d] = %d, eq[%d] = %#x, want 0", k, lv.mark[k], k, lv.eq[k])
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

// fullMatrix is the word alignment over the whole matrix, the reference
// for the banded scratch.levenshtein: the same tie-breaking, every cell.
func fullMatrix(x, y []item) []op {
	n, m := len(x), len(y)
	w := m + 1
	dir := make([]byte, (n+1)*w)
	prev, cur := make([]int32, w), make([]int32, w)
	for j := 0; j <= m; j++ {
		prev[j] = int32(j)
		dir[j] = 'i'
	}
	for i := 1; i <= n; i++ {
		cur[0] = int32(i)
		dir[i*w] = 'd'
		for j := 1; j <= m; j++ {
			c, d := prev[j-1], byte('e')
			if y[j-1].key != x[i-1].key {
				c, d = c+1, 's'
			}
			if v := prev[j] + 1; v < c {
				c, d = v, 'd'
			}
			if v := cur[j-1] + 1; v < c {
				c, d = v, 'i'
			}
			cur[j], dir[i*w+j] = c, d
		}
		prev, cur = cur, prev
	}
	var ops []op
	for i, j := n, m; i > 0 || j > 0; {
		switch dir[i*w+j] {
		case 'e', 's':
			ops = append(ops, op{dir[i*w+j], i - 1, j - 1})
			i, j = i-1, j-1
		case 'd':
			ops = append(ops, op{'d', i - 1, -1})
			i--
		default:
			ops = append(ops, op{'i', -1, j - 1})
			j--
		}
	}
	slices.Reverse(ops)
	return ops
}

// TestWordBand checks that the banded word alignment takes the same
// steps as the full matrix, on random sequences and edited copies from
// small alphabets (many ties).
func TestWordBand(t *testing.T) {
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 1))
	const nkeys = 12
	sc := &scratch{lev: newLevener(nkeys)}
	random := func(n, alpha int) []item {
		s := make([]item, n)
		for i := range s {
			s[i].key = uint32(rng.IntN(alpha))
		}
		return s
	}
	for range 2000 {
		alpha := 2 + rng.IntN(nkeys-1)
		x := random(1+rng.IntN(150), alpha)
		var y []item
		if rng.IntN(3) == 0 {
			y = random(1+rng.IntN(150), alpha)
		} else {
			y = append(y, x...)
			for range 1 + rng.IntN(12) {
				switch p := rng.IntN(len(y)); rng.IntN(3) {
				case 0:
					y[p].key = uint32(rng.IntN(alpha))
				case 1:
					if len(y) > 1 {
						y = slices.Delete(y, p, p+1)
					}
				default:
					y = slices.Insert(y, p, item{key: uint32(rng.IntN(alpha))})
				}
			}
		}
		sc.ops = sc.ops[:0]
		sc.levenshtein(x, y, 0, 0)
		if want := fullMatrix(x, y); !slices.Equal(sc.ops, want) {
			t.Fatalf("levenshtein(%v, %v):\ngot  %v\nwant %v", keysOf(x), keysOf(y), sc.ops, want)
		}
	}
}

func keysOf(its []item) []uint32 { return itemKeys(nil, its) }
