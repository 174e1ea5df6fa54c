package analyze

import "strings"

// hit is one attribution being built, with token indices into its sentence.
type hit struct {
	sent               int
	cueFirst, cueLast  int
	np                 nounPhrase // the source phrase in this sentence
	from               *hit       // the hit whose source this one shares ("…, and said")
	loaded             bool
	according, asStart bool // "according to X"; the phrase opens the sentence
	participle         bool
	afterCue           int // first token after cue, adverbs, hearer and source
	via                *Span
	content            Span
	direct             bool
	drop               bool
	kind, resolved     string
	source             Span
	cueType            string // CueSpeech, CueBelief…
}

// reader holds what the attribution rules read.
type reader struct {
	text   string
	sents  []sentence
	quotes []quoteMark
	ents   []Entity
	outlet string
}

// findHits finds the cues of one sentence and their sources.
func (r *reader) findHits(si int) []*hit {
	s := r.sents[si]
	toks := s.toks
	inQ := make([]bool, len(toks))
	for i, t := range toks {
		inQ[i] = quoteAt(r.quotes, t.Start) >= 0
	}
	var hits []*hit
	if h := colonHit(toks, inQ, si); h != nil {
		hits = append(hits, h)
	}
	for i := 0; i < len(toks); i++ {
		if inQ[i] || !toks[i].Word {
			continue
		}
		w := toks[i].lower()
		if toks[i].capitalized() && w != "according" {
			continue // "United States", not "states"
		}
		next := func(k int) string {
			if i+k < len(toks) && !inQ[i+k] {
				return toks[i+k].lower()
			}
			return ""
		}
		h := &hit{sent: si, cueFirst: i, cueLast: i, cueType: CueSpeech}
		switch {
		case w == "according" && next(1) == "to":
			h.according, h.cueLast = true, i+1
			h.np = npAfter(toks, i+2, inQ)
			after := h.np.last + 1
			if k := modifierStart(toks, h.np.last, inQ); !validSource(toks, h.np) && k > h.np.first {
				// "according to government figures published last week"
				h.np.last = k - 1
			}
			if !validSource(toks, h.np) {
				continue
			}
			h.asStart = opensSentence(toks, i)
			h.afterCue = after
			if v, k := spokeWith(toks, h.afterCue, inQ); v != nil {
				h.via, h.afterCue = v, k
			}
			hits = append(hits, h)
			i = h.np.last
			continue
		case (w == "called" || w == "calls" || w == "calling") && quoteAfter(toks, i+1, inQ) > 0:
			// "The opposition called the decision “a betrayal”": the
			// quotation is the statement.
			q := quoteAfter(toks, i+1, inQ)
			info := cueInfo{participle: w == "calling"}
			h.cueType = CueEvaluation
			if !r.findSource(h, toks, inQ, hits, info) {
				continue
			}
			h.participle = info.participle
			h.afterCue = q
			hits = append(hits, h)
			i = q
			continue
		case (w == "made" || w == "make" || w == "makes") && next(1) == "clear":
			h.cueLast = i + 1
		case w == "declined" && next(1) == "to" && declineObjects[next(2)]:
			h.cueLast = i + 2
		default:
			info, ok := lookupCue(w)
			if !ok {
				continue
			}
			if info.participle && i > 0 && beForms[toks[i-1].lower()] {
				info.participle, info.progressive = false, true // "is insisting"
			}
			h.loaded, h.participle, h.cueType = info.loaded, info.participle, info.kind
			if i > 0 && colouringAdverbs[toks[i-1].lower()] {
				h.cueFirst, h.loaded = i-1, true
			}
			if n := next(1); n != "" && isAdverb(n) {
				h.cueLast = i + 1
				h.loaded = h.loaded || colouringAdverbs[n]
			}
			if !r.findSource(h, toks, inQ, hits, info) || inMedium(toks, h.np) || info.plural && h.from == nil && !pluralSubject(toks, h.np) ||
				nounForms[w] && h.from == nil && !subjectBefore(toks, h.np) || !objectFits(w, next(1)) ||
				passiveInfinitive(w, next(1), next(2)) || agentCues[w] && documentHead(toks, h.np) ||
				info.kind != CueSpeech && whWords[next(1)] || verbAfter[next(1)] {
				continue
			}
			if info.tell {
				r.hearer(h, toks, inQ)
			}
			if k := h.cueFirst - 1; k >= 0 && !inQ[k] && perfect[toks[k].lower()] {
				h.cueFirst = k // the cue is the verb group: "has learned"
			}
			hits = append(hits, h)
			i = h.cueLast
			if h.afterCue > i+1 {
				i = h.afterCue - 1
			}
			continue
		}
		if r.findSource(h, toks, inQ, hits, cueInfo{}) {
			hits = append(hits, h)
			i = h.cueLast
		}
	}
	return hits
}

