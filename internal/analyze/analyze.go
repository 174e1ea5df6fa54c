package analyze

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// Bounds on the output of Analyze per byte of input, on any text (see
// TestCostBounded): the number of spans, and their total length plus that
// of the resolved names. An ordinary article stays far below both.
const (
	MaxSpansPerByte  = 1.0
	MaxOutputPerByte = 12.0
)

// Analyze reads one article. Offsets in the result are byte offsets into
// text. Empty or white-space text gives an empty Analysis, not an error.
// It never panics: a failure inside becomes the error.
//
// Cost is bounded by design, whatever the text: sentences are at most
// MaxSentenceBytes long (a longer run is cut), every rule reads within one
// sentence, an attribution's content never reaches back past the previous
// attribution's cue, references are resolved through indexes and against at
// most the last few dozen sources, and prose reads pieces of a few
// kilobytes. So time and memory are linear in the length of text, and the
// output holds at most MaxSpansPerByte spans covering at most
// MaxOutputPerByte bytes per input byte (1 MiB: under a second of CPU
// natively after the model is loaded; Load takes about half a second).
func Analyze(text string) (a *Analysis, err error) {
	defer func() {
		if r := recover(); r != nil {
			a, err = nil, fmt.Errorf("analyze: internal error: %v", r)
		}
	}()
	a = &Analysis{Unattributed: []int{}}
	if strings.TrimSpace(text) == "" {
		return a, nil
	}
	p := readPage(text)
	a.Byline = p.byline
	a.Boilerplate = p.furniture
	r := &reader{text: text, outlet: p.outlet}
	lowerSeen := map[string]bool{}
	lines := bodyParagraphs(p)
	for pi, l := range lines {
		qs := findQuotes(text, l.Start, l.End)
		for i := range qs {
			qs[i].para = pi
		}
		r.quotes = append(r.quotes, qs...)
		for _, s := range splitSentences(text, l.Start, l.End, qs) {
			toks := sentenceTokens(text, s)
			for _, t := range toks {
				if t.Word && !t.capitalized() {
					lowerSeen[t.lower()] = true
				}
			}
			r.sents = append(r.sents, sentence{Span: s, toks: toks})
			a.Sentences = append(a.Sentences, s)
		}
		a.Hedges = append(a.Hedges, findHedges(text, l.Start, l.End, qs)...)
		a.Words += countWords(text, l.Start, l.End)
	}
	if len(lines) > 0 {
		a.Dateline = dateline(text[lines[0].Start:lines[0].End])
	}
	r.ents = findEntities(text, r.sents, lowerSeen)
	a.Entities = r.ents
	z := newResolver(r)
	var all []*hit
	for si := range r.sents {
		hits := r.findHits(si)
		r.setContents(si, hits)
		for _, h := range hits {
			if !h.drop {
				z.resolve(h)
				all = append(all, h)
			}
		}
	}
	all = dropRestated(r, all)
	joinSplitQuotes(r, all)
	for _, h := range all {
		toks := r.sents[h.sent].toks
		a.Attributions = append(a.Attributions, Attribution{
			Source:   h.source,
			Resolved: h.resolved,
			Kind:     h.kind,
			Cue:      Span{toks[h.cueFirst].Start, toks[h.cueLast].End},
			CueType:  h.cueType,
			Stance:   stance(h.loaded),
			Via:      h.via,
			Content:  h.content,
			Direct:   h.direct,
			Sentence: h.sent,
		})
	}
	a.Quotes = speakers(r, all)
	a.Unattributed = unattributed(text, a)
	return a, nil
}

// Sentences returns the page furniture and the sentences of text exactly as
// Analyze finds them, without the language model or the attribution rules:
// what the wording diff needs to align the same sentences the analysis
// reads. Byte offsets; linear in the length of text.
func Sentences(text string) (furniture, sentences []Span) {
	if strings.TrimSpace(text) == "" {
		return nil, nil
	}
	p := readPage(text)
	for _, l := range bodyParagraphs(p) {
		sentences = append(sentences, splitSentences(text, l.Start, l.End, findQuotes(text, l.Start, l.End))...)
	}
	return p.furniture, sentences
}

