package report

import (
	"strconv"
	"strings"

	"wirediff/internal/contract"
)

// sideBySide writes every block as a row: A on the left, B on the right,
// in B's order, long unchanged passages that no change points at folded.
func (p *printer) sideBySide(c *contract.Comparison, referenced map[int]bool) {
	p.raw(`<section aria-labelledby="sidebyside">
<h2 id="sidebyside">Side by side</h2>
<table>
<thead><tr><th class="op" scope="col">Change</th><th scope="col">Version A</th><th scope="col">Version B</th></tr></thead>
<tbody>
`)
	var aSents []contract.Span
	if c.A != nil {
		aSents = c.A.Sentences
	}
	for i, b := range c.Blocks {
		a, bw := sides(b)
		p.raw(`<tr id="block-` + strconv.Itoa(i) + `" class="` + opClass(b.Op) + `"><td class="op">`)
		p.text(labels[b.Op])
		if b.Op == "equal" && !referenced[i] && b.B != nil {
			if n := len(strings.Fields(b.B.Text)); n >= foldWords {
				p.raw(`</td><td colspan="2"><details><summary>` + strconv.Itoa(n) + ` unchanged words</summary><div class="text" dir="auto">`)
				p.words(bw)
				p.raw("</div></details></td></tr>\n")
				continue
			}
		}
		if b.Op == "move" && b.A != nil {
			if s := sentenceAt(aSents, b.A.Start); s > 0 {
				p.raw("<br>from sentence " + strconv.Itoa(s) + " of A")
			}
		}
		if b.Op == "edit" {
			p.raw("<br>")
			p.text(Percent(b.Similarity) + " alike")
		}
		p.raw(`</td><td class="text" dir="auto">`)
		p.words(a)
		p.raw(`</td><td class="text" dir="auto">`)
		p.words(bw)
		p.raw("</td></tr>\n")
	}
	p.raw("</tbody>\n</table>\n</section>\n")
}

// opClass keeps an op name safe in an attribute: ops are the contract's
// lower-case words, anything else becomes "other".
func opClass(op string) string {
	if _, ok := labels[op]; ok {
		return op
	}
	return "other"
}

// sides splits a block into the words shown for A and for B.
func sides(b contract.Block) (a, bw []contract.Word) {
	if b.Words == nil {
		if b.A != nil {
			a = []contract.Word{{Op: opFor(b.Op, "delete"), Text: b.A.Text}}
		}
		if b.B != nil {
			bw = []contract.Word{{Op: opFor(b.Op, "insert"), Text: b.B.Text}}
		}
		return a, bw
	}
	for _, w := range b.Words {
		if w.Op != "insert" {
			a = append(a, w)
		}
		if w.Op != "delete" {
			bw = append(bw, w)
		}
	}
	return a, bw
}

// opFor marks a whole block's text: equal in an equal block, else op.
func opFor(blockOp, op string) string {
	if blockOp == "equal" {
		return "equal"
	}
	return op
}

// sentenceAt returns the 1-based number of the sentence holding offset, or 0.
func sentenceAt(ss []contract.Span, offset int) int {
	for i, s := range ss {
		if offset < s.End {
			return i + 1
		}
	}
	return 0
}
