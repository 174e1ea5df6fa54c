package attrdiff

import (
	"regexp"
	"strings"
)

// Carrier house style: what an outlet that republishes a wire story changes
// as a matter of course, and so is no change in sourcing. Spellings of one
// country ("U.S." and "US", "UK" and "Britain") key alike (see canonical);
// a time phrase after an outlet ("told Reuters on Monday") is no part of the
// outlet (see untimed); the trailers and credit lines a carrier adds or
// drops are left out like page furniture (see trailer).

// canonicalKeys maps spellings of one country to one key. The pronoun "us"
// is not the country: only the capitals "US" key as "u.s".
var canonicalKeys = map[string]string{
	"usa": "u.s", "u.s.a": "u.s", "u.k": "u.k", "uk": "u.k", "britain": "u.k",
}

// canonical returns the key of the word raw whose folded form is k.
func canonical(raw, k string) string {
	if k == "us" {
		if raw == "US" {
			return "u.s"
		}
		return k
	}
	if c, ok := canonicalKeys[k]; ok {
		return c
	}
	if base, ok := strings.CutSuffix(k, "'s"); ok {
		if base == "us" && raw[:2] == "US" {
			return "u.s's"
		}
		if c, ok := canonicalKeys[base]; ok {
			return c + "'s"
		}
	}
	return k
}

// timeWords are the words of a time phrase that may trail an outlet or a
// source: "on Monday", "late on Sunday night".
var timeWords = toSet("on late early last this night morning evening afternoon")

// untimed drops a trailing time phrase from a key: "reuters on monday" →
// "reuters", "a german journalist in 2010" → "a german journalist". A key
// that is all time words is kept.
func untimed(k string) string {
	f := strings.Fields(k)
	n := len(f)
	if n > 2 && f[n-2] == "in" && isYear(f[n-1]) {
		return strings.Join(f[:n-2], " ")
	}
	for n > 1 && (weekdays[f[n-1]] || timeWords[f[n-1]]) {
		n--
	}
	if n == len(f) {
		return k
	}
	// Only a weekday makes it a time phrase ("late" alone is no time).
	for _, w := range f[n:] {
		if weekdays[w] {
			return strings.Join(f[:n], " ")
		}
	}
	return k
}

// isYear reports whether w is a year of four digits.
func isYear(w string) bool {
	if len(w) != 4 || (w[0] != '1' && w[0] != '2') {
		return false
	}
	for i := 0; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// trailerPattern matches the lines a carrier or the wire adds at the end or
// the start of a story: credits of the reporters and editors, notes that it
// was republished, links to where it first appeared.
var trailerPattern = regexp.MustCompile(`(?i)^\W*(?:(?:additional )?reporting by\b|writing by\b|editing by\b|compiled by\b|` +
	`(?:this|the) (?:article|story|post)\b.{0,120}\b(?:first appeared|originally appeared|was originally published|originally ran|is republished|appeared first)|` +
	`the post\b.{0,200}\bappeared (?:first )?on\b|` +
	`(?:republished|reprinted|reproduced|used) (?:here )?(?:with|by) (?:the )?permission\b|` +
	`(?:copyright|©)\s|` +
	`(?:read|see) (?:the )?(?:original|full) (?:article|story|report)\b)`)

// trailerLines returns the byte ranges of the text's lines that are trailers.
func trailerLines(text string) [][2]int {
	var out [][2]int
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := text[start:end]
		// Trailers are short; a long line is never one, which also bounds
		// the matcher's work.
		if len(line) < 600 && trailerPattern.MatchString(line) {
			out = append(out, [2]int{start, end})
		}
		start = end + 1
	}
	return out
}

// inTrailer reports whether [start, end) overlaps a trailer line.
func (s *side) inTrailer(start, end int) bool {
	for _, t := range s.trailers {
		if start < t[1] && end > t[0] {
			return true
		}
	}
	return false
}
