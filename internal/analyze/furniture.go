package analyze

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// page is what the line rules read from a pasted article.
type page struct {
	furniture []Span
	byline    string
	// outlet is the publication's own name, normalised by outletKey ("" if unknown).
	outlet string
	// lines are the logical lines after any front matter (see logicalLines).
	lines []Span
}

var (
	reFurnitureLine = regexp.MustCompile(`(?i)^(` +
		`getting your .{0,40} ready.*|listen to (this )?(article|story).*|` +
		`advertisement|advertising|sponsored( content)?|` +
		`share|share (this|on|via) .*|share this( article| story)?|tweet|email|print|copy link|save( article)?|comments?|` +
		`(subscribe|sign up|join|get)( .{0,60})? (newsletter|updates|alerts)s?.*|.{0,60}newsletters?|subscribe( now)?|` +
		`(read|see|watch) (more|also|next)\s*[:›»].*|related\s*:.*|more from .{0,40}|` +
		`(photo|image|picture|video|graphic)( credits?)?\s*:.*|credit\s*:.*|` +
		`©.*|.*all rights reserved\.?|copyright .*|` +
		`search( for)?:?|donate|become a member|menu|skip to (main )?content|home|log ?in|sign in|close|` +
		`!\[[^\]]*\]\([^)]*\)|#{1,6}\s.*|` +
		`(do you have|got a) (more )?(news )?(information|tip).*|contact us|.*mailto:.*` +
		`)$`)
	reCaption  = regexp.MustCompile(`(?i)\b(image|photo|photograph|credit|image credits?|photo credits?)\s*:\s*\S|\((photo|image)[^)]*\)$|getty images|/ap photo|afp via getty|shutterstock`)
	reByline   = regexp.MustCompile(`(?i)^by:?\s+(\p{Lu}[^,|–—]*?)\s*(?:(?:,|\||\s[-–—]\s).*)?$`)
	reDateLine = regexp.MustCompile(`(?i)^((updated|published|posted)\s*:?\s*)?((mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2},?\s+\d{4}\b.{0,30}$|^\d{4}-\d\d-\d\d\b.{0,30}$`)
	reLoneMark = regexp.MustCompile(`^[^\p{L}\p{N}]{1,3}$`)
	reURL      = regexp.MustCompile(`https?://(?:www\.)?([^/\s"]+)`)
	reFront    = regexp.MustCompile(`(?m)^(author|authors|byline|source|url|site|publisher)\s*:\s*"?([^"\n]*)"?\s*$`)
)

// readPage finds the furniture, the byline and the outlet's own name.
// Furniture is Markdown front matter, headings and image lines,
// audio-player prompts, lone separators, "Advertisement", share/subscribe/
// newsletter and "Read more:" lines, photo credits and captions, copyright
// lines, bylines, date lines, and navigation menus and titles (short lines
// with no sentence punctuation); its spans are trimmed, in text order and
// not overlapping. Rules only, linear in the length of text; a line of more
// than 40 words is never furniture unless it is front matter.
func readPage(text string) page {
	var p page
	pos := 0
	// Markdown front matter: a "---" block at the very top.
	if s := strings.TrimLeft(text, " \t\r\n"); strings.HasPrefix(s, "---\n") || strings.HasPrefix(s, "---\r\n") {
		open := len(text) - len(s)
		if i := strings.Index(s[3:], "\n---"); i >= 0 {
			close := open + 3 + i + 4
			p.furniture = append(p.furniture, Span{open, close})
			p.readFrontMatter(text[open:close])
			pos = close
		}
	}
	p.lines = logicalLines(text, pos)
	lines := p.lines
	for i, l := range lines {
		s := text[l.Start:l.End]
		furniture := isFurnitureLine(s) && (len(lines) > 1 || !strings.ContainsAny(s, " "))
		var m []string
		if mayBeByline(s) {
			m = reByline.FindStringSubmatch(s)
		}
		if m != nil && len(strings.Fields(s)) <= 12 {
			furniture = true
			if p.byline == "" {
				p.byline = strings.TrimSpace(m[1])
			}
		} else if furniture && p.byline == "" && looksLikeName(s) && i+1 < len(lines) && reDateLine.MatchString(text[lines[i+1].Start:lines[i+1].End]) {
			p.byline = s
		}
		if p.outlet == "" && strings.HasPrefix(s, "©") {
			if m := reOwnCopyright.FindStringSubmatch(s); m != nil {
				p.outlet = outletKey(m[1])
			}
		}
		if furniture {
			p.furniture = append(p.furniture, l)
		}
	}
	if p.outlet == "" {
		if m := hasLearned(text); m != nil {
			p.outlet = outletKey(m[1])
		}
	}
	return p
}

var (
	reOwnCopyright = regexp.MustCompile(`^©\s*(?:\d{4}\s*)?([\p{L} .&'’-]{2,40}?)\s*(?:\d{4})?\.?$`)
	reHasLearned   = regexp.MustCompile(`\b((?:The )?\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?) (?:has|have) learned\b`)
)

func (p *page) readFrontMatter(fm string) {
	var author, source string
	for _, m := range reFront.FindAllStringSubmatch(fm, -1) {
		v := strings.TrimSpace(m[2])
		switch strings.ToLower(m[1]) {
		case "author", "authors", "byline":
			author = v
		case "source":
			source = v
		case "url", "site", "publisher":
			if u := reURL.FindStringSubmatch(v); u != nil {
				host := strings.Split(u[1], ".")
				if len(host) >= 2 {
					p.outlet = outletKey(host[len(host)-2])
				}
			} else if p.outlet == "" && v != "" {
				p.outlet = outletKey(v)
			}
		}
	}
	if author == "" && looksLikeName(source) {
		author = source
	}
	p.byline = author
}

// outletKey normalises an outlet's name for comparison: lower case, letters
// only, a leading "the" dropped.
func outletKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "the ")
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isFurnitureLine reports whether one trimmed line is page furniture. Each
// regular expression runs only on the lines its prefilter (prefilter.go)
// cannot rule out, which is few of them: the result is the same.
func isFurnitureLine(s string) bool {
	words := countFields(s, 41)
	if words > 40 {
		return false
	}
	if len(s) <= 3*utf8.UTFMax && reLoneMark.MatchString(s) ||
		mayBeFurnitureLine(s) && reFurnitureLine.MatchString(s) ||
		mayBeDateLine(s) && reDateLine.MatchString(s) {
		return true
	}
	if mayBeCaption(s) && reCaption.MatchString(s) {
		return true
	}
	// Titles, section heads and navigation: short lines without sentence
	// punctuation or quotation marks, starting with a capital.
	r, _ := utf8.DecodeRuneInString(s)
	return words <= 14 && !endsSentence(s) && (unicode.IsUpper(r) || unicode.IsDigit(r)) && !strings.ContainsAny(s, "“”\"")
}

// endsSentence reports whether s ends with sentence punctuation, perhaps
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"”’')]* ")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…' || r == ':' && len(strings.Fields(s)) > 6
}

// looksLikeName reports whether s is 2-4 capitalised words and nothing else.
func looksLikeName(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, "0123456789:/@") || strings.ToUpper(w) == w && len(w) > 2 {
			return false
		}
	}
	return true
}

// trimSpan returns [start, end) with surrounding white space removed.
func trimSpan(text string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return start, end
}
