package diff

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentences splits s into sentences with fast rules for news text and
// returns their byte ranges, in order. A range starts at the sentence's first
// non-space character and ends after its last (closing quotes and brackets
// after the final stop included); white space between sentences belongs to
// none.
//
// A line break always ends a sentence. A full stop, '!', '?' or '…' ends one
// when white space and then a capital letter, a digit, an opening quote or a
// letter of an uncased script follow; a full stop does not end one after a
// title or common abbreviation ("Mr.", "Gen.", "Rep.", "Dr.", "Inc.", "Jan."),
// an initial ("John F. Kennedy"), or a dotted abbreviation ("U.S.") unless a
// typical sentence opener ("The", "He") follows. Decimals ("3.5") never
// split. The CJK stops 。！？ end a sentence with no space needed.
func Sentences(s string) []Range {
	return sentences(s, tokens(s))
}

func sentences(s string, toks []tok) []Range {
	var out []Range
	start := -1 // token index of the current sentence's first token
	lastEnd := 0
	flush := func(end int) {
		if start >= 0 {
			out = append(out, Range{int(toks[start].start), end})
			start = -1
		}
	}
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		text := t.text(s)
		if t.kind == KindSpace {
			if hasBreak(text) {
				flush(lastEnd)
			}
			continue
		}
		if start < 0 {
			start = k
		}
		lastEnd = int(t.end)
		stop, cjk := terminator(s, t)
		if !stop {
			continue
		}
		si := k
		// Take in further stops and closing quotes or brackets.
		for k+1 < len(toks) && toks[k+1].kind == KindPunct && closer(toks[k+1].text(s)) {
			k++
			lastEnd = int(toks[k].end)
		}
		if cjk {
			flush(lastEnd)
			continue
		}
		if k+1 >= len(toks) {
			break
		}
		if toks[k+1].kind != KindSpace {
			continue
		}
		if hasBreak(toks[k+1].text(s)) || k+2 >= len(toks) {
			continue // the line break or the end of text ends it
		}
		if endsHere(s, toks, k, si) {
			flush(lastEnd)
		}
	}
	flush(lastEnd)
	return out
}

// terminator reports whether t ends in a sentence stop, and whether that
// stop is a CJK one that needs no following space.
func terminator(s string, t tok) (stop, cjk bool) {
	text := t.text(s)
	if t.kind == KindWord && strings.HasSuffix(text, ".") {
		return true, false // a dotted abbreviation such as "U.S."
	}
	if t.kind != KindPunct {
		return false, false
	}
	switch text {
	case ".", "!", "?", "…", "‼", "⁇", "⁈", "⁉", "؟", "।":
		return true, false
	case "。", "！", "？", "．", "｡":
		return true, true
	}
	return false, false
}

// closer reports whether a punctuation token may follow a sentence stop
// inside the sentence.
func closer(p string) bool {
	switch p {
	case ".", "!", "?", "…", "”", "’", "\"", "'", ")", "]", "»", "›", "」", "』", "）", "。", "！", "？":
		return true
	}
	return false
}

// endsHere decides whether the stop at token si, taken in with its closers
// up to token k, ends the sentence, given that white space and another token
// follow.
func endsHere(s string, toks []tok, k, si int) bool {
	stop := toks[si]
	next := toks[k+2].text(s)
	r, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(r) {
		return false
	}
	stopText := stop.text(s)
	if stop.kind == KindWord { // "U.S."
		return opener[next]
	}
	if stopText != "." {
		return true
	}
	// A full stop: look at the word before it.
	i := si - 1
	if i < 0 || toks[i].kind != KindWord {
		return true
	}
	prev := toks[i].text(s)
	if utf8.RuneCountInString(prev) == 1 && unicode.IsUpper(r0(prev)) {
		return false // an initial
	}
	if numbered[prev] {
		return !unicode.IsDigit(r)
	}
	return !abbreviation[prev]
}

func r0(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

func hasBreak(space string) bool {
	return strings.ContainsAny(space, "\n\r\u2028\u2029\u0085\v\f")
}

// abbreviation lists words that are usually followed by a full stop that
// does not end the sentence.
var abbreviation = setOf(`Mr Mrs Ms Mx Dr Prof Gen Rep Reps Sen Sens Gov Lt Col Maj Capt Sgt Cpl
	Adm Cmdr Brig Rev Hon Pres Supt Insp Det Gens Atty St Mt Ft Jr Sr Inc Corp Co Ltd Bros vs
	etc al Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec approx est Ave
	Blvd Rd Dept Univ Assn Sgts Messrs Mme Mlle Msgr Fr`)

// numbered lists abbreviations that go before a number ("No. 5"); before
// anything else the full stop ends the sentence ("Yet? No. Until they do").
var numbered = setOf(`No Nos Vol Fig pp Art`)

// opener lists words that start a sentence after a dotted abbreviation.
var opener = setOf(`The A An He She It They We I You But And In This That These Those However
	Yet So His Her Their Its There Meanwhile On At As After When While If Some Many Still
	Officials Earlier Later Last Now`)

func setOf(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
