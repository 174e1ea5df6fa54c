package diff

// reuseN is the shortest run of words that counts as copied verbatim.
const reuseN = 5

// reuse measures verbatim copying with hashed 5-grams of counted word keys,
// in time linear in the number of words.
func reuse(A, B *side) Reuse {
	ka, kb := countedKeys(A), countedKeys(B)
	if len(ka) < reuseN || len(kb) < reuseN {
		return Reuse{}
	}
	ha, hb := grams(ka), grams(kb)
	// One table of A's n-grams, whose values note those B has too.
	const inA, inBoth = 0, 1
	set := newTable(len(ha))
	for _, h := range ha {
		set.put(h, inA)
	}
	foundB := make([]bool, len(hb))
	for i, h := range hb {
		if _, ok := set.get(h); ok {
			foundB[i] = true
			set.put(h, inBoth)
		}
	}
	foundA := make([]bool, len(ha))
	for i, h := range ha {
		v, _ := set.get(h)
		foundA[i] = v == inBoth
	}
	coveredB, longest := covered(foundB, len(kb))
	coveredA, _ := covered(foundA, len(ka))
	return Reuse{
		BFromA:     float64(coveredB) / float64(len(kb)),
		AInB:       float64(coveredA) / float64(len(ka)),
		LongestRun: longest,
	}
}

func countedKeys(sd *side) []uint32 {
	ks := make([]uint32, 0, sd.words)
	for _, t := range sd.toks {
		if t.count {
			ks = append(ks, t.key)
		}
	}
	return ks
}

// grams returns the hash of every run of reuseN keys.
func grams(ks []uint32) []uint64 {
	hs := make([]uint64, len(ks)-reuseN+1)
	for i := range hs {
		h := uint64(14695981039346656037)
		for _, k := range ks[i : i+reuseN] {
			h = (h ^ uint64(k)) * 1099511628211
			h ^= h >> 29
		}
		hs[i] = h
	}
	return hs
}

// covered counts the words in the n-grams found, and the longest run of
// consecutive found n-grams, in words.
func covered(found []bool, words int) (count, longest int) {
	end := 0 // words before end are already counted
	run := 0
	for i, f := range found {
		if !f {
			run = 0
			continue
		}
		count += i + reuseN - max(end, i)
		end = i + reuseN
		run++
		longest = max(longest, run+reuseN-1)
	}
	return min(count, words), longest
}
