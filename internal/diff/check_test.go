package diff_test

import (
	"fmt"
	"sort"
	"strings"

	"wirediff/internal/diff"
)

// check verifies the invariants every Result must keep: blocks tile both
// texts (A in A order, B in block order), their words rebuild both texts
// exactly, ops have the right sides, and measures lie in [0, 1].
func check(a, b string, r *diff.Result) error {
	if r.Similarity < 0 || r.Similarity > 1 {
		return fmt.Errorf("Similarity: got %v, want in [0, 1]", r.Similarity)
	}
	if x := r.Reuse; x.BFromA < 0 || x.BFromA > 1 || x.AInB < 0 || x.AInB > 1 || x.LongestRun < 0 {
		return fmt.Errorf("Reuse: got %+v, want shares in [0, 1]", x)
	}
	var withA []diff.Block
	var gotB strings.Builder
	posB := 0
	for k, bl := range r.Blocks {
		if bl.Similarity < 0 || bl.Similarity > 1 {
			return fmt.Errorf("block %d: Similarity %v not in [0, 1]", k, bl.Similarity)
		}
		switch bl.Op {
		case diff.OpInsert:
			if bl.A != nil || bl.B == nil {
				return fmt.Errorf("block %d: insert with A %v, B %v", k, bl.A, bl.B)
			}
		case diff.OpDelete:
			if bl.A == nil || bl.B != nil {
				return fmt.Errorf("block %d: delete with A %v, B %v", k, bl.A, bl.B)
			}
		case diff.OpEqual, diff.OpEdit, diff.OpMove:
			if bl.A == nil || bl.B == nil {
				return fmt.Errorf("block %d: %s with A %v, B %v", k, bl.Op, bl.A, bl.B)
			}
		default:
			return fmt.Errorf("block %d: unknown op %q", k, bl.Op)
		}
		if bl.Op != diff.OpEqual && bl.Words == nil {
			return fmt.Errorf("block %d: %s without words", k, bl.Op)
		}
		ta, tb := sides(bl)
		if bl.Words == nil {
			ta = a[bl.A.Start:bl.A.End]
			tb = ta
		}
		if bl.A != nil {
			withA = append(withA, bl)
			if got, want := ta, a[bl.A.Start:bl.A.End]; got != want {
				return fmt.Errorf("block %d (%s) A words: got %q, want %q", k, bl.Op, got, want)
			}
			if err := sentRange(bl.ASents, len(r.ASentences)); err != nil {
				return fmt.Errorf("block %d ASents: %v", k, err)
			}
		}
		if bl.B != nil {
			if bl.B.Start != posB {
				return fmt.Errorf("block %d: B starts at %d, want %d", k, bl.B.Start, posB)
			}
			posB = bl.B.End
			if got, want := tb, b[bl.B.Start:bl.B.End]; got != want {
				return fmt.Errorf("block %d (%s) B words: got %q, want %q", k, bl.Op, got, want)
			}
			gotB.WriteString(tb)
			if err := sentRange(bl.BSents, len(r.BSentences)); err != nil {
				return fmt.Errorf("block %d BSents: %v", k, err)
			}
		}
	}
	if got := gotB.String(); got != b {
		return fmt.Errorf("rebuilt B: got %q, want %q", got, b)
	}
	sort.SliceStable(withA, func(i, j int) bool { return withA[i].A.Start < withA[j].A.Start })
	var gotA strings.Builder
	for _, bl := range withA {
		if bl.A.Start != gotA.Len() {
			return fmt.Errorf("A block at %d, want %d: blocks do not tile A", bl.A.Start, gotA.Len())
		}
		ta, _ := sides(bl)
		if bl.Words == nil {
			ta = a[bl.A.Start:bl.A.End]
		}
		gotA.WriteString(ta)
	}
	if got := gotA.String(); got != a {
		return fmt.Errorf("rebuilt A: got %q, want %q", got, a)
	}
	return nil
}

// sides rebuilds a block's A text (equal and delete words) and B text
// (equal and insert words); an equal block without words stands for its A
// span on both sides.
func sides(bl diff.Block) (a, b string) {
	var sa, sb strings.Builder
	for _, w := range bl.Words {
		if w.Op != diff.OpInsert {
			sa.WriteString(w.Text)
		}
		if w.Op != diff.OpDelete {
			sb.WriteString(w.Text)
		}
	}
	return sa.String(), sb.String()
}

func sentRange(r [2]int, n int) error {
	if r[0] < 0 || r[0] > r[1] || r[1] > n {
		return fmt.Errorf("got [%d, %d), want within [0, %d]", r[0], r[1], n)
	}
	return nil
}

// opCounts counts a result's blocks by op.
func opCounts(r *diff.Result) map[diff.Op]int {
	m := make(map[diff.Op]int)
	for _, bl := range r.Blocks {
		m[bl.Op]++
	}
	return m
}

// swapped reports whether two op counts are mirror images: inserts and
// deletes exchanged, the rest alike.
func swapped(x, y map[diff.Op]int) bool {
	return x[diff.OpInsert] == y[diff.OpDelete] && x[diff.OpDelete] == y[diff.OpInsert] &&
		x[diff.OpEqual] == y[diff.OpEqual] && x[diff.OpEdit] == y[diff.OpEdit] && x[diff.OpMove] == y[diff.OpMove]
}
