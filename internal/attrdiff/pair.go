package attrdiff

import (
	"sort"
	"strings"

	"wirediff/internal/diff"
)

// Thresholds of the pairing, on content similarity (see similarity).
const (
	// minInBlock is the similarity two attributions in the same aligned
	// block need to pair; minInBlockSameSource when their sources agree.
	minInBlock           = 0.3
	minInBlockSameSource = 0.1
	// minMoved is the similarity two attributions in different blocks need
	// to pair (a quotation that moved), and minMovedWords the words each
	// content must have.
	minMoved      = 0.6
	minMovedWords = 3
)

// candidate is a possible pair of attributions and its score.
type candidate struct {
	a, b  int
	score float64
}

// pair matches the attributions of A with those of B: first inside each
// aligned block, by content similarity with a bonus for the same source,
// cue and form; then, among those left, across blocks, for statements that
// moved, and last by meaning (see meaningCandidates). Each side's attribution pairs at most once; the best scores pair
// first.
func (c *comparer) pair() {
	c.pairOfA = fill(len(c.a.atts), -1)
	c.pairOfB = fill(len(c.b.atts), -1)
	c.pairEqual()
	var cands []candidate
	for blk, as := range c.a.byBlock {
		if blk < 0 {
			continue
		}
		for _, i := range as {
			if c.pairOfA[i] >= 0 {
				continue
			}
			for _, j := range c.b.byBlock[blk] {
				if c.pairOfB[j] >= 0 {
					continue
				}
				x, y := &c.a.atts[i], &c.b.atts[j]
				sim := similarity(x, y)
				same := sameSource(x, y)
				if sim < minInBlock && !(same && sim >= minInBlockSameSource) {
					continue
				}
				score := 0.6 * sim
				if same {
					score += 0.2
				}
				if x.cue == y.cue {
					score += 0.1
				}
				if x.Direct == y.Direct {
					score += 0.1
				}
				cands = append(cands, candidate{i, j, score})
			}
		}
	}
	c.match(cands)
	c.match(c.movedCandidates())
	c.match(c.meaningCandidates())
}

// pairEqual pairs the attributions of equal blocks that sit at the same
// place in the block's text on both sides, as they do when both analyses
// read the same words alike: most of a long text, at no cost in similarity.
func (c *comparer) pairEqual() {
	type place struct{ blk, cue, start, end int }
	at := map[place]int{}
	for j := range c.b.atts {
		y := &c.b.atts[j]
		if y.block < 0 || c.d.Blocks[y.block].Op != diff.OpEqual || c.d.Blocks[y.block].B == nil {
			continue
		}
		o := c.d.Blocks[y.block].B.Start
		at[place{y.block, y.Cue.Start - o, y.Content.Start - o, y.Content.End - o}] = j
	}
	for i := range c.a.atts {
		x := &c.a.atts[i]
		if x.block < 0 || c.d.Blocks[x.block].Op != diff.OpEqual || c.d.Blocks[x.block].A == nil {
			continue
		}
		o := c.d.Blocks[x.block].A.Start
		j, ok := at[place{x.block, x.Cue.Start - o, x.Content.Start - o, x.Content.End - o}]
		if ok && c.pairOfB[j] < 0 && sameKeys(x.content, c.b.atts[j].content) {
			c.pairOfA[i], c.pairOfB[j] = j, i
		}
	}
}

// movedCandidates returns the pairs of attributions left unpaired whose
// contents are alike wherever they sit. An index of words keeps this from
// comparing every attribution with every other.
func (c *comparer) movedCandidates() []candidate {
	index := map[string][]int{}
	for j, y := range c.b.atts {
		if c.pairOfB[j] >= 0 || len(y.bag) < minMovedWords {
			continue
		}
		for k, w := range y.bag {
			if k == 0 || w != y.bag[k-1] {
				index[w] = append(index[w], j)
			}
		}
	}
	var cands []candidate
	for i, x := range c.a.atts {
		if c.pairOfA[i] >= 0 || len(x.bag) < minMovedWords {
			continue
		}
		seen := map[int]bool{}
		for _, w := range x.bag {
			for _, j := range index[w] {
				if seen[j] {
					continue
				}
				seen[j] = true
				y := &c.b.atts[j]
				if sim := similarity(&c.a.atts[i], y); sim >= minMoved {
					cands = append(cands, candidate{i, j, sim})
				}
			}
		}
	}
	return cands
}

// match pairs candidates greedily, best score first, ties in text order.
func (c *comparer) match(cands []candidate) {
	sort.Slice(cands, func(i, j int) bool {
		x, y := cands[i], cands[j]
		if x.score != y.score {
			return x.score > y.score
		}
		if x.a != y.a {
			return x.a < y.a
		}
		return x.b < y.b
	})
	for _, k := range cands {
		if c.pairOfA[k.a] < 0 && c.pairOfB[k.b] < 0 {
			c.pairOfA[k.a], c.pairOfB[k.b] = k.b, k.a
		}
	}
}

// similarity compares the contents of two attributions: their Dice
// coefficient, or nearly 1 when the shorter (of three words or more) is all
// inside the longer, as when one version quotes a sentence more.
func similarity(x, y *att) float64 {
	d := dice(x.bag, y.bag)
	short := min(len(x.bag), len(y.bag))
	if short >= 3 {
		if in := 0.9 * float64(shared(x.bag, y.bag)) / float64(short); in > d {
			return in
		}
	}
	return d
}

// sameSource reports whether two attributions credit the same source, as
// written or as resolved, titles aside ("she", resolved as "Anna Bakker",
// and "Economy Minister Anna Bakker").
func sameSource(x, y *att) bool {
	return x.source == y.source || (x.resd != "" && x.resd == y.resd) || samePerson(x, y)
}

// samePerson reports whether two named sources are one person: the same
// surname, as written or as resolved, with their titles dropped.
func samePerson(x, y *att) bool {
	if x.Kind != "named" || y.Kind != "named" {
		return false
	}
	sx, sy := surname(x), surname(y)
	return sx != "" && sx == sy
}

// surname is the last word of a named source, resolved when it is a
// pronoun.
func surname(x *att) string {
	k := x.source
	if pronouns[k] {
		k = x.resd
	}
	f := strings.Fields(untitled(k))
	if len(f) == 0 || pronouns[f[len(f)-1]] {
		return ""
	}
	return stripPossessive(f[len(f)-1])
}

func fill(n, v int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = v
	}
	return out
}
