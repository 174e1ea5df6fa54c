package analyze

import (
	"strings"
	"unicode"
)

// documentNouns head sources that are documents, not people.
var documentNouns = toSet(`report reports document documents statement statements filing filings study studies survey surveys
	poll polls tally tallies analysis analyses data records memo memos letter letters complaint complaints indictment
	indictments lawsuit lawsuit ruling rulings figures account accounts archive archives release article articles paper
	papers assessment assessments review audit estimate estimates census findings files cables transcript transcripts
	footage guidance order orders directive report's information documentation emails messages presentation slides
	dossier charges affidavit testimony minutes notes briefing copy copies draft drafts version versions excerpt excerpts`)

// anonymousNouns head sources that are unnamed people.
var anonymousNouns = toSet(`official officials source sources person people employee employees diplomat diplomats aide aides
	insider insiders staffer staffers member members resident residents witness witnesses individual individuals
	someone one executive executives worker workers engineer engineers officer officers lawmaker lawmakers expert
	experts analyst analysts researcher researchers scientist scientists spokesperson spokesman spokeswoman
	representative representatives adviser advisers advisor advisors figure figures colleague colleagues
	friend friends relative relatives activist activists observer observers critic critics supporter supporters
	veteran veterans investigator investigators acquaintance associate associates contractor contractors
	half percent majority minority plurality third thirds quarter quarters three-quarters two-thirds`)

// roleNouns are unnamed people who speak for a named organisation when one is given
// ("researchers at iVerify", "a Google spokesperson").
var roleNouns = toSet(`researcher researchers scientist scientists analyst analysts expert experts spokesperson spokesman
	spokeswoman representative representatives`)

// institutionNouns head sources that are institutions identified by role.
var institutionNouns = toSet(`government ministry military police prosecutors prosecutor prosecution authorities authority
	company firm agency army court department treasury administration office embassy council commission committee
	parliament regulator regulators cabinet presidency kremlin pentagon navy forces force service services bureau
	judge justice campaign team group organization organisation union party university hospital school network
	operator provider developer maker vendor manufacturer startup bank minister president premier chancellor
	secretary mayor governor ambassador director chief ceo chairman chairwoman leader king queen envoy
	camp newspaper newspapers magazine broadcaster broadcasters outlet outlets channel website tabloid publication
	daily station newsletter opposition`)

// nounPhrase is a source phrase: tokens toks[first..last].
type nounPhrase struct{ first, last int }

func (np nounPhrase) ok() bool { return np.first >= 0 && np.last >= np.first }

// npBefore reads a source phrase backwards from toks[end] (inclusive): it
// stops at punctuation and clause words, keeps "of", "at", "from", "for",
// "in" and the joins of "familiar with", "close to", "with knowledge of", and
// skips an appositive or relative clause set off by commas.
func npBefore(toks []token, end int, inQ []bool) nounPhrase {
	if end >= 2 && isAge(toks[end].Text) && toks[end-1].Text == "," {
		return npBefore(toks, end-2, inQ) // "Mr. Smith, 54, who has…"
	}
	i := end
	for i >= 0 && i > end-16 {
		t := toks[i]
		if inQ[i] || !t.Word {
			if t.Text == "-" || t.Text == "‑" {
				i--
				continue
			}
			break
		}
		w := t.lower()
		if npStops[w] && !npJoin(toks, i) {
			break
		}
		i--
	}
	np := nounPhrase{i + 1, end}
	// An appositive or relative clause: "Rocky Cole, the co-founder of iVerify, told".
	if np.first > end && end >= 1 && toks[end].Text == "," {
		c := end - 1
		for c >= 0 && toks[c].Text != "," && !inQ[c] && c > end-30 {
			c--
		}
		if c >= 1 && c < end-1 && toks[c].Text == "," {
			first := toks[c+1].lower()
			if first == "a" || first == "an" || first == "the" || first == "who" || first == "which" || participle(first) || hasWord(toks[c+1:end], "who", "which") || end-c <= 12 && c > 0 && toks[c-1].proper() {
				return npBefore(toks, c-1, inQ)
			}
			// A name in apposition to a title: "Ukraine's foreign minister,
			// Dmytro Kuleba, said" — the name is the source.
			if name := (nounPhrase{c + 1, end - 1}); isName(toks, name) && validSource(toks, npBefore(toks, c-1, inQ)) {
				return name
			}
		}
	}
	return trimLeading(toks, np)
}

