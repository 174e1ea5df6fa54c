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
// it. No sentence is longer than MaxSentenceBytes: a longer one (no full
// stop, a script without case, a run-on list) is cut into pieces of at most
// that length, at white space where there is some. Linear in the length of
// the range.
func splitSentences(text string, start, end int, qs []quoteMark) []Span {
	var out []Span
	emit := func(s, e int) { out = appendCapped(out, text, s, e) }
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
			emit(s, e)
		}
		from = j
		i = j
	}
	if s, e := trimSpan(text, from, end); s < e {
		emit(s, e)
	}
	return out
}

// MaxSentenceBytes is the longest sentence the analysis reads, in bytes.
// Every rule works inside one sentence, so this bounds the work and the
// output per byte of input whatever the text: an ordinary sentence is well
// under a tenth of it.
const MaxSentenceBytes = 2000

// appendCapped appends the trimmed sentence text[s:e] to out, cut into
// pieces of at most MaxSentenceBytes bytes: at the last white space of the
// piece's second half, else at a rune boundary.
func appendCapped(out []Span, text string, s, e int) []Span {
	for e-s > MaxSentenceBytes {
		cut := s + MaxSentenceBytes
		for cut > s && !utf8.RuneStart(text[cut]) {
			cut--
		}
		for k := cut; k > s+MaxSentenceBytes/2; {
			r, n := utf8.DecodeLastRuneInString(text[s:k])
			if unicode.IsSpace(r) {
				cut = k - n
				break
			}
			k -= n
		}
		if ps, pe := trimSpan(text, s, cut); ps < pe {
			out = append(out, Span{ps, pe})
		}
		s, _ = trimSpan(text, cut, e)
	}
	if s < e {
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
		// U.S., a.m.; but "at 7 p.m. He said" ends a sentence.
		return sentenceOpeners[nextWord(text, k, end)]
	}
	return !isAbbreviation(word)
}

// sentenceOpeners are capitalised words that open a sentence and hardly
// ever follow a dotted abbreviation inside one ("7 p.m. He said").
var sentenceOpeners = toSet(`He She They It We I The But And This That There His Her Their Its In A An`)

// nextWord returns the word starting at text[k:], up to the first rune that
// is not a letter (at most 16 bytes are read).
func nextWord(text string, k, end int) string {
	e := k
	for e < end && e < k+16 {
		r, n := utf8.DecodeRuneInString(text[e:end])
		if !unicode.IsLetter(r) {
			break
		}
		e += n
	}
	return text[k:e]
}