// findSource sets h's source: the phrase before the cue, after it when the
// cue follows a quotation ("…,” said one employee), or the source of the
// clause it continues ("…, and said", "…, insisting").
func (r *reader) findSource(h *hit, toks []token, inQ []bool, prev []*hit, info cueInfo) bool {
	j := h.cueFirst - 1
	if info.base && j >= 0 && unreported[toks[j].lower()] {
		return false
	}
	passive := false
	for j >= 0 && !inQ[j] && toks[j].Word {
		if k := timePhraseStart(toks, j); k >= 0 {
			j = k - 1 // "Starmer on Monday announced"
			continue
		}
		if w := toks[j].lower(); !auxiliaries[w] && (toks[j].capitalized() || !isAdverb(w)) {
			break // "Clinton now says", "officials privately believe"
		}
		switch toks[j].lower() {
		case "was", "were", "is", "are", "be", "been", "being":
			passive = true
		}
		j--
	}
	h.afterCue = h.cueLast + 1
	if n := h.cueLast + 1; passive && !info.participle && !info.progressive || n < len(toks) && !inQ[n] && (toks[n].lower() == "and" || toks[n].lower() == "or" || toks[n].lower() == "by") {
		return false // "was first revealed by", "code that he wrote and sold"
	}
	if j >= 0 && toks[j].lower() == "who" {
		// "U.S. officials, who made clear that…"
		j--
		if j >= 0 && toks[j].Text == "," {
			j--
		}
		np := npBefore(toks, j, inQ)
		if !validSource(toks, np) {
			return false
		}
		h.np = np
		return !info.docOnly || sourceKind(r.text, toks, np) == KindDocument
	}
	inherit := func() bool {
		if len(prev) > 0 {
			h.from = prev[len(prev)-1]
			return true
		}
		if np := subject(toks, inQ); np.ok() {
			h.np = np
			return true
		}
		return false
	}
	if info.participle {
		if j >= 0 && (toks[j].Text == "," || toks[j].lower() == "and") {
			return inherit()
		}
		return false
	}
	if j >= 0 && (toks[j].lower() == "and" || toks[j].lower() == "but") && (j == 0 || toks[j-1].Text == "," || len(prev) > 0) {
		return inherit()
	}
	if j < 0 || isCloseQuote(toks[j].Text) || toks[j].Text == "," {
		if j >= 0 && toks[j].Text == "," {
			if np := npBefore(toks, j, inQ); validSource(toks, np) && np.last < j {
				h.np = np
				return !info.docOnly || sourceKind(r.text, toks, np) == KindDocument
			}
		}
		np := npAfter(toks, h.cueLast+1, inQ)
		if !validSource(toks, np) || j < 0 || !inverts(toks[h.cueFirst].lower()) {
			return false
		}
		if e := np.last + 1; e < len(toks) && toks[e].Word && toks[e].lower() != "who" && toks[e].lower() != "which" {
			return false // a clause, not "…,” said one employee"
		}
		h.np, h.afterCue = np, np.last+1
		return !info.docOnly
	}
	fits := func(np nounPhrase) bool {
		return validSource(toks, np) && (!info.docOnly || sourceKind(r.text, toks, np) == KindDocument)
	}
	np := npBefore(toks, j, inQ)
	if !fits(np) {
		// "A poll released on Monday found", "a spokesman reached by phone said".
		k := modifierStart(toks, j, inQ)
		if k <= 0 {
			return false
		}
		if np = npBefore(toks, k-1, inQ); !fits(np) {
			return false
		}
	}
	h.np = np
	return true
}

