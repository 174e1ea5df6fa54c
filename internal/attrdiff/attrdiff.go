// Package attrdiff finds how the sourcing of one news report differs between
// two versions of it: attributions dropped or added, a source, cue or outlet
// reworded, a quotation altered or turned into paraphrase, a hedge removed, a
// claim that lost its source; and, as their own lists, named entities added
// or dropped, titles changed and numbers changed.
//
// It reads the two analyses (internal/analyze) and the sentence alignment
// (internal/diff) and never changes them; nothing upstream imports it.
// Offsets are byte offsets into the two texts. Texts are compared under one
// normalisation (see key): curly and straight quotes, no-break spaces, CRLF
// and line wrapping are not changes.
package attrdiff

import (
	"sort"

	"wirediff/internal/analyze"
	"wirediff/internal/diff"
)

// The kinds of Change, as in the contract's attributionChanges.
const (
	Dropped           = "dropped"
	Added             = "added"
	SourceChanged     = "source-changed"
	CueChanged        = "cue-changed"
	ViaChanged        = "via-changed"
	KindChanged       = "kind-changed"
	QuoteAltered      = "quote-altered"
	QuoteToParaphrase = "quote-to-paraphrase"
	HedgeAdded        = "hedge-added"
	HedgeRemoved      = "hedge-removed"
	Unattributed      = "unattributed"
	// QuoteInvented is B printing in quotation marks words that A never
	// printed as a quotation.
	QuoteInvented = "quote-invented"
	// Phantom is B crediting the original (its outlet, its author, "the
	// report") with a claim that nothing in A supports.
	Phantom = "phantom"
)

// Input is what Compare reads: the two texts, their analyses (byte offsets
// into AText and BText) and the alignment of AText with BText, computed over
// the analyses' sentences.
type Input struct {
	AText, BText string
	A, B         *analyze.Analysis
	Diff         *diff.Result
	// LabelA and LabelB are the names the reader gave the versions ("" for
	// none): A's tells who "the original" is when B credits it.
	LabelA, LabelB string
}

// Change is one change in sourcing.
type Change struct {
	// Kind is one of the constants above.
	Kind string
	// A and B index A.Attributions and B.Attributions; -1 for none.
	A, B int
	// Detail is one human-readable line, with the texts quoted.
	Detail string
	// Block indexes Diff.Blocks: the block the change sits in (on the B side
	// when there is one); -1 for none.
	Block int
	// Words is the word diff of a quotation, for QuoteAltered.
	Words []diff.Word
	// Direction is Stronger when B presents the claim as more
	// authoritative or certain than A did, Weaker when less, "" when the
	// change does neither.
	Direction string
}

// Result is everything Compare finds.
type Result struct {
	// Changes in order of importance (see rank), then of B's blocks.
	Changes  []Change
	Entities []EntityChange
	Numbers  []NumberChange
	Titles   []TitleChange
	Summary  Summary
}

// Compare finds the changes in sourcing from in.AText to in.BText. Missing
// analyses count as empty ones; a missing alignment gives an empty Result.
// Its cost is about linear in the length of the texts.
func Compare(in Input) *Result {
	r := &Result{}
	if in.Diff == nil {
		return r
	}
	c := &comparer{
		d: in.Diff,
		a: newSide(in.AText, in.A, in.Diff, true),
		b: newSide(in.BText, in.B, in.Diff, false),

		credited:  map[int]bool{},
		quoteDone: map[int]bool{},
	}
	c.pair()
	c.originalCredits(in.LabelA)
	c.attributionChanges()
	c.hedgeChanges()
	c.inventedQuotes()
	sort.SliceStable(c.changes, func(i, j int) bool {
		x, y := &c.changes[i], &c.changes[j]
		if rx, ry := rank(x), rank(y); rx != ry {
			return rx < ry
		}
		return blockOrder(x.Block) < blockOrder(y.Block)
	})
	r.Changes = c.changes
	r.Entities = c.entityChanges()
	r.Numbers = c.numberChanges()
	r.Titles = c.titleChanges()
	r.Summary = c.summary(r)
	return r
}

// blockOrder sorts changes with no block last.
func blockOrder(b int) int {
	if b < 0 {
		return int(^uint(0) >> 1)
	}
	return b
}

// comparer holds one comparison under way.
type comparer struct {
	d    *diff.Result
	a, b *side
	// pairs are the matched attributions: pairOfA[i] is the B attribution
	// matched with A's i, or -1; pairOfB the reverse.
	pairOfA, pairOfB []int
	changes          []Change
	verbatimQuotes   int
	// credited marks B's attributions that credit the original, reported
	// as phantom or, when A supports them, not at all.
	credited map[int]bool
	// quoted marks B's attributions whose quotation a change already
	// covers, so that it is not also reported as invented.
	quoteDone map[int]bool
	// aQuoted holds the keys of A's quotations, each between spaces and
	// ended by " | ", and aQuotedBag their content words; see quotedInA.
	aQuoted    string
	aQuotedBag []string
}

// add records a change between the attributions a and b (indices into the
// sides' atts, -1 for none); its block is the block of the B attribution, or
// else of the A one.
func (c *comparer) add(kind string, a, b int, detail string) *Change {
	blk, ai, bi := -1, -1, -1
	if b >= 0 {
		blk, bi = c.b.atts[b].block, c.b.atts[b].index
	}
	if a >= 0 {
		ai = c.a.atts[a].index
		if blk < 0 {
			blk = c.a.atts[a].block
		}
	}
	c.changes = append(c.changes, Change{Kind: kind, A: ai, B: bi, Detail: detail, Block: blk})
	return &c.changes[len(c.changes)-1]
}
