package analyze

import (
	"strings"
)

// sentence is one sentence with its tokens.
type sentence struct {
	Span
	toks []token
}

// candidate is a run of capitalised words that may name something.
type candidate struct {
	Span
	words []string // lower case, possessive dropped
	label string   // "" while undecided
	// context is the candidate with up to three words either side, for
	// prose, rebuilt from tokens so that Markdown link targets are left out.
	context string
}

// findEntities finds names in the sentences by rule: runs of capitalised
// words, labelled from word lists (news organisations ORG, demonyms NORP,
// places GPE/LOC, titles keep their name as PERSON). Runs the lists cannot
// decide are labelled by prose's entity model, run only over the sentences
// that hold them; what prose does not recognise is dropped. lowerSeen holds
// the words that occur in lower case somewhere in the text.
func findEntities(text string, sents []sentence, lowerSeen map[string]bool) []Entity {
	var cands []candidate
	for _, s := range sents {
		cands = append(cands, capitalRuns(text, s, lowerSeen)...)
	}
	persons := map[string]bool{} // surnames of named people
	for i := range cands {
		c := &cands[i]
		c.label = labelByList(c.words)
		if c.label == "" && isAcronym(text[c.Start:c.End]) {
			c.label = "ORG"
		}
		if c.label == "PERSON" && len(c.words) > 1 {
			persons[c.words[len(c.words)-1]] = true
		}
	}
	var undecided []int
	for i := range cands {
		c := &cands[i]
		if c.label == "" && len(c.words) == 1 && persons[c.words[0]] {
			c.label = "PERSON"
		}
		if c.label == "" && len(c.words) > 1 {
			undecided = append(undecided, i)
		}
	}
	labelWithProse(cands, undecided)
	for _, c := range cands {
		if c.label == "PERSON" && len(c.words) > 1 {
			persons[c.words[len(c.words)-1]] = true
		}
	}
	for i := range cands {
		// A surname alone is the person named in full elsewhere, whatever prose said.
		if c := &cands[i]; len(c.words) == 1 && persons[c.words[0]] {
			c.label = "PERSON"
		}
	}
	var out []Entity
	for _, c := range cands {
		if c.label != "" && c.label != "-" {
			out = append(out, Entity{Span: c.Span, Label: c.label})
		}
	}
	return out
}

// capitalRuns returns the runs of capitalised words of one sentence. A run
// may hold "of" or "the" between capitalised words, stops after a possessive
// (whose ’s it leaves out) and leaves out a sentence-initial common word.
func capitalRuns(text string, s sentence, lowerSeen map[string]bool) []candidate {
	var out []candidate
	toks := s.toks
	for i := 0; i < len(toks); {
		if !nameWord(toks, i, lowerSeen) {
			i++
			continue
		}
		j := i
		var words []string
		possessive := false
		for j < len(toks) {
			t := toks[j]
			if nameWord(toks, j, lowerSeen) || len(words) > 0 && (t.lower() == "of" || t.lower() == "the" && len(words) > 0 && words[len(words)-1] == "of") && j+1 < len(toks) && toks[j+1].Word && toks[j+1].capitalized() {
				w := t.lower()
				if p := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'"); p != w {
					words = append(words, p)
					possessive = true
					j++
					break
				}
				words = append(words, w)
				j++
				continue
			}
			break
		}
		end := toks[j-1].End
		if possessive {
			end = possessiveStem(text, toks[j-1])
		}
		var ctx strings.Builder
		for _, t := range toks[max(i-3, 0):min(j+3, len(toks))] {
			ctx.WriteString(t.Text)
			ctx.WriteByte(' ')
		}
		out = append(out, candidate{Span: Span{toks[i].Start, end}, words: words, context: ctx.String()})
		i = j
	}
	return out
}

// possessiveStem returns the end of t without its ’s or ’.
func possessiveStem(text string, t token) int {
	for _, suf := range []string{"’s", "'s", "’", "'"} {
		if strings.HasSuffix(t.Text, suf) {
			return t.End - len(suf)
		}
	}
	return t.End
}

