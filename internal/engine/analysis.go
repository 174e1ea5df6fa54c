package engine

import (
	"wirediff/internal/analyze"
	"wirediff/internal/contract"
)

// Preload loads the language model that analysis needs, so that the first
// Analyze or Compare does not pay for it. The browser calls it in the worker
// while the user is still pasting. Safe to call more than once.
func Preload() (err error) {
	defer recovered(&err)
	return analyze.Load()
}

// Analyze returns the contract's Analysis of text.
func Analyze(text string) (_ *contract.Analysis, err error) {
	defer recovered(&err)
	if e := checkText("the text", text); e != nil {
		return nil, e
	}
	a, err := analyze.Analyze(text)
	if err != nil {
		return nil, errorf(CodeInternal, "The analysis failed: %v.", err)
	}
	out := encodeAnalysis(newOffsets(text), a)
	out.Unattributed = a.Unattributed
	out.Notices = notices(text)
	return out, nil
}

// encodeAnalysis converts a to the contract's shape, byte offsets to UTF-16.
func encodeAnalysis(o *offsets, a *analyze.Analysis) *contract.Analysis {
	out := &contract.Analysis{
		Version:      contract.Version,
		Byline:       a.Byline,
		Dateline:     a.Dateline,
		Boilerplate:  spans(o, a.Boilerplate),
		Sentences:    spans(o, a.Sentences),
		Entities:     make([]contract.Entity, 0, len(a.Entities)),
		Quotes:       make([]contract.Quote, 0, len(a.Quotes)),
		Attributions: make([]contract.Attribution, 0, len(a.Attributions)),
		Hedges:       spans(o, a.Hedges),
	}
	for _, e := range a.Entities {
		s := o.span(e.Start, e.End)
		out.Entities = append(out.Entities, contract.Entity{Text: s.Text, Start: s.Start, End: s.End, Label: e.Label})
	}
	for _, q := range a.Quotes {
		s := o.span(q.Start, q.End)
		out.Quotes = append(out.Quotes, contract.Quote{
			Text: s.Text, Start: s.Start, End: s.End,
			Speaker:  optSpan(o, q.Speaker),
			Resolved: q.Resolved,
		})
	}
	anonymous := 0
	for _, at := range a.Attributions {
		if at.Kind == analyze.KindAnonymous {
			anonymous++
		}
		out.Attributions = append(out.Attributions, contract.Attribution{
			Source:   o.span(at.Source.Start, at.Source.End),
			Resolved: at.Resolved,
			Kind:     at.Kind,
			Cue:      o.span(at.Cue.Start, at.Cue.End),
			Stance:   at.Stance,
			Via:      optSpan(o, at.Via),
			Content:  o.span(at.Content.Start, at.Content.End),
			Direct:   at.Direct,
			Sentence: at.Sentence,
			CueType:  at.CueType,
		})
	}
	out.Stats = contract.Stats{
		Words:        a.Words,
		Sentences:    len(a.Sentences),
		Quotes:       len(a.Quotes),
		Attributions: len(a.Attributions),
	}
	if n := len(a.Attributions); n > 0 {
		out.Stats.AnonymousShare = float64(anonymous) / float64(n)
	}
	return out
}

func spans(o *offsets, ss []analyze.Span) []contract.Span {
	out := make([]contract.Span, len(ss))
	for i, s := range ss {
		out[i] = o.span(s.Start, s.End)
	}
	return out
}

func optSpan(o *offsets, s *analyze.Span) *contract.Span {
	if s == nil {
		return nil
	}
	sp := o.span(s.Start, s.End)
	return &sp
}