// dropRestated drops a belief, intention or other non-speech attribution
// that sits inside the content of the attribution before it in the same
// sentence and credits the same source through a pronoun: in "Trump said
// he knew everything" the statement is Trump's; "he knew" restates it.
func dropRestated(r *reader, hits []*hit) []*hit {
	out := hits[:0]
	for i, h := range hits {
		if i > 0 && h.cueType != CueSpeech && h.from == nil {
			p := hits[i-1]
			cue := r.sents[h.sent].toks[h.cueFirst].Start
			if p.sent == h.sent && p.content.Start <= cue && cue < p.content.End && restates(r, p, h) {
				continue
			}
		}
		out = append(out, h)
	}
	return out
}

// restates reports whether h's source is a pronoun for p's: resolved to
// the same name, or not resolved at all and so taken as the speaker.
func restates(r *reader, p, h *hit) bool {
	src := r.text[h.source.Start:h.source.End]
	if !sourcePronouns[strings.ToLower(src)] {
		return false
	}
	return p.resolved == h.resolved || h.resolved == src && !plural(p.resolved) == (strings.ToLower(src) != "they")
}

func stance(loaded bool) string {
	if loaded {
		return StanceLoaded
	}
	return StanceNeutral
}

var reLinkTarget = regexp.MustCompile(`\]\([^)\s]*\)|https?://[^\s)\]]+|mailto:[^\s)\]]+`)

// sentenceTokens tokenizes a sentence, leaving out Markdown link targets,
// bare URLs and link brackets, so that "[accused him](url)" reads as words.
func sentenceTokens(text string, s Span) []token {
	toks := tokenize(text, s.Start, s.End)
	zones := reLinkTarget.FindAllStringIndex(text[s.Start:s.End], -1)
	if len(zones) == 0 && !strings.ContainsAny(text[s.Start:s.End], "[]") {
		return toks
	}
	out := toks[:0]
	z := 0
	for _, t := range toks {
		for z < len(zones) && s.Start+zones[z][1] <= t.Start {
			z++
		}
		if z < len(zones) && s.Start+zones[z][0] <= t.Start {
			continue
		}
		if t.Text == "[" || t.Text == "]" {
			continue
		}
		out = append(out, t)
	}
	return out
}

var reDateline = regexp.MustCompile(`^(\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\.?(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\d{1,2})?)?)\s*(\([\p{L} .&]+\))?\s*[-–—]+\s`)

// dateline returns the dateline opening a paragraph ("WASHINGTON (Reuters)").
func dateline(line string) string {
	m := reDateline.FindStringSubmatch(line)
	if m == nil {
		return ""
	}
	caps := 0
	for _, r := range m[1] {
		if unicode.IsUpper(r) {
			caps++
		}
	}
	if caps < 3 && m[2] == "" {
		return ""
	}
	return strings.TrimSpace(m[1] + " " + m[2])
}

// speakers lists the quotations with the source each is credited to: the
// attribution whose content holds it, or the speaker of the quotation
// before for one that opens the sentence after it in the same paragraph or
// continues it in the next paragraph.
func speakers(r *reader, hits []*hit) []Quote {
	out := make([]Quote, len(r.quotes))
	for i, q := range r.quotes {
		out[i] = Quote{Span: q.Span}
	}
	for _, h := range hits {
		i := sort.Search(len(r.quotes), func(i int) bool { return r.quotes[i].End > h.content.Start })
		for ; i < len(r.quotes) && r.quotes[i].Start < h.content.End; i++ {
			if out[i].Speaker == nil {
				src := h.source
				out[i].Speaker, out[i].Resolved = &src, h.resolved
			}
		}
	}
	for i := 1; i < len(out); i++ {
		if out[i].Speaker != nil || out[i-1].Speaker == nil {
			continue
		}
		prev, q := r.quotes[i-1], r.quotes[i]
		gap := r.text[prev.Close:q.Open]
		sameParagraph := prev.para == q.para && len(gap) < 80 && strings.ContainsAny(gap, ".!?")
		// A quotation over several paragraphs leaves each but the last
		// unclosed, and opens the next paragraph with a quotation mark.
		continued := prev.Close == prev.End && q.para == prev.para+1 && strings.TrimSpace(gap) == ""
		if sameParagraph || continued {
			out[i].Speaker, out[i].Resolved = out[i-1].Speaker, out[i-1].Resolved
		}
	}
	return out
}