// nameWord reports whether toks[i] can be part of a name.
func nameWord(toks []token, i int, lowerSeen map[string]bool) bool {
	t := toks[i]
	if !t.Word || !t.capitalized() {
		return false
	}
	w := t.lower()
	if functionWords[w] && !titles[w] {
		return false
	}
	if i == 0 || i == 1 && !toks[0].Word {
		// Sentence-initial: a word also seen in lower case is a common word.
		if lowerSeen[w] && !places[w] && !knownOrgs[w] && !newsOrgs[w] {
			return false
		}
	}
	return true
}

// notNames start runs that are not PERSON, ORG, GPE, LOC or NORP: events,
// operations, months and days.
var notNames = toSet(`january february march april may june july august september october november december
	monday tuesday wednesday thursday friday saturday sunday`)

// locWords end the names of streets, rivers and regions.
var locWords = toSet(`street avenue road square river sea ocean mountains mountain valley desert island islands strip bay lake coast`)

// labelByList labels a run from the word lists, "" if they cannot tell.
func labelByList(words []string) string {
	full := strings.Join(words, " ")
	switch {
	case newsOrgs[full] || knownOrgs[full]:
		return "ORG"
	case len(words) == 1 && demonyms[full]:
		return "NORP"
	case places[full]:
		return "GPE"
	case locations[full]:
		return "LOC"
	case len(words) == 1 && strings.Contains(full, "-"):
		for _, p := range strings.Split(full, "-") {
			if !places[p] && !demonyms[p] {
				return ""
			}
		}
		return "NORP"
	}
	last := words[len(words)-1]
	if notNames[words[0]] || len(words) == 1 && notNames[last] {
		return "-"
	}
	if demonyms[last] {
		return "NORP" // "South Korean"
	}
	if newsOrgs[words[0]] || knownOrgs[words[0]] {
		return "ORG" // "L3Harris Trenchant"
	}
	if locWords[last] {
		return "LOC"
	}
	if orgWords[last] || orgWords[words[0]] && len(words) > 1 && words[1] == "of" {
		return "ORG"
	}
	if titles[words[0]] {
		for _, w := range words {
			if !titles[w] {
				return "PERSON"
			}
		}
		return "-" // a title alone
	}
	return ""
}

// isAcronym reports whether s is one all-capital word of 2 to 6 letters.
func isAcronym(s string) bool {
	return len(s) >= 2 && len(s) <= 6 && strings.ToUpper(s) == s && strings.ToLower(s) != s && !strings.ContainsAny(s, " .")
}

// proseChunk is the most text handed to prose at once, in bytes.
const proseChunk = 4096

// labelWithProse labels the undecided candidates with prose's entity model.
// prose is slow (about 80 ms per 1,000 words) and calls most unknown single
// words GPE or PERSON ("Coruna", "Khamenei"), so it sees only multi-word
// candidates, each once, in a window of three words either side.
func labelWithProse(cands []candidate, undecided []int) {
	if len(undecided) == 0 {
		return
	}
	var b strings.Builder
	seen := map[string]bool{}
	byText := map[string]string{}
	flush := func() bool {
		ents, err := proseEntities(b.String())
		b.Reset()
		for _, e := range ents {
			byText[strings.ToLower(e.Text)] = e.Label
		}
		return err == nil
	}
	for _, ci := range undecided {
		c := cands[ci]
		key := strings.Join(c.words, " ")
		if !seen[key] {
			seen[key] = true
			b.WriteString(c.context)
			b.WriteString(".\n")
		}
		// prose reads bounded pieces: its cost grows faster than the
		// length of one document.
		if b.Len() >= proseChunk && !flush() {
			return
		}
	}
	if b.Len() > 0 && !flush() {
		return
	}
	for _, ci := range undecided {
		c := &cands[ci]
		if l, ok := byText[strings.Join(c.words, " ")]; ok {
			c.label = l
		}
	}
}