// objectFits reports whether the word after a cue lets it report: "adding
// to his lead" and "maintains a lock" do not.
func objectFits(cue, next string) bool {
	switch {
	case cue == "adding" || cue == "added" || cue == "adds":
		return next != "to"
	case strings.HasPrefix(cue, "maintain"):
		return next == "that" || next == "" || next == "," || next == ":"
	}
	return true
}

// agentCues are cues only a person or an organisation does: "documents
// posted on social media" is a document that was posted, not one that
// posted anything.
var agentCues = toSet(`post posts posted tweet tweets tweeted ask asks asked joke joked yell yelled`)

// documentHead reports whether np names a document ("the documents", "a
// report").
func documentHead(toks []token, np nounPhrase) bool {
	if !np.ok() {
		return false
	}
	// The head, or the noun just before the cue: "the leak of dozens of
	// documents posted …".
	return documentNouns[strings.TrimSuffix(toks[headIndex(toks, np)].lower(), "'s")] || documentNouns[toks[np.last].lower()]
}

// perfect are the auxiliaries of the perfect, part of a cue's verb group.
var perfect = toSet(`has have had`)

// passiveInfinitive reports a cue in the passive with an infinitive after
// it ("attacks believed to have been carried out by", "he is thought to
// be"): the words before it are what is believed, not who believes it.
func passiveInfinitive(cue, next, next2 string) bool {
	return next == "to" && (next2 == "be" || next2 == "have" || next2 == "been") &&
		(strings.HasSuffix(cue, "ed") || cue == "said" || cue == "thought" || cue == "known" || cue == "told")
}

// labels open a line with a colon without naming a speaker.
var labels = toSet(`note update updated correction related editor's editor photo video watch read listen
	credit caption warning disclaimer breaking exclusive analysis opinion commentary advertisement q a
	question answer here there this what why how where when who example summary background`)

// colonHit reads a headline or a transcript line that credits a statement
// with a colon: "Graham: Trump's rhetoric is destroying the party." The
// speaker is one to five words opening the sentence and naming a source;
// at least three words follow.
func colonHit(toks []token, inQ []bool, si int) *hit {
	k := 0
	for k < len(toks) && k < 6 && toks[k].Word && !inQ[k] {
		k++
	}
	if k == 0 || k >= len(toks) || k > 5 || toks[k].Text != ":" || inQ[k] || labels[toks[0].lower()] {
		return nil
	}
	np := nounPhrase{0, k - 1}
	hw := strings.TrimSuffix(toks[k-1].lower(), "'s")
	listed := anonymousNouns[hw] || institutionNouns[hw] || documentNouns[hw]
	// A name ("Graham", "Dr. Ben Carson") or a phrase headed by a source
	// noun ("Clinton camp", "Poll"); not a feature's title ("The Latest").
	if !listed && (!isName(toks, np) || toks[0].lower() == "the") || functionWords[toks[0].lower()] && !determiners[toks[0].lower()] {
		return nil
	}
	words := 0
	for m := k + 1; m < len(toks) && words < 3; m++ {
		if toks[m].Word {
			words++
		}
	}
	if words < 3 {
		return nil
	}
	return &hit{sent: si, cueFirst: k, cueLast: k, np: np, afterCue: k + 1, cueType: CueSpeech}
}

// whWords open an indirect question: "knows what is good" credits no
// statement to anyone.
var whWords = toSet(`what how who whom where why when which`)

// beForms make an -ing cue progressive ("is insisting").
var beForms = toSet(`is are was were be been am 's 're`)

// verbAfter are the words that make a cue word before them a noun, not a
// verb: a reporting verb takes an object or a clause, never a finite verb
// straight after it ("the Reuters report are profound", "his claims were
// false", "the poll will show").
var verbAfter = toSet(`is are was were will would could should may might must`)

// weekdays and times of day, for the time phrases between a source and
// its cue.
var (
	weekdays   = toSet(`monday tuesday wednesday thursday friday saturday sunday`)
	dayParts   = toSet(`morning afternoon evening night`)
	timeNouns  = toSet(`week month year weekend`)
	timeDeixis = toSet(`last this next`)
)

