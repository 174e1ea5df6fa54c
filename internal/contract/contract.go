// Package contract holds the JSON shapes of docs/CONTRACT.md ("wirediff/1")
// that every surface returns: the command line, the browser and the reports.
//
// Offsets in these types are UTF-16 code units into the text exactly as given
// (what JavaScript's String.prototype.slice takes); the engine converts from
// Go's byte offsets once, when it builds these values.
package contract

// Version is the contract's version string.
const Version = "wirediff/1"

// Span is a piece of the input: Text equals the input sliced at [Start, End)
// in UTF-16 code units.
type Span struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Entity is a named entity.
type Entity struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Label string `json:"label"`
}

// Quote is a quotation and who said it.
type Quote struct {
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Speaker  *Span  `json:"speaker"`
	Resolved string `json:"resolved"`
}

// Attribution credits a statement to a source.
type Attribution struct {
	Source   Span   `json:"source"`
	Resolved string `json:"resolved"`
	Kind     string `json:"kind"`
	Cue      Span   `json:"cue"`
	Stance   string `json:"stance"`
	Via      *Span  `json:"via"`
	Content  Span   `json:"content"`
	Direct   bool   `json:"direct"`
	Sentence int    `json:"sentence"`
	// CueType is what the cue credits to the source (an extension of
	// wirediff/1): "speech" (said, told, according to), "belief"
	// (believes, thinks, expects), "knowledge" (knows, learned, sees),
	// "intention" (wants, plans, vowed), "evaluation" (criticised, praised,
	// called X “a Y”) or "evidence" (a report shows, a poll found, cited).
	CueType string `json:"cueType"`
}

// Stats are the counts of an Analysis.
type Stats struct {
	Words          int     `json:"words"`
	Sentences      int     `json:"sentences"`
	Quotes         int     `json:"quotes"`
	Attributions   int     `json:"attributions"`
	AnonymousShare float64 `json:"anonymousShare"`
}

// Analysis is what analyze returns.
type Analysis struct {
	Version      string        `json:"version"`
	Byline       string        `json:"byline"`
	Dateline     string        `json:"dateline"`
	Boilerplate  []Span        `json:"boilerplate"`
	Sentences    []Span        `json:"sentences"`
	Entities     []Entity      `json:"entities"`
	Quotes       []Quote       `json:"quotes"`
	Attributions []Attribution `json:"attributions"`
	Hedges       []Span        `json:"hedges"`
	Stats        Stats         `json:"stats"`
	// Unattributed indexes the sentences that make a claim with no
	// attribution: no attribution sits in them, they are not a quotation
	// whose speaker is known, a question, a heading-length fragment or a
	// note that someone declined to comment (an extension of wirediff/1;
	// null when the text was not analysed for attribution).
	Unattributed []int `json:"unattributed"`
	// Notices are things the reader should know about the input, such as
	// "this looks like HTML source" (an extension of wirediff/1).
	Notices []string `json:"notices,omitempty"`
}

// Reuse measures verbatim copying.
type Reuse struct {
	BFromA     float64 `json:"bFromA"`
	AInB       float64 `json:"aInB"`
	LongestRun int     `json:"longestRun"`
}

// Word is one run of a block's word diff.
type Word struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

// Block is one aligned unit of a comparison.
type Block struct {
	Op         string  `json:"op"`
	A          *Span   `json:"a"`
	B          *Span   `json:"b"`
	Similarity float64 `json:"similarity"`
	Words      []Word  `json:"words,omitempty"`
}

// AttributionChange is one change in sourcing between A and B. A and B index
// a.attributions and b.attributions; nil when the change has no side there.
// The changes come in order of importance: phantom, quote-invented,
// quote-altered, changes that make a claim look stronger, unattributed, cues
// that became loaded, quote-to-paraphrase, dropped, changes that make it
// look weaker, other changes of wording, added; within each, in B's order.
type AttributionChange struct {
	// Kind is one of dropped, added, source-changed, cue-changed,
	// via-changed, kind-changed, quote-altered, quote-to-paraphrase,
	// hedge-added, hedge-removed, unattributed, and (extensions of
	// wirediff/1) quote-invented: B prints in quotation marks words that A
	// never printed as a quotation; phantom: B credits the original (its
	// outlet or author, the compare option labelA, "the report") with a
	// claim that nothing in A supports.
	Kind   string `json:"kind"`
	A      *int   `json:"a"`
	B      *int   `json:"b"`
	Detail string `json:"detail"`
	// Block indexes Comparison.Blocks: the aligned pair the change sits in
	// (an extension of wirediff/1; -1 when none).
	Block int `json:"block"`
	// Words is the word diff of the quotation itself, for quote-altered
	// (an extension of wirediff/1).
	Words []Word `json:"words,omitempty"`
	// Direction is "stronger" when B presents the claim as more
	// authoritative or certain than A ("senior" added, a hedge removed,
	// anonymous → named, "suggested" → "confirmed", a document → a person,
	// a claim stated as fact, an invented quotation, a phantom credit),
	// "weaker" for the reverse, absent when the change does neither (an
	// extension of wirediff/1).
	Direction string `json:"direction,omitempty"`
}

