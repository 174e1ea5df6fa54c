package diff

// anchored aligns ia[a0:a1] with ib[b0:b1] when the pair is too big for one
// Levenshtein matrix: tokens found exactly once on each side are matched
// in the longest increasing chain (as in patience diff), and the pieces
// between them are aligned on their own. With no such token, the whole is
// deleted and inserted.
func (sc *scratch) anchored(ia, ib []item, a0, a1, b0, b1 int) {
	type seen struct{ na, nb, pa int }
	m := make(map[uint32]*seen)
	for i := a0; i < a1; i++ {
		k := ia[i].key
		if s := m[k]; s != nil {
			s.na++
		} else {
			m[k] = &seen{na: 1, pa: i}
		}
	}
	for j := b0; j < b1; j++ {
		if s := m[ib[j].key]; s != nil {
			s.nb++
		}
	}
	var pa, pb []int
	for j := b0; j < b1; j++ {
		k := ib[j].key
		if s := m[k]; k != spaceKey && s != nil && s.na == 1 && s.nb == 1 {
			pa = append(pa, s.pa)
			pb = append(pb, j)
		}
	}
	if len(pa) == 0 {
		for i := a0; i < a1; i++ {
			sc.ops = append(sc.ops, op{'d', i, -1})
		}
		for j := b0; j < b1; j++ {
			sc.ops = append(sc.ops, op{'i', -1, j})
		}
		return
	}
	w := make([]float64, len(pa))
	for k := range w {
		w[k] = 1
	}
	i, j := a0, b0
	for _, k := range lis(pa, pa, w) {
		sc.align(ia, ib, i, pa[k], j, pb[k])
		sc.ops = append(sc.ops, op{'e', pa[k], pb[k]})
		i, j = pa[k]+1, pb[k]+1
	}
	sc.align(ia, ib, i, a1, j, b1)
}
