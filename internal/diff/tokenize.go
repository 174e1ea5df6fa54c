package diff

import (
	"unicode"
	"unicode/utf8"
)

// Kind classifies a Token.
type Kind uint8

// The kinds of tokens. KindWord and KindNumber are the words that
// Similarity and Reuse count.
const (
	KindSpace  Kind = iota // a run of white space (spaces, NBSP, tabs, newlines, CRLF)
	KindWord               // letters, with in-word apostrophes, hyphens and abbreviation dots
	KindNumber             // digits with inner separators ("1,200", "3.5") or a leading currency sign ("$1.3")
	KindPunct              // one punctuation mark, symbol or emoji
)

// Token is one token of a text: the byte range [Start, End) and its kind.
type Token struct {
	Start, End int
	Kind       Kind
}

// Tokenize splits s into tokens that tile it: the first starts at 0, each
// starts where the previous ended, the last ends at len(s), and every
// boundary falls on a UTF-8 sequence boundary (an invalid byte is a
// one-byte KindPunct token).
//
// Words keep in-word apostrophes (straight and curly: "Israel’s", "don't"),
// hyphens ("U.S.-Israeli") and the dots of short abbreviations ("U.S.",
// "Ph.D."). Numbers keep inner separators followed by a digit ("1,200",
// "3.5", "10:30") and a leading currency sign ("$1.3"). Punctuation marks are
// one token each; white space runs are one token.
//
// Scripts written without spaces (Han, Hiragana, Katakana, Thai, Lao, Khmer,
// Myanmar) are split one character per KindWord token, so that a diff of
// Chinese text works on characters. Combining marks, variation selectors,
// emoji modifiers, zero-width joiner sequences and regional-indicator pairs
// stay with their base character (a grapheme-like cluster), never split.
func Tokenize(s string) []Token {
	// News text has some 0.4 tokens a byte; room for 0.5 spares the
	// copies of growing the slice.
	toks := make([]Token, 0, len(s)/2+1)
	for i := 0; i < len(s); {
		end, kind := next(s, i)
		toks = append(toks, Token{i, end, kind})
		i = end
	}
	return toks
}

// next returns the end and the kind of the token that starts at i.
func next(s string, i int) (int, Kind) {
	// An ASCII character followed by ASCII is a cluster of its own: the
	// common case, classified without decoding.
	if c := s[i]; c < utf8.RuneSelf && !asciiSpace(c) && (i+1 == len(s) || s[i+1] < utf8.RuneSelf) {
		switch {
		case asciiAlnum(c) && c > '9':
			return word(s, i+1, false), KindWord
		case asciiAlnum(c) || c == '$' && startsDigit(s, i+1):
			return word(s, i+1, true), KindNumber
		}
		return i + 1, KindPunct
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	switch {
	case r == utf8.RuneError && n <= 1:
		return i + n, KindPunct
	case unicode.IsSpace(r):
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				if asciiSpace(c) {
					i++
					continue
				}
				break
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += n
		}
		return i, KindSpace
	case unspaced(r):
		return cluster(s, i), KindWord
	case unicode.IsDigit(r) || currency(r) && startsDigit(s, i+n):
		return word(s, cluster(s, i), true), KindNumber
	case unicode.IsLetter(r) || isMark(r):
		return word(s, cluster(s, i), false), KindWord
	}
	return cluster(s, i), KindPunct
}

