package diff

import "math/bits"

// A table maps uint64 keys, such as hashes of key pairs and n-grams, to
// int32 values. It is open addressing with linear probing over parallel
// arrays, sized once for the entries expected: a comparison fills tens of
// thousands of entries and probes each a few times, where Go's map costs
// several times more per operation and in memory.
type table struct {
	keys  []uint64
	vals  []int32 // 1 + the value; 0 marks an empty slot
	n     int     // entries
	shift uint    // 64 − log2(len(keys))
}

// newTable returns a table with room for n entries before it grows.
func newTable(n int) *table {
	t := &table{}
	t.alloc(max(8, 1<<bits.Len(uint(n+n/2))))
	return t
}

func (t *table) alloc(size int) {
	t.keys = make([]uint64, size)
	t.vals = make([]int32, size)
	t.shift = uint(64 - bits.TrailingZeros(uint(size)))
}

// slot returns the slot of k, or the empty slot where k would go.
func (t *table) slot(k uint64) int {
	mask := len(t.keys) - 1
	// Fibonacci hashing: the top bits of the product mix all bits of k.
	for i := int((k * 0x9E3779B97F4A7C15) >> t.shift); ; i = (i + 1) & mask {
		if t.vals[i] == 0 || t.keys[i] == k {
			return i
		}
	}
}

// get returns the value of k and whether k is in the table.
func (t *table) get(k uint64) (int32, bool) {
	i := t.slot(k)
	return t.vals[i] - 1, t.vals[i] != 0
}

// put sets the value of k.
func (t *table) put(k uint64, v int32) {
	i := t.slot(k)
	if t.vals[i] == 0 {
		if 3*(t.n+1) > 2*len(t.keys) { // keep a third of the slots free
			t.grow()
			i = t.slot(k)
		}
		t.n++
	}
	t.keys[i], t.vals[i] = k, v+1
}

func (t *table) grow() {
	keys, vals := t.keys, t.vals
	t.alloc(2 * len(keys))
	for i, v := range vals {
		if v != 0 {
			j := t.slot(keys[i])
			t.keys[j], t.vals[j] = keys[i], v
		}
	}
}
