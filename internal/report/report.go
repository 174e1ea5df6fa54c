// Package report renders a comparison (the contract's Comparison) as one
// standalone HTML file: readable offline, in any browser, with no script
// at all. The command line's "compare --html" and the page's Export both
// call it, so a report looks the same whichever door made it.
//
// Everything from the compared texts is escaped as it is written, and the
// file carries a Content-Security-Policy that allows no script, so a pasted
// "<script>" stays text. The HTML is written by hand rather than with
// html/template, whose use of reflection keeps every exported method of the
// program in the binary and so would add 6 MB to the WebAssembly module.
package report

import (
	_ "embed"
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"

	"wirediff/internal/contract"
)

//go:embed report.css
var css string

// foldWords is the length, in words, from which an unchanged passage is
// folded away under a "N unchanged words" disclosure (which opens without
// script), so that the changes stand out.
const foldWords = 60

var labels = map[string]string{
	"equal": "unchanged", "edit": "edited", "insert": "only in B", "delete": "only in A", "move": "moved",
}

// head writes a report's document head, its styles (css and then extra)
// and the page header with title, as far as the header's heading: no
// script, a CSP that allows none.
func (p *printer) head(title, extra string) {
	p.raw(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="generator" content="wirediff">
<title>wirediff — `)
	p.text(title)
	p.raw("</title>\n<style>\n" + css + extra + "</style>\n</head>\n<body>\n<header>\n<p>wirediff report</p>\n<h1 dir=\"auto\">")
	p.text(title)
	p.raw("</h1>\n")
}

// Comparison writes c as a standalone HTML report to w. title names the two
// versions ("a.txt → b.txt"); "" gives a generic title. It fails only when
// w does.
func Comparison(w io.Writer, c *contract.Comparison, title string) error {
	if title == "" {
		title = "Version A → version B"
	}
	p := &printer{}
	p.head(title, "")
	p.raw("<dl class=\"figures\">\n")
	p.figure("Similarity", Percent(c.Similarity))
	p.figure("B verbatim from A", Percent(c.Reuse.BFromA))
	p.figure("A reused in B", Percent(c.Reuse.AInB))
	p.figure("Longest copied run", strconv.Itoa(c.Reuse.LongestRun)+" words")
	p.raw("</dl>\n")
	for _, side := range []struct {
		name string
		an   *contract.Analysis
	}{{"Version A: ", c.A}, {"Version B: ", c.B}} {
		if side.an == nil {
			continue
		}
		for _, n := range side.an.Notices {
			p.raw(`<p class="notice" dir="auto">`)
			p.text(side.name + n)
			p.raw("</p>\n")
		}
	}
	p.raw("</header>\n<main>\n")
	referenced := p.sourcing(c)
	p.sideBySide(c, referenced)
	p.raw("</main>\n<footer><p>Made by wirediff. Inserted text is <ins>underlined</ins>, deleted text <del>struck through</del>.</p></footer>\n</body>\n</html>\n")
	_, err := io.WriteString(w, p.b.String())
	return err
}

// Title names a comparison of two files for a report's heading.
func Title(a, b string) string {
	return strings.TrimSpace(a) + " → " + strings.TrimSpace(b)
}

// printer builds the page; raw writes markup, text writes escaped text.
type printer struct{ b strings.Builder }

func (p *printer) raw(s string)  { p.b.WriteString(s) }
func (p *printer) text(s string) { p.b.WriteString(html.EscapeString(s)) }

func (p *printer) figure(name, value string) {
	p.raw("<div><dt>")
	p.text(name)
	p.raw("</dt><dd>")
	p.text(value)
	p.raw("</dd></div>\n")
}

// sourcing writes what happened to the sourcing and returns the blocks the
// listed changes point at.
func (p *printer) sourcing(c *contract.Comparison) map[int]bool {
	referenced := map[int]bool{}
	if c.Summary == nil {
		return referenced
	}
	p.raw("<section aria-labelledby=\"sourcing\">\n<h2 id=\"sourcing\">What happened to the sourcing</h2>\n<p class=\"summary\">")
	if c.Unrelated {
		p.text(UnrelatedLine(c.Similarity))
		p.raw("</p>\n</section>\n")
		return referenced
	}
	p.text(SummaryLine(c.Summary))
	p.raw("</p>\n")
	if len(c.AttributionChanges) == 0 {
		p.raw("<p>No attribution changed.</p>\n")
	} else {
		p.raw("<ul class=\"changes\">\n")
		for _, ch := range c.AttributionChanges {
			label, detail := ChangeLabel(ch)
			p.changeItem(ch.Kind, label, ch.Direction, detail, ch.Block)
			if len(ch.Words) > 0 {
				p.raw(`<br><q dir="auto">`)
				p.words(ch.Words)
				p.raw("</q>")
			}
			p.raw("</li>\n")
			referenced[ch.Block] = true
		}
		p.raw("</ul>\n")
	}
	if len(c.EntityChanges)+len(c.TitleChanges)+len(c.NumberChanges) > 0 {
		p.raw("<h2>Names, titles and numbers</h2>\n<ul class=\"changes\">\n")
		for _, e := range c.EntityChanges {
			p.item("entity", fmt.Sprintf("%s: %s (%s)", e.Op, e.Span.Text, e.Label), e.Block, "see")
			p.raw("</li>\n")
			referenced[e.Block] = true
		}
		for _, t := range c.TitleChanges {
			p.item("title", t.A.Text+" → "+t.B.Text, t.Block, "see")
			p.raw("</li>\n")
			referenced[t.Block] = true
		}
		for _, n := range c.NumberChanges {
			p.item("number", n.A.Text+" → "+n.B.Text, n.Block, "see")
			p.raw("</li>\n")
			referenced[n.Block] = true
		}
		p.raw("</ul>\n")
	}
	p.raw("</section>\n")
	return referenced
}

// item opens a list item: the kind, the detail and a link to the block.
func (p *printer) item(kind, detail string, block int, link string) {
	p.raw(`<li><span class="kind">`)
	p.text(kind)
	p.raw(`</span><span dir="auto">`)
	p.text(detail)
	p.raw("</span>")
	if block >= 0 {
		p.raw(` — <a href="#block-` + strconv.Itoa(block) + `">`)
		p.text(link)
		p.raw("</a>")
	}
}

// changeItem opens a list item for an attribution change: its one label,
// its direction in words, the detail and a link to the block; its kind
// stays in data-kind.
func (p *printer) changeItem(kind, label, direction, detail string, block int) {
	p.raw(`<li data-kind="`)
	p.text(kind)
	p.raw(`"><span class="kind">`)
	p.text(label)
	p.raw(`</span>`)
	if d := directionWords[direction]; d != "" {
		// direction is one of directionWords' keys, safe in an attribute.
		p.raw(`<span class="direction direction-` + direction + `">`)
		p.text(d)
		p.raw(`</span>`)
	}
	p.raw(`<span dir="auto">`)
	p.text(detail)
	p.raw("</span>")
	if block >= 0 {
		p.raw(` — <a href="#block-` + strconv.Itoa(block) + `">see the passage</a>`)
	}
}

// words writes a word diff with insertions and deletions marked by more
// than colour: underline and strike-through, and a label for screen readers.
func (p *printer) words(ws []contract.Word) {
	for _, w := range ws {
		switch w.Op {
		case "insert":
			p.raw(`<ins><span class="sr">inserted: </span>`)
			p.text(w.Text)
			p.raw("</ins>")
		case "delete":
			p.raw(`<del><span class="sr">deleted: </span>`)
			p.text(w.Text)
			p.raw("</del>")
		default:
			p.text(w.Text)
		}
	}
}
