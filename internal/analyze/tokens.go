package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word or punctuation mark of the text, with byte offsets.
type token struct {
	Start, End int
	Text       string
	// Word is true for words and numbers, false for punctuation.
	Word bool
}

// lower returns the token's text in lower case with curly apostrophes made straight.
func (t token) lower() string {
	return strings.ReplaceAll(strings.ToLower(t.Text), "’", "'")
}

// capitalized reports whether the token starts with an upper-case letter.
func (t token) capitalized() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// proper reports whether the token is written like a name: capitalised, or
// with a capital inside ("iVerify", "L3Harris").
func (t token) proper() bool {
	for _, r := range t.Text {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// joiner reports whether r may join two word parts ("U.S", "we’re", "co-founder").
func joiner(r rune) bool {
	return r == '.' || r == '\'' || r == '’' || r == '-' || r == '&' || r == '‑'
}

// tokenize splits text[start:end] into tokens. Whitespace is dropped. Words
// keep inner apostrophes, hyphens and dots; a dotted abbreviation keeps its
// final dot ("U.S."); a word starting with an apostrophe after a space keeps it
// ("’t"); a number keeps its thousands separators ("3,000"). Linear in the
// length of the range.
func tokenize(text string, start, end int) []token {
	var toks []token
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r) || ((r == '’' || r == '\'') && wordAfterApostrophe(text, i+n, end) && (i == start || spaceBefore(text, i))):
			j := i + n
			dotted := false
			for j < end {
				r2, n2 := utf8.DecodeRuneInString(text[j:end])
				if isWordRune(r2) {
					j += n2
					continue
				}
				if (joiner(r2) || r2 == ',') && j+n2 < end {
					r3, _ := utf8.DecodeRuneInString(text[j+n2 : end])
					if r2 == ',' {
						// "3,000" is one number; "3, 4" and "word,word" are not.
						r1, _ := utf8.DecodeLastRuneInString(text[:j])
						if unicode.IsDigit(r1) && unicode.IsDigit(r3) {
							j += n2
							continue
						}
						break
					}
					if isWordRune(r3) {
						if r2 == '.' {
							dotted = true
						}
						j += n2
						continue
					}
				}
				break
			}
			if dotted && j < end && text[j] == '.' {
				j++
			} else if j < end && text[j] == '.' && isAbbreviation(text[i:j]) {
				j++
			}
			toks = append(toks, token{Start: i, End: j, Text: text[i:j], Word: true})
			i = j
		default:
			toks = append(toks, token{Start: i, End: i + n, Text: text[i : i+n]})
			i += n
		}
	}
	return toks
}

func wordAfterApostrophe(text string, i, end int) bool {
	if i >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	if !unicode.IsLetter(r) {
		return false
	}
	// Only short elisions such as ’t or ’s, not an opening single quote.
	j := i
	for j < end {
		r2, n2 := utf8.DecodeRuneInString(text[j:end])
		if !unicode.IsLetter(r2) {
			break
		}
		j += n2
	}
	return j-i <= 2
}

func spaceBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(r)
}

// abbreviations end with a dot that does not end a sentence.
var abbreviations = toSet("mr mrs ms dr gen rep reps sen sens gov lt col sgt capt cmdr adm maj st prof rev hon jr sr jan feb mar apr aug sep sept oct nov dec no nos vs inc corp co ltd bros dept est fig mt ft supt insp pres amb sec atty")

func isAbbreviation(word string) bool {
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r)
	}
	return abbreviations[strings.ToLower(word)]
}

func toSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[strings.ReplaceAll(w, "_", " ")] = true
	}
	return m
}

// countWords counts the words of text[start:end].
func countWords(text string, start, end int) int {
	n, in := 0, false
	for _, r := range text[start:end] {
		w := isWordRune(r)
		if w && !in {
			n++
		}
		if w {
			in = true
		} else if unicode.IsSpace(r) || !joiner(r) {
			in = false
		}
	}
	return n
}