// isAge reports whether w is a person's age: one to three digits.
func isAge(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// isName reports whether np is one to four capitalised words: a person's
// or an organisation's name.
func isName(toks []token, np nounPhrase) bool {
	if !np.ok() || np.last-np.first > 3 {
		return false
	}
	for i := np.first; i <= np.last; i++ {
		if !toks[i].Word || !toks[i].capitalized() || functionWords[toks[i].lower()] {
			return false
		}
	}
	return true
}

// participle reports whether w opens a participial clause set off by
// commas: "officials, speaking on condition of anonymity, said"; "the
// report, published on Monday, found".
func participle(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed"))
}

// npJoin reports whether the stop word toks[i] joins a source phrase
// ("familiar with", "close to", "knowledge of", "Google and iVerify").
func npJoin(toks []token, i int) bool {
	w := toks[i].lower()
	if i == 0 {
		return false
	}
	prev := toks[i-1].lower()
	switch w {
	case "with":
		return prev == "familiar" || prev == "knowledge" || prev == "acquainted" || i+1 < len(toks) && (toks[i+1].lower() == "knowledge" || toks[i+1].lower() == "direct")
	case "to":
		return prev == "close" || prev == "closest" || prev == "loyal"
	case "on":
		return prev == "briefed"
	case "and":
		return i+1 < len(toks) && toks[i-1].capitalized() && toks[i+1].capitalized() && toks[i+1].Word
	}
	return false
}

// trimLeading drops words before the phrase proper: "Last week the officials" → "the officials".
func trimLeading(toks []token, np nounPhrase) nounPhrase {
	if !np.ok() {
		return np
	}
	for i := np.last; i > np.first; i-- {
		w := toks[i].lower()
		if w == "the" || w == "a" || w == "an" {
			prev := toks[i-1].lower()
			if prev != "of" && prev != "at" && prev != "from" && prev != "for" && prev != "in" && prev != "with" && prev != "to" && prev != "on" {
				np.first = i
			}
			break
		}
	}
	return np
}

func hasWord(toks []token, words ...string) bool {
	for _, t := range toks {
		for _, w := range words {
			if t.lower() == w {
				return true
			}
		}
	}
	return false
}

// npAfter reads a source phrase forwards from toks[start]: "said one former
// employee, who…", "according to sources familiar with the incident".
func npAfter(toks []token, start int, inQ []bool) nounPhrase {
	i := start
	for i < len(toks) && i < start+16 {
		t := toks[i]
		if inQ[i] || !t.Word && t.Text != "-" {
			break
		}
		w := t.lower()
		if (w == "who" || w == "which" || w == "that" || w == "whose" || w == "said" || w == "told" || w == "when" || w == "while" || w == "because" || w == "was" || w == "is" || w == "were" || w == "are" || w == "has" || w == "have" || w == "had" || w == "will" || w == "would" || w == "on" && i+1 < len(toks) && toks[i+1].lower() == "condition") && i > start {
			break
		}
		i++
	}
	return nounPhrase{start, i - 1}
}

// validSource reports whether the phrase can be a source: a pronoun, a name,
// or a phrase headed by a person, institution or document noun.
func validSource(toks []token, np nounPhrase) bool {
	if !np.ok() {
		return false
	}
	head := toks[np.last]
	w := head.lower()
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'") {
		return false
	}
	if np.first == np.last && sourcePronouns[w] {
		return true // "I said" outside a quotation is the writer speaking
	}
	if functionWords[w] && !anonymousNouns[w] {
		return false
	}
	// The head must name a source: "the officials", "Reuters", "sources
	// familiar with…", not "the leader’s ambiguous (remarks)".
	for _, i := range []int{np.last, headIndex(toks, np)} {
		t := toks[i]
		lw := strings.TrimSuffix(t.lower(), "'s")
		if t.Word && t.proper() && !functionWords[lw] || anonymousNouns[lw] || documentNouns[lw] || institutionNouns[lw] {
			return true
		}
	}
	return commonSource(toks, np)
}

