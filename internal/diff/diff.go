// Package diff compares two texts: it splits them into sentences, aligns the
// sentences (also across moves, splits and merges) by normalised Levenshtein
// similarity, and diffs the words inside every aligned pair.
//
// All offsets in this package are byte offsets into the compared strings.
// The package is plain Go with no knowledge of attribution or of the browser:
// a wording-only engine ships without any model.
package diff

// Range is a half-open range [Start, End) of byte offsets into a text.
type Range struct{ Start, End int }

// Op names what a Block or a Word does between text A and text B.
type Op string

// The operations of blocks (all five) and of words (equal, insert, delete).
const (
	OpEqual  Op = "equal"
	OpEdit   Op = "edit"
	OpInsert Op = "insert"
	OpDelete Op = "delete"
	OpMove   Op = "move"
)

// Word is one run of the word-level diff inside a block. Text holds the
// tokens of the run exactly as written (whitespace included), so that
// concatenating the equal and delete words of a block gives its A text and
// the equal and insert words give its B text.
type Word struct {
	Op   Op
	Text string
}

// Block is one aligned unit of the comparison: a run of one or more whole
// sentences of A matched to a run of sentences of B (equal, edit or move), or
// sentences found on one side only (delete: B is nil; insert: A is nil).
//
// A and B are byte ranges; the blocks of a Result tile both texts completely,
// so whitespace and text between sentences belongs to some block.
// ASents and BSents are the half-open ranges [lo, hi) of indices into
// Result.ASentences and Result.BSentences that the block holds (lo == hi on a
// side the block does not touch).
type Block struct {
	Op         Op
	A, B       *Range
	ASents     [2]int
	BSents     [2]int
	Similarity float64
	// Words is nil for an equal block: its text stands for its words.
	Words []Word
}

// Reuse measures verbatim copying from A into B.
type Reuse struct {
	// BFromA is the share of B's words that sit in runs of 5 or more words
	// copied verbatim from A; AInB the share of A's words found so in B.
	BFromA, AInB float64
	// LongestRun is the longest such run, in words.
	LongestRun int
}

// Result is the comparison of two texts.
type Result struct {
	// Blocks in the order of B; moves point back into A.
	Blocks []Block
	// Similarity is 1 − (word edit distance ÷ the longer text's word count).
	Similarity float64
	Reuse      Reuse
	// ASentences and BSentences are the sentences that were aligned.
	ASentences, BSentences []Range
}

// Options adjust a comparison. The zero value is ready to use.
type Options struct {
	// ASentences and BSentences, when not nil, are the sentences to align
	// (byte ranges, in order, not overlapping; they need not cover the text).
	// When nil, Sentences(text) is used.
	ASentences, BSentences []Range
	// AIgnore and BIgnore are ranges (page furniture) left out of the word
	// counts behind Similarity and Reuse.
	AIgnore, BIgnore []Range
}
