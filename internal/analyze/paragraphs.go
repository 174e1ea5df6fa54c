package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hard-wrapped text (an e-mail, a terminal paste, a wire feed at 69 or 72
// columns) breaks each paragraph into lines; read line by line, a quotation
// and its credit fall apart. A greedy wrapper breaks a line only where the
// next word would not fit, so a break is soft exactly when the line plus the
// next line's first word would pass the wrap width. The widest line of the
// text estimates that width, and the text counts as wrapped only when many
// lines come close to it.
const (
	// maxWrapWidth is the widest wrap we recognise, in characters: wider
	// lines are paragraphs that were never wrapped.
	maxWrapWidth = 100
	// minWrapWidth is the narrowest: below it, short lines are a list or
	// page furniture, not a wrapped paragraph.
	minWrapWidth = 40
	// nearWidth is how many characters short of the width a full line may
	// end, the longest word a wrapper would carry to the next line.
	nearWidth = 20
)

// logicalLines returns the trimmed non-empty lines of text[from:], the
// lines of a hard-wrapped paragraph joined into one. Byte offsets.
func logicalLines(text string, from int) []Span {
	var lines []Span
	for pos := from; pos < len(text); {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		if s, e := trimSpan(text, pos, end); s < e {
			lines = append(lines, Span{s, e})
		}
		pos = end + 1
	}
	var w []int
	for _, m := range widths {
		w = append(w, wrapWidth(text, lines, m))
	}
	if w[0] == 0 && w[1] == 0 {
		return lines
	}
	soft := func(prev, next Span) bool {
		for i, m := range widths {
			if w[i] > 0 && softBreak(text, prev, next, w[i], m) {
				return true
			}
		}
		return false
	}
	out := make([]Span, 0, len(lines))
	for i, l := range lines {
		if i > 0 && soft(lines[i-1], l) {
			out[len(out)-1].End = l.End
			continue
		}
		out = append(out, l)
	}
	return out
}

// bodyParagraphs returns the logical lines of a page that are not furniture:
// the paragraphs the analysis reads.
func bodyParagraphs(p page) []Span {
	var out []Span
	f := 0
	for _, l := range p.lines {
		for f < len(p.furniture) && p.furniture[f].End <= l.Start {
			f++
		}
		if !(f < len(p.furniture) && p.furniture[f].Start <= l.Start && l.End <= p.furniture[f].End) {
			out = append(out, l)
		}
	}
	return out
}

// width measures a line in characters or in bytes: wrappers differ in
// which they count (fmt and most editors count characters, fold bytes).
type width func(string) int

var widths = []width{utf8.RuneCountInString, func(s string) int { return len(s) }}

// wrapWidth returns the width that the lines of text were wrapped at, in
// the unit of measure, or 0 when they were not wrapped.
func wrapWidth(text string, lines []Span, measure width) int {
	w, short := 0, 0
	for _, l := range lines {
		if n := measure(text[l.Start:l.End]); n <= maxWrapWidth {
			short++
			w = max(w, n)
		}
	}
	if short < 3 || 2*short < len(lines) || w < minWrapWidth {
		return 0
	}
	full := 0
	for _, l := range lines {
		if n := measure(text[l.Start:l.End]); n <= w && n > w-nearWidth {
			full++
		}
	}
	if full < 3 {
		return 0
	}
	return w
}

// softBreak reports whether the break between the lines prev and next is a
// wrap inside one paragraph at width w: nothing but one line break between
// them, and next's first word would not have fitted on prev.
func softBreak(text string, prev, next Span, w int, measure width) bool {
	if strings.Count(text[prev.End:next.Start], "\n") != 1 {
		return false
	}
	first := strings.IndexFunc(text[next.Start:next.End], unicode.IsSpace)
	if first < 0 {
		first = next.End - next.Start
	}
	return measure(text[prev.Start:prev.End])+1+measure(text[next.Start:next.Start+first]) > w
}
