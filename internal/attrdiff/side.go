package attrdiff

import (
	"sort"
	"strings"

	"wirediff/internal/analyze"
	"wirediff/internal/diff"
)

// side is one version of the text, read once: its words, and where each of
// its attributions sits in the alignment.
type side struct {
	text string
	an   *analyze.Analysis
	// all holds the words of the whole text once allWords needed them.
	all []word
	// sents are the sentences the alignment used, and sentBlock the block
	// that holds each of them (-1 for none).
	sents     []diff.Range
	sentBlock []int
	atts      []att
	// byBlock lists the attributions (indices into atts) of each block.
	byBlock map[int][]int
	// dateline is the byte range of the dateline, if found.
	dateline analyze.Span
	// hedges and persons (the PERSON entities) in text order.
	hedges  []analyze.Span
	persons []analyze.Entity
	// trailers are the lines of credits and republishing notes (see
	// trailer).
	trailers [][2]int
	// sentBags are the content words of each sentence, once supported
	// needed them.
	sentBags [][]string
}

// att is an attribution with what the comparison needs precomputed.
type att struct {
	analyze.Attribution
	// index is the attribution's index in the analysis.
	index   int
	content []word
	bag     []string
	// meaning holds the stems of the statement's content words.
	meaning                []string
	block                  int
	source, cue, via, resd string // keys
}

// newSide reads one version. isA selects the A side of the blocks.
func newSide(text string, an *analyze.Analysis, d *diff.Result, isA bool) *side {
	if an == nil {
		an = &analyze.Analysis{}
	}
	s := &side{text: text, an: an, byBlock: map[int][]int{}}
	s.sents = d.BSentences
	if isA {
		s.sents = d.ASentences
	}
	s.sentBlock = make([]int, len(s.sents))
	for i := range s.sentBlock {
		s.sentBlock[i] = -1
	}
	for bi, b := range d.Blocks {
		r := b.BSents
		if isA {
			r = b.ASents
		}
		for i := max(r[0], 0); i < r[1] && i < len(s.sents); i++ {
			s.sentBlock[i] = bi
		}
	}
	s.findDateline()
	s.trailers = trailerLines(text)
	s.hedges = append([]analyze.Span(nil), an.Hedges...)
	sort.Slice(s.hedges, func(i, j int) bool { return s.hedges[i].Start < s.hedges[j].Start })
	for _, e := range an.Entities {
		if e.Label == "PERSON" {
			s.persons = append(s.persons, e)
		}
	}
	sort.SliceStable(s.persons, func(i, j int) bool { return s.persons[i].Start < s.persons[j].Start })
	for ai, a := range an.Attributions {
		if s.inTrailer(a.Cue.Start, a.Cue.End) {
			continue
		}
		x := att{Attribution: a, index: ai, content: s.contentWords(a)}
		x.bag = bag(x.content)
		x.meaning = meaningBag(x.content)
		x.block = s.blockAt(a.Cue.Start)
		x.source = key(s.slice(a.Source))
		x.cue = key(s.slice(a.Cue))
		x.resd = key(a.Resolved)
		if a.Via != nil {
			x.via = untimed(key(s.slice(*a.Via)))
		}
		s.byBlock[x.block] = append(s.byBlock[x.block], len(s.atts))
		s.atts = append(s.atts, x)
	}
	return s
}

// slice returns the text of sp, or "" when sp does not fit the text.
func (s *side) slice(sp analyze.Span) string {
	if sp.Start < 0 || sp.End > len(s.text) || sp.Start > sp.End {
		return ""
	}
	return s.text[sp.Start:sp.End]
}

// contentWords returns the words of a's content. A quotation split by its
// attribution ("“X,” he said. “Y.”") is one content whose words are those
// inside the quotation marks: the interjected "he said" is not part of what
// was quoted, so a carrier that drops "on Monday" from it leaves the quote
// as it was.
func (s *side) contentWords(a analyze.Attribution) []word {
	if !a.Direct {
		return s.words(a.Content.Start, a.Content.End)
	}
	qs := s.an.Quotes
	i := sort.Search(len(qs), func(i int) bool { return qs[i].End > a.Content.Start })
	var ws []word
	for ; i < len(qs) && qs[i].Start < a.Content.End; i++ {
		if qs[i].Start >= a.Content.Start && qs[i].End <= a.Content.End {
			ws = append(ws, s.words(qs[i].Start, qs[i].End)...)
		}
	}
	if ws == nil {
		return s.words(a.Content.Start, a.Content.End)
	}
	return ws
}

// contentText returns what x credits to its source as a reader would quote
// it: for a quotation, the words inside its quotation marks, the pieces of
// a split quotation joined by " … "; otherwise the content as written.
func (s *side) contentText(x *att) string {
	if !x.Direct {
		return s.slice(x.Content)
	}
	var parts []string
	for _, q := range s.an.Quotes {
		if q.Start >= x.Content.Start && q.End <= x.Content.End {
			parts = append(parts, strings.Trim(s.slice(q.Span), "\"“”‘’'„«» ,.;:"))
		}
	}
	if parts == nil {
		return s.slice(x.Content)
	}
	return strings.Join(parts, " … ")
}

// words returns the words of the byte range [start, end). Most of a text
// is never read word by word (its blocks are equal), so words are found on
// demand.
func (s *side) words(start, end int) []word {
	start, end = max(start, 0), min(end, len(s.text))
	if start >= end {
		return nil
	}
	return words(s.text, start, end)
}

// allWords returns the words of the whole text.
func (s *side) allWords() []word {
	if s.all == nil {
		s.all = words(s.text, 0, len(s.text))
	}
	return s.all
}

// blockAt returns the block holding byte offset p, through the sentence
// that holds it; -1 when p is in no aligned sentence.
func (s *side) blockAt(p int) int {
	if i := s.sentenceAt(p); i >= 0 {
		return s.sentBlock[i]
	}
	return -1
}

// blockWords returns the words of this side of block b.
func (s *side) blockWords(b diff.Block, isA bool) []word {
	r := b.B
	if isA {
		r = b.A
	}
	if r == nil {
		return nil
	}
	return s.words(r.Start, r.End)
}

// findDateline locates the dateline the analysis found, so that what it
// names does not count as a change when only one version carries it.
func (s *side) findDateline() {
	if s.an.Dateline == "" {
		return
	}
	from := 0
	if len(s.an.Sentences) > 0 {
		from = s.an.Sentences[0].Start
	}
	if from > len(s.text) {
		return
	}
	window := s.text[from:min(len(s.text), from+400+len(s.an.Dateline))]
	if i := strings.Index(window, s.an.Dateline); i >= 0 {
		s.dateline = analyze.Span{Start: from + i, End: from + i + len(s.an.Dateline)}
	}
}

// furniture reports whether the byte range [start, end) lies in page
// furniture, a trailer or the dateline.
func (s *side) furniture(start, end int) bool {
	if s.inTrailer(start, end) {
		return true
	}
	if s.dateline.End > s.dateline.Start && start < s.dateline.End && end > s.dateline.Start {
		return true
	}
	for _, b := range s.an.Boilerplate {
		if start < b.End && end > b.Start {
			return true
		}
	}
	return false
}
