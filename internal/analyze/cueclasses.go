package analyze

import "strings"

// Cue types: what kind of attribution a cue makes, after the PARC notion of
// attribution (speech, and the beliefs, knowledge, intentions, evaluations
// and evidence credited to a source).
const (
	CueSpeech     = "speech"     // said, told, according to, wrote
	CueBelief     = "belief"     // believes, thinks, expects, fears
	CueKnowledge  = "knowledge"  // knows, learned, realised, sees
	CueIntention  = "intention"  // wants, plans, vowed, pledged
	CueEvaluation = "evaluation" // called X a Y, criticised, praised
	CueEvidence   = "evidence"   // shows, found, cited
)

// cueClasses are regular verbs by cue type, in their base form; their
// inflections are made by inflect. All take their content after them
// ("officials believe the plan will fail", "she vowed to fight on").
var cueClasses = map[string]string{
	CueSpeech: `say tell add note suggest emphasize stress warn explain argue write report state announce
		estimate predict assert declare reply respond recall observe caution disclose testify reiterate
		describe contend mention recount post tweet ask joke yell repeat claim insist admit deny allege
		complain lament boast concede assure inform remind brag quip shout cry`,
	CueBelief: `believe suspect assume expect hope fear worry doubt feel estimate predict reckon
		imagine suppose presume`,
	CueKnowledge: `know learn realize realise recognize recognise understand discover acknowledge notice
		conclude determine`,
	CueIntention: `want plan intend pledge vow promise threaten refuse aim wish
		propose`,
	CueEvaluation: `criticize criticise praise attack blast slam condemn denounce question defend welcome
		applaud laud mock ridicule reject hail endorse urge demand tout decry lambaste chide
		scold rebuke fault blame dispute support back thank prefer`,
	CueEvidence: `show cite indicate suggest reveal demonstrate confirm`,
}

// irregularCues are the irregular forms of cue verbs.
var irregularCues = map[string]string{
	"thought": CueBelief, "think": CueBelief, "thinks": CueBelief, "thinking": CueBelief,
	"felt": CueBelief, "knew": CueKnowledge,
	"see": CueKnowledge, "sees": CueKnowledge, "seen": CueKnowledge, "understood": CueKnowledge,
	"learnt": CueKnowledge, "found": CueEvidence,
	"finds": CueEvidence, "find": CueEvidence, "shown": CueEvidence,
}

// loadedCues colour the statement as the writer reports it.
var loadedCues = toSet(`blast blasted blasts slam slammed slams mock mocked mocks ridicule ridiculed ridicules
	tout touted touts lambaste lambasted decry decried`)

// inflect returns the regular forms of a base verb: base, third person,
// past and -ing.
func inflect(base string) []string {
	var third, past, ing string
	stem := strings.TrimSuffix(base, "e")
	switch {
	case strings.HasSuffix(base, "y") && !strings.ContainsRune("aeiou", rune(base[len(base)-2])):
		third, past, ing = base[:len(base)-1]+"ies", base[:len(base)-1]+"ied", base+"ing"
	case strings.HasSuffix(base, "e"):
		third, past, ing = base+"s", base+"d", stem+"ing"
	case strings.HasSuffix(base, "s") || strings.HasSuffix(base, "sh") || strings.HasSuffix(base, "ch") || strings.HasSuffix(base, "x"):
		third, past, ing = base+"es", base+"ed", base+"ing"
	case doubles(base):
		last := base[len(base)-1:]
		third, past, ing = base+"s", base+last+"ed", base+last+"ing"
	default:
		third, past, ing = base+"s", base+"ed", base+"ing"
	}
	return []string{base, third, past, ing}
}

// doubledFinal are the base verbs of the lists whose final consonant is
// doubled before -ed and -ing.
var doubledFinal = toSet(`plan slam`)

func doubles(base string) bool { return doubledFinal[base] }

// cueType returns the type of a cue word (lower case), "" if none.
func cueType(w string) string {
	if t, ok := irregularCues[w]; ok {
		return t
	}
	return regularCues[w]
}

// regularCues maps each inflected form of cueClasses to its type.
var regularCues = map[string]string{}

func init() {
	for typ, list := range cueClasses {
		for _, base := range strings.Fields(list) {
			for _, f := range inflect(base) {
				if _, dup := regularCues[f]; !dup {
					regularCues[f] = typ
				}
			}
		}
	}
}

// classCue returns how a cue word outside verbCues behaves and its type:
// a past or third-person form is a finite verb, a base form needs a
// subject with nothing making it an infinitive, an -ing form is a
// participle.
func classCue(w string) (cueInfo, string, bool) {
	typ := cueType(w)
	if typ == "" {
		return cueInfo{}, "", false
	}
	info := cueInfo{loaded: loadedCues[w], kind: typ}
	switch {
	case strings.HasSuffix(w, "ing"):
		info.participle = true
	case !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "d") && irregularCues[w] == "" || w == "see" || w == "think" || w == "find":
		info.base, info.plural = true, true
	}
	return info, typ, true
}

// pluralSubject reports whether np can be the subject of a plain verb
// form: "officials believe", "they want", not "an Israeli plan".
func pluralSubject(toks []token, np nounPhrase) bool {
	if !np.ok() {
		return false
	}
	w := strings.TrimSuffix(toks[headIndex(toks, np)].lower(), "'s")
	if newsOrgs[w] || knownOrgs[w] {
		return false // "The Reuters report suggested"
	}
	return w == "they" || w == "you" || w == "people" || w == "police" || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// nounForms are cue words that are as often plural nouns ("eight states",
// "the terror attacks", "his plans"): cues only after a pronoun, a name or a
// noun that names a source.
var nounForms = toSet(`states attacks plans reports hopes fears doubts claims notes remarks estimates questions
	demands promises vows pledges blasts slams shows finds cites wants wishes aims offers attacks defends
	welcomes rejects endorsements concludes`)

// subjectBefore reports whether the token before a noun-like cue can be
// its subject: "Cruz attacks", "the report states", "he plans".
func subjectBefore(toks []token, np nounPhrase) bool {
	if !np.ok() {
		return false
	}
	t := toks[np.last]
	w := strings.TrimSuffix(t.lower(), "'s")
	switch {
	case sourcePronouns[w]:
		return true
	case t.capitalized() && !demonyms[w] && !functionWords[w] && !places[w]:
		return true
	}
	return anonymousNouns[w] || institutionNouns[w] || documentNouns[w]
}