// timePhraseStart returns the index of the first word of a time phrase
// ending at toks[j] ("on Monday", "on Sunday night", "last week"), or -1.
func timePhraseStart(toks []token, j int) int {
	w := toks[j].lower()
	switch {
	case dayParts[w] && j >= 2 && weekdays[toks[j-1].lower()] && toks[j-2].lower() == "on":
		return j - 2
	case weekdays[w] && j >= 1 && toks[j-1].lower() == "on":
		return j - 1
	case timeNouns[w] && j >= 1 && timeDeixis[toks[j-1].lower()]:
		return j - 1
	}
	return -1
}

// quoteAfter returns the index of the opening quotation mark that follows
// a short object after toks[k-1] ("called the decision “…”"), or -1.
func quoteAfter(toks []token, k int, inQ []bool) int {
	for m := k; m < len(toks) && m < k+8; m++ {
		switch {
		case isOpenQuote(toks[m].Text) && m+1 < len(toks) && inQ[m+1]:
			return m
		case inQ[m] || !toks[m].Word:
			return -1
		}
	}
	return -1
}

// postModifiers are the participles that open a modifier between a source
// and its cue ("the report released on Monday found").
var postModifiers = toSet(`released published issued conducted commissioned obtained seen reviewed compiled filed posted
	prepared presented submitted leaked carried cited shared sent written reached contacted interviewed quoted`)

// modifierStart returns the index of the participle opening a short
// modifier that ends at toks[end] ("released on Monday"), or -1.
func modifierStart(toks []token, end int, inQ []bool) int {
	for k := end; k >= 0 && k > end-8; k-- {
		if inQ[k] || !toks[k].Word {
			return -1
		}
		if postModifiers[toks[k].lower()] {
			return k
		}
	}
	return -1
}

// inMedium reports whether np is the medium of another cue, not a source:
// "said in a statement posted on Telegram".
func inMedium(toks []token, np nounPhrase) bool {
	if !np.ok() || !viaNouns[toks[np.last].lower()] {
		return false
	}
	return toks[np.first].lower() == "in" || np.first > 0 && toks[np.first-1].lower() == "in"
}

// inverts reports whether a cue can precede its source after a quotation
// ("…,” said one employee"): past forms and third-person forms only.
func inverts(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") || w == "told" || w == "wrote" || w == "said"
}

// hearer reads the object of "told": a via ("told Reuters"), or nobody when
// it is the press at large or the article's own outlet ("told reporters").
func (r *reader) hearer(h *hit, toks []token, inQ []bool) {
	k := h.afterCue
	start := k
	if k < len(toks) && !inQ[k] && toks[k].Word && toks[k].proper() {
		// A name: "told Reuters", "told The Associated Press", "told CBS
		// News' “Face the Nation”"; what follows it is the content.
		for k < len(toks) && k < start+10 {
			t := toks[k]
			switch {
			case inQ[k] && k > start && strings.HasSuffix(toks[k-1].Text, "'") || inQ[k] && k > start && strings.HasSuffix(toks[k-1].Text, "’"):
				// A programme's title after a possessive: take it whole.
				for k < len(toks) && inQ[k] {
					k++
				}
				if k < len(toks) && isCloseQuote(toks[k].Text) {
					k++
				}
				continue
			case !inQ[k] && t.Word && (t.proper() || k > start && k+1 < len(toks) && hearerJoins[t.lower()] && toks[k+1].proper()):
				k++
				continue
			case !inQ[k] && (t.Text == "'" || t.Text == "’") && k > start:
				k++ // "News' "
				continue
			case !inQ[k] && isOpenQuote(t.Text) && k > start && (strings.HasSuffix(toks[k-1].Text, "'") || strings.HasSuffix(toks[k-1].Text, "’") || toks[k-1].Text == "'" || toks[k-1].Text == "’"):
				k++
				continue
			}
			break
		}
	} else {
		for k < len(toks) && !inQ[k] && toks[k].Word && k < start+8 {
			w := toks[k].lower()
			if w == "that" || w == "in" || w == "on" || w == "last" || w == "about" || w == "after" || w == "before" || w == "during" || w == "when" || w == "this" && k > start {
				break
			}
			k++
			if r.isPress(r.text[toks[start].Start:toks[k-1].End]) && (k >= len(toks) || !toks[k].Word || !pressJoins[toks[k].lower()]) {
				break // "told reporters the plan was on track"
			}
		}
	}
	if k == start {
		return
	}
	h.afterCue = k
	sp := Span{toks[start].Start, toks[k-1].End}
	if !r.isPress(r.text[sp.Start:sp.End]) {
		h.via = &sp
	}
}

