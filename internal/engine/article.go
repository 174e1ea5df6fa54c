package engine

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Article is a saved web page reduced to what a reader compares: its
// title and article text. Text is plain text, paragraphs separated by
// blank lines.
type Article struct {
	Title string `json:"title"`
	Text  string `json:"text"`
}

// ArticleFromHTML reduces the HTML source of a saved web page to its
// article text. The page is parsed (golang.org/x/net/html, the HTML5
// algorithm browsers use), never run: scripts, styles, templates, forms,
// embedded frames and the page's navigation, header, footer and asides are
// discarded and nothing it links to is fetched. The text comes from the
// <article> with the most text, else <main>, else <body>. Input larger than
// 4 × MaxBytes is refused before parsing; the text it yields is checked like
// a paste. (go-readability does this more cleverly but adds 1.4 MB gzipped
// to the module, 22%; saved news pages nearly always mark their article.)
func ArticleFromHTML(src string) (_ *Article, err error) {
	defer recovered(&err)
	if len(src) > 4*MaxBytes {
		return nil, errorf(CodeTooLarge, "The page is %s; wirediff reads saved pages of at most %s. Copy the article's text instead.", size(len(src)), size(4*MaxBytes))
	}
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return nil, errorf(CodeEmpty, "The page could not be read as HTML: %v.", err)
	}
	a := &Article{Title: strings.TrimSpace(textOf(find(doc, atom.Title, false)))}
	root := find(doc, atom.Article, true)
	if root == nil {
		root = find(doc, atom.Main, false)
	}
	if root == nil {
		root = find(doc, atom.Body, false)
	}
	var w paragraphs
	if root != nil {
		w.walk(root)
	}
	a.Text = w.String()
	if e := checkText("the article text", a.Text); e != nil {
		if e.Code == CodeEmpty {
			e.Message = "No article text was found in this page. Copy the article's text from the browser instead."
		}
		return nil, e
	}
	return a, nil
}

// dropped are the elements whose content is never article text.
var dropped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Svg: true, atom.Math: true,
	atom.Canvas: true, atom.Video: true, atom.Audio: true, atom.Form: true, atom.Button: true,
	atom.Select: true, atom.Textarea: true, atom.Input: true, atom.Nav: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Head: true, atom.Dialog: true, atom.Figure: true,
}

// blocks are the elements that end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Blockquote: true, atom.Pre: true,
	atom.Table: true, atom.Tr: true, atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Hr: true,
	atom.Address: true, atom.Details: true, atom.Summary: true, atom.Body: true,
}

// find returns the first element a in n's tree, or with most the one
// holding the most text.
func find(n *html.Node, a atom.Atom, most bool) *html.Node {
	var best *html.Node
	bestLen := -1
	var visit func(*html.Node) bool
	visit = func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.DataAtom == a {
			if !most {
				best = n
				return true
			}
			if l := len(textOf(n)); l > bestLen {
				best, bestLen = n, l
			}
			return false
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if visit(c) {
				return true
			}
		}
		return false
	}
	visit(n)
	return best
}

// textOf is the text of n's tree, dropped elements left out.
func textOf(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && dropped[n.DataAtom] && n.DataAtom != atom.Title {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	return b.String()
}

// paragraphs collects text, whitespace collapsed within a paragraph (so
// "re<b>port</b>" stays one word), a paragraph at each block boundary and
// at <br>.
type paragraphs struct {
	out  []string
	line strings.Builder
}

func (p *paragraphs) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		p.line.WriteString(n.Data)
		return
	case html.ElementNode:
		if dropped[n.DataAtom] {
			return
		}
		if n.DataAtom == atom.Br {
			p.end()
			return
		}
	}
	block := n.Type == html.ElementNode && blocks[n.DataAtom]
	if block {
		p.end()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		p.walk(c)
	}
	if block {
		p.end()
	}
}

func (p *paragraphs) end() {
	if s := strings.Join(strings.Fields(p.line.String()), " "); s != "" {
		p.out = append(p.out, s)
	}
	p.line.Reset()
}

// String is the paragraphs separated by blank lines.
func (p *paragraphs) String() string {
	p.end()
	return strings.Join(p.out, "\n\n")
}