// word extends a word or number whose first cluster ends at i.
func word(s string, i int, number bool) int {
	segLen := 1 // letters in the current dot-separated segment, for abbreviations
	dotted := false
	for i < len(s) {
		// An ASCII letter or digit followed by ASCII is a cluster of its
		// own: the common case, taken without decoding.
		if c := s[i]; asciiAlnum(c) && (i+1 == len(s) || s[i+1] < utf8.RuneSelf) {
			i++
			segLen++
			continue
		}
		if c := s[i]; c < utf8.RuneSelf && !asciiAlnum(c) && !wordJoiner(c) {
			return i // ASCII white space or punctuation that joins nothing
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unspaced(r):
			return i
		case unicode.IsLetter(r) || unicode.IsDigit(r) || isMark(r):
			i = cluster(s, i)
			segLen++
			continue
		}
		// A joiner is kept only when a letter or digit follows it.
		next, nn := utf8.DecodeRuneInString(s[i+n:])
		nextAlnum := i+n < len(s) && (unicode.IsLetter(next) || unicode.IsDigit(next)) && !unspaced(next)
		switch {
		case number && (r == ',' || r == '.' || r == ':') && i+n < len(s) && unicode.IsDigit(next):
			i += n
		case isApostrophe(r) && nextAlnum && !number:
			i += n
		case isHyphen(r) && nextAlnum:
			i += n
			segLen = 0
			dotted = false
		case r == '.' && !number && segLen <= 2 && nextAlnum && (dotted || dotAfter(s, i+n)):
			// "U.S", "Ph.D": a short segment, a letter, then another dot.
			i += n
			dotted = true
			segLen = 0
		case r == '.' && !number && dotted && segLen <= 2 && segLen > 0:
			// The closing dot of "U.S." belongs to the abbreviation, and
			// so does a hyphenated continuation ("U.S.-Israeli").
			i += n
			if i < len(s) && isHyphen(next) {
				if r2, _ := utf8.DecodeRuneInString(s[i+nn:]); i+nn < len(s) && (unicode.IsLetter(r2) || unicode.IsDigit(r2)) {
					i += nn
					segLen, dotted = 0, false
					continue
				}
			}
			return i
		default:
			return i
		}
	}
	return i
}

// dotAfter reports whether s[i:] starts with a letter cluster followed by '.'.
func dotAfter(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	j := cluster(s, i)
	return j < len(s) && s[j] == '.'
}

func startsDigit(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[min(i, len(s)):])
	return i < len(s) && unicode.IsDigit(r)
}

// isMark is unicode.IsMark, quick for the letters before U+0300, where no
// mark is.
func isMark(r rune) bool { return r >= 0x300 && unicode.IsMark(r) }

// currency reports whether r is a currency sign (unicode.Sc), of which
// ASCII has only '$'.
func currency(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '$'
	}
	return unicode.Is(unicode.Sc, r)
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// wordJoiner reports whether c, not a letter or digit, may continue a
// word or number when a letter or digit follows (see word).
func wordJoiner(c byte) bool {
	return c == ',' || c == '.' || c == ':' || c == '\'' || c == '-'
}

func asciiAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' || r == '׳' || r == '״'
}

func isHyphen(r rune) bool {
	return r == '-' || r == '‐' || r == '‑'
}

// unspaced reports whether r belongs to a script written without spaces
// between words, which Tokenize splits one character per token.
func unspaced(r rune) bool {
	if r < 0x0E00 {
		return false
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana,
		unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar, unicode.Tibetan) ||
		r >= 0x3000 && r <= 0x303F && unicode.IsLetter(r) // 々 and friends
}

// cluster returns the end of the grapheme-like cluster that starts at i: one
// character with the combining marks, variation selectors, emoji modifiers,
// tag characters and zero-width-joiner continuations that follow it, or a
// pair of regional indicators, or CR LF.
func cluster(s string, i int) int {
	r, n := utf8.DecodeRuneInString(s[i:])
	i += n
	if r == utf8.RuneError && n <= 1 {
		return i
	}
	if r == '\r' && i < len(s) && s[i] == '\n' {
		return i + 1
	}
	if isRegional(r) {
		if r2, n2 := utf8.DecodeRuneInString(s[i:]); isRegional(r2) {
			return i + n2
		}
		return i
	}
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\u200D': // ZWJ joins the next character too
			i += n
			if i < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[i:])
				if !(r2 == utf8.RuneError && n2 <= 1) && !unicode.IsSpace(r2) {
					i += n2
				}
			}
		case extends(r):
			i += n
		default:
			return i
		}
	}
	return i
}

// extends reports whether r continues the cluster before it.
func extends(r rune) bool {
	switch {
	case r < 0x300:
		return false
	case unicode.IsMark(r): // combining marks, variation selectors FE00–FE0F, keycap U+20E3
		return true
	case r >= 0x1F3FB && r <= 0x1F3FF: // emoji skin-tone modifiers
		return true
	case r >= 0xE0020 && r <= 0xE007F: // tag characters (flag sequences)
		return true
	}
	return false
}

func isRegional(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }
