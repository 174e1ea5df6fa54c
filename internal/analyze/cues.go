package analyze

import "strings"

// cueInfo says how a reporting verb behaves.
type cueInfo struct {
	loaded     bool // colours the statement: claimed, admitted, insisted
	docOnly    bool // a cue only after a document: "documents show"
	participle bool // "…, saying": its source is the clause's subject
	tell       bool // takes the hearer as object: "told Reuters"
	// base is a plain form ("critics argue"): a report only when nothing
	// makes it an infinitive or a modal ("did not respond", "would argue").
	base bool
	// progressive is an -ing form after a form of "be" ("is insisting"):
	// a finite verb, not a participle nor a passive.
	progressive bool
	// plural is a plain form that also reads as a noun ("plan", "hope"): a
	// cue only after a plural subject.
	plural bool
	// kind is the cue type (CueSpeech, CueBelief…); "" means CueSpeech.
	kind string
}

// lookupCue returns how the cue word w behaves and whether it is one.
func lookupCue(w string) (cueInfo, bool) {
	if info, ok := verbCues[w]; ok {
		if info.kind == "" {
			info.kind = CueSpeech
		}
		return info, true
	}
	info, _, ok := classCue(w)
	return info, ok
}

// unreported are the words before a plain verb form that make it no report.
var unreported = toSet(`to not never did do does will would could should may might can must cannot`)

// verbCues maps a reporting verb form to its behaviour.
var verbCues = map[string]cueInfo{}

func init() {
	for w := range toSet(`said says say told tells tell added adds noted notes note confirmed confirms confirm suggested suggests
		emphasized emphasised emphasizes emphasises stressed stresses remarked remarks signaled signalled signals warned warns
		explained explains argued argues wrote writes reported reports revealed reveals stated states announced announces
		acknowledged acknowledges estimated estimates predicted predicts asserted asserts declared declares replied replies
		responded responds recalled recalls observed observes cautioned cautions indicated indicates disclosed discloses
		testified testifies reiterated reiterates described describes concluded concludes contended contends maintained
		maintains mentioned mentions announced recounted explained posted tweeted`) {
		verbCues[w] = cueInfo{}
	}
	for w := range toSet(`add argue warn stress emphasize emphasise explain acknowledge predict assert declare reply respond
		recall observe caution disclose testify reiterate conclude contend maintain mention recount reveal announce
		write remark suggest indicate describe`) {
		verbCues[w] = cueInfo{base: true}
	}
	for w := range toSet(`claimed claims claim admitted admits insisted insists dismissed dismisses conceded concedes boasted
		boasts denied denies alleged alleges accused accuses complained complains lamented laments charged`) {
		verbCues[w] = cueInfo{loaded: true}
	}
	for w := range toSet(`admit insist concede boast deny allege accuse complain lament dismiss`) {
		verbCues[w] = cueInfo{loaded: true, base: true}
	}
	for w := range toSet(`show shows showed shown found finds find`) {
		verbCues[w] = cueInfo{docOnly: true, kind: CueEvidence}
	}
	for w := range toSet(`saying adding noting explaining stressing emphasizing warning arguing acknowledging`) {
		verbCues[w] = cueInfo{participle: true}
	}
	for w := range toSet(`insisting claiming admitting alleging conceding denying dismissing`) {
		verbCues[w] = cueInfo{participle: true, loaded: true}
	}
	for _, w := range []string{"told", "tells", "tell"} {
		verbCues[w] = cueInfo{tell: true}
	}
}

// colouringAdverbs make a neutral cue loaded ("added pointedly").
var colouringAdverbs = toSet(`pointedly angrily defiantly bluntly sharply tersely curtly testily bitterly smugly sarcastically
	dismissively grudgingly reluctantly coyly falsely wrongly boldly brazenly furiously mockingly cryptically ominously
	menacingly darkly triumphantly proudly breezily glibly sheepishly nervously insistently tellingly conveniently
	scathingly icily acidly caustically derisively indignantly incredulously flatly`)

// notAdverbs end in -ly but are not manner adverbs.
var notAdverbs = toSet(`only likely early daily weekly monthly yearly family july italy supply reply apply rally ally
	belly jelly holy ugly silly friendly unlikely elderly costly lonely lovely deadly`)

// isAdverb reports whether w (lower case) is a manner adverb.
func isAdverb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !notAdverbs[w]
}

// declineObjects are the verbs after "declined to" that carry a statement.
var declineObjects = toSet(`specify say confirm discuss elaborate identify provide detail disclose name describe explain address reveal`)

// auxiliaries may sit between a source and its cue ("has said", "also noted").
var auxiliaries = toSet(`has have had was is were are will would could should may might can did does do also not never
	then further later previously repeatedly recently again separately publicly privately earlier once first long
	already subsequently initially reportedly now still often always usually never generally openly`)

// npStops end a noun phrase read backwards from a cue.
var npStops = toSet(`that which who whom whose while when where because although though if as since after before but yet so
	or with by to on about against than like into over under until once whether what how why said told is was are were
	has have had be been being says tells added noted did does do not also according and during amid despite through
	via upon across toward towards behind beyond near without within however meanwhile indeed`)

// pronouns that can be sources.
var sourcePronouns = toSet(`he she they it we i`)
