// Package report renders a comparison (the contract's Comparison) as one
// standalone HTML file: readable offline, in any browser, with no script
// at all. The command line's "compare --html" and the page's Export both
// call it, so a report looks the same whichever door made it.
//
// Everything from the compared texts goes through html/template's
// escaping, and the file carries a Content-Security-Policy that allows no
// script, so a pasted "<script>" stays text.
package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strings"

	"wirediff/internal/contract"
)

//go:embed report.html
var page string

var tmpl = template.Must(template.New("report").Parse(page))

// foldWords is the length, in words, from which an unchanged passage is
// folded away under a "N unchanged words" disclosure (which opens without
// script), so that the changes stand out.
const foldWords = 60

// view is what the template reads.
type view struct {
	Title              string
	Similarity, BFromA string
	AInB               string
	LongestRun         int
	Summary            string
	Changes            []change
	Entities           []item
	Titles             []item
	Numbers            []item
	Notices            []string
	Rows               []row
	Attribution        bool
}

type change struct {
	Kind, Detail string
	Block        int
	Words        []contract.Word
}

type item struct {
	Text  string
	Block int
}

type row struct {
	Index        int
	Op, Label    string
	A, B         []contract.Word
	MovedFrom    int // 1-based sentence of A a moved block came from
	HasA, HasB   bool
	SimilarityPc string
	// Folded is the word count of a long unchanged passage shown folded, or 0.
	Folded int
}

// Comparison writes c as a standalone HTML report to w. title names the two
// versions ("a.txt → b.txt"); "" gives a generic title. It fails only when
// w does.
func Comparison(w io.Writer, c *contract.Comparison, title string) error {
	if title == "" {
		title = "Version A → version B"
	}
	v := view{
		Title:       title,
		Similarity:  Percent(c.Similarity),
		BFromA:      Percent(c.Reuse.BFromA),
		AInB:        Percent(c.Reuse.AInB),
		LongestRun:  c.Reuse.LongestRun,
		Attribution: c.Summary != nil,
	}
	if c.Summary != nil {
		v.Summary = SummaryLine(c.Summary)
	}
	referenced := map[int]bool{}
	for _, ch := range c.AttributionChanges {
		v.Changes = append(v.Changes, change{Kind: ch.Kind, Detail: ch.Detail, Block: ch.Block, Words: ch.Words})
		referenced[ch.Block] = true
	}
	for _, e := range c.EntityChanges {
		v.Entities = append(v.Entities, item{fmt.Sprintf("%s: %s (%s)", e.Op, e.Span.Text, e.Label), e.Block})
		referenced[e.Block] = true
	}
	for _, t := range c.TitleChanges {
		v.Titles = append(v.Titles, item{t.A.Text + " → " + t.B.Text, t.Block})
		referenced[t.Block] = true
	}
	for _, n := range c.NumberChanges {
		v.Numbers = append(v.Numbers, item{n.A.Text + " → " + n.B.Text, n.Block})
		referenced[n.Block] = true
	}
	if c.A != nil {
		v.Notices = append(v.Notices, prefixed("Version A: ", c.A.Notices)...)
	}
	if c.B != nil {
		v.Notices = append(v.Notices, prefixed("Version B: ", c.B.Notices)...)
	}
	v.Rows = rows(c, referenced)
	return tmpl.Execute(w, v)
}

func prefixed(p string, ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = p + s
	}
	return out
}

// rows turns the blocks into rows, folding long unchanged passages that no
// listed change points at.
func rows(c *contract.Comparison, referenced map[int]bool) []row {
	var aSents []contract.Span
	if c.A != nil {
		aSents = c.A.Sentences
	}
	out := make([]row, len(c.Blocks))
	for i, b := range c.Blocks {
		out[i] = blockRow(i, b, aSents)
		if b.Op == "equal" && !referenced[i] && b.B != nil {
			if n := len(strings.Fields(b.B.Text)); n >= foldWords {
				out[i].Folded = n
			}
		}
	}
	return out
}

var labels = map[string]string{
	"equal": "unchanged", "edit": "edited", "insert": "only in B", "delete": "only in A", "move": "moved",
}

func blockRow(i int, b contract.Block, aSents []contract.Span) row {
	r := row{Index: i, Op: b.Op, Label: labels[b.Op], HasA: b.A != nil, HasB: b.B != nil,
		SimilarityPc: Percent(b.Similarity)}
	switch {
	case b.Words == nil:
		if b.A != nil {
			r.A = []contract.Word{{Op: opFor(b.Op, "delete"), Text: b.A.Text}}
		}
		if b.B != nil {
			r.B = []contract.Word{{Op: opFor(b.Op, "insert"), Text: b.B.Text}}
		}
	default:
		for _, w := range b.Words {
			if w.Op != "insert" {
				r.A = append(r.A, w)
			}
			if w.Op != "delete" {
				r.B = append(r.B, w)
			}
		}
	}
	if b.Op == "move" && b.A != nil {
		r.MovedFrom = sentenceAt(aSents, b.A.Start)
	}
	return r
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

// Title names a comparison of two files for a report's heading.
func Title(a, b string) string {
	return strings.TrimSpace(a) + " → " + strings.TrimSpace(b)
}