// hearerJoins are the small words inside a hearer's name ("The Wall Street
// Journal", "Secretary of State", "reporters in Brussels").
var hearerJoins = toSet("of the and de for in at on")

// pressJoins continue "told reporters": "in Brussels", "at the summit".
var pressJoins = toSet("in at from of aboard")

// isPress reports whether a hearer or medium is the press at large or the
// article's own outlet, which the contract leaves out of "via".
func (r *reader) isPress(s string) bool {
	l := strings.ToLower(s)
	for _, p := range []string{"reporters", "journalists", "a reporter", "the reporter", "us", "me", "him", "her", "them", "the newspaper", "this newspaper", "the publication", "this publication", "this website", "the media", "the press", "a news conference", "a press conference"} {
		if l == p || strings.HasPrefix(l, p+" ") {
			return true
		}
	}
	if r.outlet == "" {
		return false
	}
	if i := strings.Index(l, " and "); i > 0 {
		s = s[:i]
	}
	return outletKey(s) == r.outlet
}

// spokeWith reads "who spoke with Reuters" after a source: the via and the
// token after the phrase.
func spokeWith(toks []token, k int, inQ []bool) (*Span, int) {
	if k+2 >= len(toks) || inQ[k] {
		return nil, k
	}
	w := toks[k].lower()
	off := 0
	if w == "who" || w == "after" {
		off = 1
	}
	v := toks[k+off].lower()
	if v != "spoke" && v != "speaking" && v != "talked" && v != "talking" {
		return nil, k
	}
	p := k + off + 1
	if p >= len(toks) || (toks[p].lower() != "with" && toks[p].lower() != "to") {
		return nil, k
	}
	e := p + 1
	for e < len(toks) && toks[e].Word && !inQ[e] && toks[e].lower() != "on" && toks[e].lower() != "about" && toks[e].lower() != "in" {
		e++
	}
	if e == p+1 {
		return nil, k
	}
	sp := Span{toks[p+1].Start, toks[e-1].End}
	for e < len(toks) && toks[e].Word && !inQ[e] {
		e++ // "on condition of anonymity"
	}
	return &sp, e
}

// opensSentence reports whether only a conjunction or adverb precedes toks[i].
func opensSentence(toks []token, i int) bool {
	if i > 3 {
		return false
	}
	for k := 0; k < i; k++ {
		if toks[k].Word && !functionWords[toks[k].lower()] {
			return false
		}
	}
	return true
}

// subject returns the name that opens a sentence, after an opening adverb
// ("Publicly, Belgacom has…" → "Belgacom").
func subject(toks []token, inQ []bool) nounPhrase {
	i := 0
	for k := 0; k < len(toks) && k < 5; k++ {
		if !toks[k].Word {
			if toks[k].Text == "," {
				i = k + 1
			}
			break
		}
		if w := toks[k].lower(); !functionWords[w] && !timeWords[w] && !isAdverb(w) {
			break // "Williams, a 39-year-old…": a name, not an opening adverb
		}
	}
	if i < len(toks) && toks[i].lower() == "the" {
		i++
	}
	j := i
	for j < len(toks) && !inQ[j] && toks[j].Word && toks[j].proper() && !functionWords[toks[j].lower()] {
		j++
	}
	return nounPhrase{i, j - 1}
}

func isOpenQuote(s string) bool  { return s == "“" || s == "\"" }
func isCloseQuote(s string) bool { return s == "”" || s == "\"" }
