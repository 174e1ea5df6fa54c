package analyze

import "unicode/utf8"

// quoteMark is one quotation found in the text: Open..Close includes the
// marks, Start..End (the Quote's span) excludes them. An unclosed quotation
// runs to the end of its paragraph and has Close == End.
type quoteMark struct {
	Open, Close int
	Span
	para int // index of the paragraph that holds it
}

// findQuotes returns the quotations of text[start:end], one paragraph:
// curly “…” and straight "…" double quotes (single quotes are left alone:
// they are mostly apostrophes). A quotation never crosses a paragraph. Linear in
// the length of the range, whatever the number of marks.
func findQuotes(text string, start, end int) []quoteMark {
	var out []quoteMark
	open, curly := -1, false
	prev := ' '
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case r == '“' && open < 0:
			open, curly = i, true
		case r == '”' && open >= 0 && curly:
			out = append(out, newQuoteMark(text, open, i+n, n))
			open = -1
		case r == '"' && open < 0 && opensQuote(prev):
			open, curly = i, false
		case r == '"' && open >= 0 && !curly:
			out = append(out, newQuoteMark(text, open, i+n, n))
			open = -1
		}
		prev = r
		i += n
	}
	if open >= 0 {
		q := newQuoteMark(text, open, end, 0)
		if q.Start < q.End {
			out = append(out, q)
		}
	}
	return out
}

func newQuoteMark(text string, open, close, closeLen int) quoteMark {
	_, n := utf8.DecodeRuneInString(text[open:])
	s, e := trimSpan(text, open+n, close-closeLen)
	for e > s && text[e-1] == ',' {
		e-- // the comma before "he said" is the writer's
	}
	return quoteMark{Open: open, Close: close, Span: Span{s, e}}
}

// opensQuote reports whether a straight quote after prev opens a quotation.
func opensQuote(prev rune) bool {
	switch prev {
	case ' ', '\t', '\n', '(', '[', '{', '—', '–', '-', ':', ',', '/':
		return true
	}
	return false
}

// quoteAt returns the index of the quotation whose marks contain byte i, or -1.
// qs must be in text order; it is a binary search.
func quoteAt(qs []quoteMark, i int) int {
	lo, hi := 0, len(qs)
	for lo < hi {
		m := (lo + hi) / 2
		if qs[m].Close <= i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(qs) && qs[lo].Open <= i && i < qs[lo].Close {
		return lo
	}
	return -1
}

// joinSplitQuotes extends the content of a quotation credited after it
// (“X,” he said.) over the quotation that opens the next sentence, in the
// same paragraph or the next (“Y.”), when that sentence credits nobody
// itself: the statement is X and Y. Each hit looks at one sentence: linear.
func joinSplitQuotes(r *reader, hits []*hit) {
	credited := map[int]bool{}
	for _, h := range hits {
		credited[h.sent] = true
	}
	for _, h := range hits {
		cue := r.sents[h.sent].toks[h.cueFirst].Start
		if !h.direct || h.content.End > cue || h.sent+1 >= len(r.sents) || credited[h.sent+1] {
			continue
		}
		q := quoteAt(r.quotes, h.content.Start)
		next := r.sents[h.sent+1]
		q2 := quoteAt(r.quotes, next.Start)
		if q < 0 || q2 <= q || r.quotes[q2].Open != next.Start || r.quotes[q2].para > r.quotes[q].para+1 {
			continue
		}
		h.content.End = r.quotes[q2].End
	}
}
