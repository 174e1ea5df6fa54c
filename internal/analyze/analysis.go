// Package analyze reads one news article: it sets aside page furniture,
// finds the byline and dateline, splits sentences, and finds entities,
// quotations, attributions (who a statement is credited to, through which cue
// and which outlet) and hedges.
//
// All offsets in this package are byte offsets into the analysed text, exactly
// as given (nothing is re-indexed after clean-up). prose is used behind this
// package only; none of its types leave it.
package analyze

// Span is a half-open range [Start, End) of byte offsets into the text.
type Span struct{ Start, End int }

// Entity labels: PERSON, ORG, GPE, LOC, NORP.
type Entity struct {
	Span
	Label string
}

// Quote is one quotation: its span excludes the quotation marks and a
// trailing comma inside them (“…,” he said). Curly and straight double quotes
// count; a quotation never crosses a line, and an unclosed one runs to the
// end of its line.
type Quote struct {
	Span
	// Speaker is the phrase the quote is credited to, nil if none.
	Speaker *Span
	// Resolved is the name or phrase the speaker refers to.
	Resolved string
}

// Attribution kinds.
const (
	KindNamed     = "named"
	KindAnonymous = "anonymous"
	KindDocument  = "document"
)

// Attribution stances.
const (
	StanceNeutral = "neutral"
	StanceLoaded  = "loaded"
)

// Attribution credits a statement to a source.
type Attribution struct {
	// Source is the phrase as written ("he", "the officials").
	Source Span
	// Resolved is the name or phrase Source refers to.
	Resolved string
	// Kind is KindNamed, KindAnonymous or KindDocument.
	Kind string
	// Cue is the reporting expression ("said", "according to", a colon).
	Cue Span
	// CueType is what the cue credits: CueSpeech, CueBelief, CueKnowledge,
	// CueIntention, CueEvaluation or CueEvidence.
	CueType string
	// Stance is StanceNeutral or StanceLoaded.
	Stance string
	// Via is the outlet or medium the source spoke through, nil if none.
	Via *Span
	// Content is what is attributed.
	Content Span
	// Direct reports whether Content is a quotation.
	Direct bool
	// Sentence is the index into Analysis.Sentences holding the cue.
	Sentence int
}

// Analysis is everything read from one article.
type Analysis struct {
	Byline       string
	Dateline     string
	Boilerplate  []Span
	Sentences    []Span
	Entities     []Entity
	Quotes       []Quote
	Attributions []Attribution
	Hedges       []Span
	// Unattributed indexes the sentences that make a claim with no
	// attribution (never nil after Analyze).
	Unattributed []int
	// Words counts the words outside boilerplate.
	Words int
}