// Summary counts what the attribution diff found, for the head of a page
// (an extension of wirediff/1).
type Summary struct {
	QuotesVerbatim    int `json:"quotesVerbatim"`
	QuotesAltered     int `json:"quotesAltered"`
	QuotesParaphrased int `json:"quotesParaphrased"`
	Dropped           int `json:"dropped"`
	Added             int `json:"added"`
	SourcesChanged    int `json:"sourcesChanged"`
	CuesChanged       int `json:"cuesChanged"`
	ViasChanged       int `json:"viasChanged"`
	HedgesRemoved     int `json:"hedgesRemoved"`
	HedgesAdded       int `json:"hedgesAdded"`
	Unattributed      int `json:"unattributed"`
	EntitiesAdded     int `json:"entitiesAdded"`
	EntitiesDropped   int `json:"entitiesDropped"`
	NumbersChanged    int `json:"numbersChanged"`
	TitlesChanged     int `json:"titlesChanged"`
	// QuotesInvented and Phantoms count the quote-invented and phantom
	// changes; Stronger and Weaker the changes with each direction.
	QuotesInvented int `json:"quotesInvented"`
	Phantoms       int `json:"phantoms"`
	Stronger       int `json:"stronger"`
	Weaker         int `json:"weaker"`
}

// EntityChange is a named entity found in one version only (an extension
// of wirediff/1). Span is its first mention: in B for "added", in A for
// "dropped".
type EntityChange struct {
	Op    string `json:"op"`
	Label string `json:"label"`
	Span  Span   `json:"span"`
	Block int    `json:"block"`
}

// NumberChange is a count, date, amount or percentage that differs
// between aligned sentences (an extension of wirediff/1).
type NumberChange struct {
	A     Span `json:"a"`
	B     Span `json:"b"`
	Block int  `json:"block"`
}

// TitleChange is a person whose title differs between the versions
// ("President Trump" → "Trump"; an extension of wirediff/1). ATitle and
// BTitle are "" for no title.
type TitleChange struct {
	A      Span   `json:"a"`
	B      Span   `json:"b"`
	ATitle string `json:"aTitle"`
	BTitle string `json:"bTitle"`
	Block  int    `json:"block"`
}

// Comparison is what compare returns.
type Comparison struct {
	Version string    `json:"version"`
	A       *Analysis `json:"a"`
	B       *Analysis `json:"b"`
	// Similarity is 2 × aligned words ÷ (words in A + words in B): the
	// share of both texts' words that the alignment matched word for word
	// inside the sentence pairs it aligned (equal, edited or moved). Words
	// are runs of letters or digits; page furniture counts like any text.
	// 1 for the same text, 0 for nothing in common.
	Similarity float64 `json:"similarity"`
	// Unrelated is true when the texts are not versions of one report
	// (similarity under 0.05); the attribution lists are then empty, since
	// every attribution would be "dropped" and "added" (an extension of
	// wirediff/1).
	Unrelated          bool                `json:"unrelated"`
	Reuse              Reuse               `json:"reuse"`
	Blocks             []Block             `json:"blocks"`
	AttributionChanges []AttributionChange `json:"attributionChanges"`
	// The rest extends wirediff/1; all are null when the options ask for
	// no attribution.
	Summary       *Summary       `json:"summary"`
	EntityChanges []EntityChange `json:"entityChanges"`
	NumberChanges []NumberChange `json:"numberChanges"`
	TitleChanges  []TitleChange  `json:"titleChanges"`
}

// Error is the error object every surface returns for bad input.
type Error struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Error implements error.
func (e *Error) Error() string { return e.Message }

// ErrorDoc wraps an Error as {"error": {...}}.
type ErrorDoc struct {
	Error *Error `json:"error"`
}
