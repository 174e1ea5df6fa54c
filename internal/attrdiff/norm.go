package attrdiff

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one word of a text: its normalised key and its byte range.
type word struct {
	key        string
	start, end int
}

// fold maps the typographic variants that re-typing or re-publishing a text
// produces to one form: curly and straight quotes, the various apostrophes,
// and the no-break and other spaces. Letters are lowered. Everything else is
// kept, so fold never changes what a text says.
func fold(r rune) rune {
	switch r {
	case '’', '‘', 'ʼ', '′', '`', '´':
		return '\''
	case '“', '”', '„', '″', '«', '»':
		return '"'
	case '\u00a0', '\u2007', '\u202f', '\u2009', '\u200a', '\u2002', '\u2003', '\r', '\n', '\t':
		return ' '
	}
	return unicode.ToLower(r)
}

// isWordRune reports whether r can stand inside a word.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isJoiner reports whether r joins two word runes into one word ("U.S",
// "we're", "full-scale", "1,300", "1.3").
func isJoiner(r rune) bool { return r == '\'' || r == '-' || r == '.' || r == ',' || r == '\u2011' }

// words splits text[start:end] into words. A word is a run of letters and
// digits, joined by an apostrophe, hyphen, period or comma with a letter or
// digit on both sides; its key is folded (see fold), so two texts that differ
// only in typography, spacing or line breaks give the same keys. A word
// already in folded form keys as a slice of text, without allocating. The
// spellings of one country key alike (see canonical).
func words(text string, start, end int) []word {
	out := make([]word, 0, (end-start)/6+1)
	for i := start; i < end; {
		r, n := runeAt(text, i, end)
		if !isWordRune(r) {
			i += n
			continue
		}
		we, plain := wordEnd(text, i, end)
		k := text[i:we]
		if !plain {
			k = strings.Map(fold, k)
		}
		k = canonical(text[i:we], k)
		out = append(out, word{key: k, start: i, end: we})
		i = we
	}
	return out
}

// wordEnd returns the end of the word that starts at byte i, and whether
// the word is already in folded form.
func wordEnd(text string, i, end int) (int, bool) {
	plain := true
	for i < end {
		r, n := runeAt(text, i, end)
		if !isWordRune(r) {
			if !isJoiner(fold(r)) || i+n >= end {
				break
			}
			if next, _ := runeAt(text, i+n, end); !isWordRune(next) {
				break
			}
		}
		plain = plain && r < utf8.RuneSelf && (r < 'A' || r > 'Z')
		i += n
	}
	return i, plain
}

// runeAt decodes the rune at byte i of text[:end].
func runeAt(text string, i, end int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:end])
}

// key is the one normalised form under which two phrases count as the same:
// their folded words joined by single spaces ("Two U.S. officials" and
// "two U.S.\u00a0officials" share it). A phrase with no word (a colon cue)
// keys as its folded, trimmed text.
func key(s string) string {
	ws := words(s, 0, len(s))
	if len(ws) == 0 {
		return strings.TrimSpace(strings.Map(fold, s))
	}
	return joinKeys(ws)
}

// joinKeys joins the keys of ws with single spaces.
func joinKeys(ws []word) string {
	var b strings.Builder
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.key)
	}
	return b.String()
}

// bag returns the sorted keys of ws, the multiset that similarity compares.
func bag(ws []word) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.key
	}
	sort.Strings(out)
	return out
}

// shared counts the keys common to two sorted bags, with multiplicity.
func shared(a, b []string) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// dice is the Dice coefficient of two bags: 1 for the same words, 0 for none
// in common.
func dice(a, b []string) float64 {
	if len(a)+len(b) == 0 {
		return 1
	}
	return 2 * float64(shared(a, b)) / float64(len(a)+len(b))
}

// contains reports whether the key sequence of sub occurs, in order and
// contiguously, in ws.
func contains(ws []word, sub []word) bool {
	if len(sub) == 0 {
		return true
	}
outer:
	for i := 0; i+len(sub) <= len(ws); i++ {
		for j := range sub {
			if ws[i+j].key != sub[j].key {
				continue outer
			}
		}
		return true
	}
	return false
}

// sameKeys reports whether two word lists have the same keys in order.
func sameKeys(a, b []word) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].key != b[i].key {
			return false
		}
	}
	return true
}
