package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// cjkStops end a sentence in Chinese and Japanese, with or without white
// space after them (all at U+3000 or above); cjkClosers are the closing
// marks that may follow one.
const (
	cjkStops   = "。！？｡"
	cjkClosers = "」』）》〉】〕"
)

// splitSentences splits text[start:end], one paragraph, into sentences. It
// breaks after 。！？ and, when white space and then a capital, digit or
// opening mark follow, after . ! ? or … (and any closing quotes or
// brackets), except after
// abbreviations (Gen., U.S., a.m., single initials) and inside a quotation,
// so that a quotation of several sentences stays in the sentence that credits
// it. Linear in the length of the range.
func splitSentences(text string, start, end int, qs []quoteMark) []Span {
	var out []Span
	from := start
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:end])
		cjk := r >= 0x3000 && strings.ContainsRune(cjkStops, r)
		if r != '.' && r != '!' && r != '?' && r != '…' && !cjk {
			i += n
			continue
		}
		j := i + n
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(text[j:end])
			if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '…' || r2 >= 0x3000 && strings.ContainsRune(cjkStops, r2) ||
				strings.ContainsRune("\"”’')]", r2) || cjk && strings.ContainsRune(cjkClosers, r2) {
				j += n2
				continue
			}
			break
		}
		// Chinese and Japanese put no space after a full stop.
		breaks := cjk || breaksAfter(text, i, j, end)
		if q := quoteAt(qs, i); j >= end || !breaks || q >= 0 && j < qs[q].Close {
			i = j
			continue
		}
		if s, e := trimSpan(text, from, j); s < e {
			out = append(out, Span{s, e})
		}
		from = j
		i = j
	}
	if s, e := trimSpan(text, from, end); s < e {
		out = append(out, Span{s, e})
	}
	return out
}

// breaksAfter reports whether a sentence ends at the terminator text[i] whose
// run of punctuation ends at j.
func breaksAfter(text string, i, j, end int) bool {
	r, _ := utf8.DecodeRuneInString(text[j:end])
	if !unicode.IsSpace(r) {
		return false
	}
	k, _ := trimSpan(text, j, end)
	if k >= end {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[k:end])
	if !(unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("“\"‘'([", next)) {
		return false
	}
	if text[i] != '.' || j-i > 1 && text[i+1] == '.' {
		return true // ?, !, … or an ellipsis
	}
	// The word before the dot.
	w := i
	for w > 0 {
		r2, n2 := utf8.DecodeLastRuneInString(text[:w])
		if unicode.IsSpace(r2) || r2 == '(' || r2 == '“' || r2 == '"' {
			break
		}
		w -= n2
	}
	word := text[w:i]
	if strings.Contains(word, ".") && !strings.Contains(word, "..") {
		return false // U.S., a.m.
	}
	return !isAbbreviation(word)
}
