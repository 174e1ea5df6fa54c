package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The furniture rules are case-insensitive regular expressions, and running
// them on every line of a long text was most of the cost of a wording-only
// comparison. The prefilters here decide in one pass over a line's bytes
// that a rule cannot match, from a literal that every match must hold: they
// may let through a line the rule then rejects, never the other way round,
// so the furniture found is the same (TestPrefiltersAgree checks it on real
// text). Case folding in Go's (?i) maps ASCII letters to ASCII letters
// except k (also U+212A KELVIN SIGN) and s (also U+017F LONG S): a line
// holding either is always let through.

// foldSpecials are the UTF-8 encodings of U+212A and U+017F, the two
// non-ASCII runes that (?i) folds to ASCII letters.
const foldSpecials = "\u212a\u017f"

// hasFoldSpecial reports whether s holds a rune that (?i) folds to an ASCII
// letter; ASCII-only comparisons cannot rule a match out then.
func hasFoldSpecial(s string) bool {
	return strings.Contains(s, foldSpecials[:3]) || strings.Contains(s, foldSpecials[3:])
}

// lower returns the ASCII lower case of byte c.
func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasPrefixFold reports whether s starts with lit (lower-case ASCII),
// ignoring ASCII case.
func hasPrefixFold(s, lit string) bool {
	if len(s) < len(lit) {
		return false
	}
	for i := 0; i < len(lit); i++ {
		if lower(s[i]) != lit[i] {
			return false
		}
	}
	return true
}

// hasSuffixFold reports whether s ends with lit (lower-case ASCII),
// ignoring ASCII case.
func hasSuffixFold(s, lit string) bool {
	return len(s) >= len(lit) && hasPrefixFold(s[len(s)-len(lit):], lit)
}

// A literals is a set of lower-case ASCII literals, each non-empty, with
// the bytes that may start one in either case.
type literals struct {
	lits  []string
	first [256]bool
}

func newLiterals(lits ...string) *literals {
	l := &literals{lits: lits}
	for _, s := range lits {
		l.first[s[0]] = true
		if 'a' <= s[0] && s[0] <= 'z' {
			l.first[s[0]-'a'+'A'] = true
		}
	}
	return l
}

// in reports whether s holds one of the literals, ignoring ASCII case.
func (l *literals) in(s string) bool {
	for i := 0; i < len(s); i++ {
		if !l.first[s[i]] {
			continue
		}
		for _, lit := range l.lits {
			if hasPrefixFold(s[i:], lit) {
				return true
			}
		}
	}
	return false
}

// furniturePrefixes are literals, lower case, one of which starts every
// match of the anchored alternatives of reFurnitureLine.
var furniturePrefixes = []string{
	"getting your ", "listen to ", "advertis", "sponsored", "share", "tweet", "email", "print",
	"copy link", "save", "comment", "subscribe", "sign up", "join", "get", "read ", "see ", "watch ",
	"related", "more from ", "photo", "image", "picture", "video", "graphic", "credit", "©",
	"copyright ", "search", "donate", "become a member", "menu", "skip to ", "home", "log",
	"sign in", "close", "![", "#", "do you have ", "got a ", "contact us",
}

// mayBeFurnitureLine reports whether reFurnitureLine could match s: s
// starts with one of furniturePrefixes, ends with "newsletter(s)" or "all
// rights reserved(.)", or holds "mailto:" (the alternatives not anchored at
// the start).
func mayBeFurnitureLine(s string) bool {
	if s == "" || hasFoldSpecial(s) {
		return true
	}
	for _, p := range furniturePrefixes {
		if hasPrefixFold(s, p) {
			return true
		}
	}
	for _, suf := range []string{"newsletter", "newsletters", "all rights reserved", "all rights reserved."} {
		if hasSuffixFold(s, suf) {
			return true
		}
	}
	return strings.IndexByte(s, ':') >= 0 && mailto.in(s)
}

// mayBeDateLine reports whether reDateLine could match s: both its
// alternatives need four ASCII digits in a row, and start with a digit or
// with a letter of "updated", "published", "posted", a weekday or a month.
func mayBeDateLine(s string) bool {
	if s == "" {
		return false
	}
	c := lower(s[0])
	start := '0' <= c && c <= '9' || strings.IndexByte("upmtwfsjaond", c) >= 0 || c >= utf8.RuneSelf
	return start && hasDigits(s, 4)
}

// hasDigits reports whether s holds n ASCII digits in a row.
func hasDigits(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			if run++; run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

var (
	// captionLiterals are literals one of which every match of reCaption
	// holds.
	captionLiterals = newLiterals("image", "photo", "credit", "getty", "shutterstock")
	mailto          = newLiterals("mailto:")
)

// mayBeCaption reports whether reCaption could match s.
func mayBeCaption(s string) bool {
	return captionLiterals.in(s) || hasFoldSpecial(s)
}

// mayBeByline reports whether reByline could match s: it starts with "by"
// in any case (neither letter folds to a non-ASCII rune).
func mayBeByline(s string) bool {
	return hasPrefixFold(s, "by")
}

// countFields returns len(strings.Fields(s)), counting no further than
// limit, without allocating.
func countFields(s string, limit int) int {
	n := 0
	in := false
	for i := 0; i < len(s) && n < limit; {
		c := s[i]
		var space bool
		if c < utf8.RuneSelf {
			space = c == ' ' || '\t' <= c && c <= '\r'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if space {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// hasLearned returns reHasLearned.FindStringSubmatch(text), running the
// expression only on the lines that hold " learned": a match holds letters,
// spaces and "has"/"have", never a line break, and \b reads a line break as
// it reads the edge of the text.
func hasLearned(text string) []string {
	for from := 0; from < len(text); {
		i := strings.Index(text[from:], " learned")
		if i < 0 {
			return nil
		}
		i += from
		start := strings.LastIndexByte(text[:i], '\n') + 1
		end := strings.IndexByte(text[i:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += i
		}
		if m := reHasLearned.FindStringSubmatch(text[start:end]); m != nil {
			return m
		}
		from = end
	}
	return nil
}