// determiners open a common-noun source phrase ("his lawyer", "most
// economists", "another 19 percent").
var determiners = toSet(`the a an his her their its our my your another some many most several few both all each
	every this that these those other such one two three four five six seven eight nine ten`)

// commonSource reports whether np is a phrase headed by a common noun that
// can be a source: led by a determiner, a number or a possessive ("his
// lawyer", "the New York businessman", "another 19 percent"), or a bare
// plural ("economists").
func commonSource(toks []token, np nounPhrase) bool {
	h := headIndex(toks, np)
	w := toks[h].lower()
	if !toks[h].Word || len(w) < 3 || functionWords[w] || timeWords[w] || isAdverb(w) || strings.HasSuffix(w, "ing") || participle(w) || !isLetters(w) {
		return false
	}
	first := toks[np.first].lower()
	switch {
	case h > np.first && (determiners[first] || isAge(first) || strings.HasSuffix(first, "'s") || anonymousNouns[first]):
		return true
	case h == np.first && np.first == np.last && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s"):
		return true
	}
	return false
}

// isLetters reports whether w holds only letters, hyphens and apostrophes.
func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' {
			return false
		}
	}
	return true
}

// headIndex returns the phrase's head: the last word before a preposition or
// "familiar"/"close" ("sources familiar with…", "one of the former employees").
func headIndex(toks []token, np nounPhrase) int {
	start := np.first
	if np.last > np.first+1 && toks[np.first+1].lower() == "of" && (anonymousNouns[toks[np.first].lower()] || toks[np.first].lower() == "some" || toks[np.first].lower() == "many") {
		start = np.first + 2
	}
	for i := start; i <= np.last; i++ {
		switch toks[i].lower() {
		case "of", "at", "from", "for", "in", "with", "familiar", "close", "who", "and", "on":
			if i > start {
				return i - 1
			}
		}
	}
	return np.last
}

// orgAfter reports whether a capitalised name follows the head h after a
// preposition: "a spokesperson for the Ministry of Defence".
func orgAfter(toks []token, h int, np nounPhrase) bool {
	if h+1 > np.last {
		return false
	}
	switch toks[h+1].lower() {
	case "for", "at", "of", "from", "with":
	default:
		return false
	}
	for i := h + 2; i <= np.last; i++ {
		if toks[i].Word && toks[i].capitalized() && !functionWords[toks[i].lower()] {
			return true
		}
	}
	return false
}

// sourceKind classifies a source phrase (not a pronoun) as named, anonymous
// or document. orgNear reports whether a named organisation is part of the phrase.
func sourceKind(text string, toks []token, np nounPhrase) string {
	h := headIndex(toks, np)
	hw := strings.TrimSuffix(toks[h].lower(), "'s")
	if documentNouns[hw] {
		return KindDocument
	}
	named := false // a capitalised name in the phrase, not a demonym or place alone
	for i := np.first; i <= np.last; i++ {
		t := toks[i]
		w := strings.TrimSuffix(t.lower(), "'s")
		if t.Word && t.proper() && !functionWords[w] && !demonyms[w] && !places[w] && !titles[w] && !anonymousNouns[w] && !documentNouns[w] && !institutionNouns[w] {
			named = true
		}
	}
	if anonymousNouns[hw] {
		if roleNouns[hw] && (named || orgAfter(toks, h, np)) {
			return KindNamed // "a Google spokesperson", "a spokesperson for the Ministry of Defence"
		}
		return KindAnonymous
	}
	if toks[h].capitalized() || institutionNouns[hw] || named {
		return KindNamed
	}
	for i := np.first; i <= np.last; i++ {
		if documentNouns[toks[i].lower()] {
			return KindDocument
		}
	}
	return KindAnonymous
}
