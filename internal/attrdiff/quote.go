package attrdiff

import (
	"strings"

	"wirediff/internal/diff"
)

// maxLCS bounds the cells of a word alignment; longer pairs are diffed as
// one replacement. Quotations are far shorter.
const maxLCS = 1 << 20

// verbatim reports whether a quotation paired across versions says the same
// words: the same keys, or each version's words found whole in the other
// version's aligned text (the analyses may cut a quotation differently, at
// a line break or a trailing clause, while the words stay).
func (c *comparer) verbatim(x, y *att) bool {
	if sameKeys(x.content, y.content) {
		return true
	}
	if x.block < 0 || y.block < 0 {
		return false
	}
	aw := c.a.blockWords(c.d.Blocks[x.block], true)
	bw := c.b.blockWords(c.d.Blocks[y.block], false)
	return contains(bw, x.content) && contains(aw, y.content)
}

// wordDiff aligns the words of a and b (a longest common subsequence of
// their keys) and returns the runs, each word with the text that follows it
// up to the next word, so that the equal and delete runs spell a.
func wordDiff(atext string, a []word, btext string, b []word) []diff.Word {
	var out []diff.Word
	emit := func(op diff.Op, text string, ws []word, i int) {
		end := ws[i].end
		if i+1 < len(ws) {
			end = ws[i+1].start
		}
		t := text[ws[i].start:end]
		if n := len(out); n > 0 && out[n-1].Op == op {
			out[n-1].Text += t
			return
		}
		out = append(out, diff.Word{Op: op, Text: t})
	}
	i, j := 0, 0
	for _, op := range lcsOps(a, b) {
		switch op {
		case diff.OpEqual:
			emit(op, btext, b, j)
			i++
			j++
		case diff.OpDelete:
			emit(op, atext, a, i)
			i++
		default:
			emit(op, btext, b, j)
			j++
		}
	}
	return out
}

// lcsOps aligns the keys of a and b by a longest common subsequence and
// returns the edit script: one op per word, equal, delete (a word of a) or
// insert (a word of b). Beyond maxLCS cells it deletes all of a and inserts
// all of b.
func lcsOps(a, b []word) []diff.Op {
	ops := make([]diff.Op, 0, len(a)+len(b))
	if len(a)*len(b) > maxLCS {
		for range a {
			ops = append(ops, diff.OpDelete)
		}
		for range b {
			ops = append(ops, diff.OpInsert)
		}
		return ops
	}
	// t[i*w+j] is the LCS length of a[i:] and b[j:].
	w := len(b) + 1
	t := make([]int32, (len(a)+1)*w)
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i].key == b[j].key {
				t[i*w+j] = t[(i+1)*w+j+1] + 1
			} else {
				t[i*w+j] = max(t[(i+1)*w+j], t[i*w+j+1])
			}
		}
	}
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i].key == b[j].key:
			ops = append(ops, diff.OpEqual)
			i++
			j++
		case j == len(b) || (i < len(a) && t[(i+1)*w+j] >= t[i*w+j+1]):
			ops = append(ops, diff.OpDelete)
			i++
		default:
			ops = append(ops, diff.OpInsert)
			j++
		}
	}
	return ops
}

// hunks describes the changed runs of a word diff in one line:
// “everything” → “nothing”; −“not”; +“really”.
func hunks(ws []diff.Word) string {
	var parts []string
	for i := 0; i < len(ws); i++ {
		if ws[i].Op == diff.OpEqual {
			continue
		}
		var del, ins string
		for ; i < len(ws) && ws[i].Op != diff.OpEqual; i++ {
			if ws[i].Op == diff.OpDelete {
				del += ws[i].Text
			} else {
				ins += ws[i].Text
			}
		}
		del, ins = trimPunct(del), trimPunct(ins)
		switch {
		case del != "" && ins != "":
			parts = append(parts, quoted(del)+" → "+quoted(ins))
		case del != "":
			parts = append(parts, "−"+quoted(del))
		case ins != "":
			parts = append(parts, "+"+quoted(ins))
		}
	}
	return strings.Join(parts, "; ")
}

// trimPunct trims the spaces and the punctuation that trail a run of words.
func trimPunct(s string) string {
	return strings.TrimRight(clean(s), " ,.;:!?\"'“”’")
}
