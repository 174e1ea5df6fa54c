package engine

import (
	"errors"

	"wirediff/internal/analyze"
	"wirediff/internal/attrdiff"
	"wirediff/internal/contract"
	"wirediff/internal/diff"
)

// Compare returns the contract's Comparison of a and b. With
// opt.Attribution false it aligns the wording only: the analyses carry the
// sentences and the page furniture, nothing more.
func Compare(a, b string, opt Options) (_ *contract.Comparison, err error) {
	defer recovered(&err)
	if e := checkText("version A", a); e != nil {
		return nil, e
	}
	if e := checkText("version B", b); e != nil {
		return nil, e
	}
	var aa, ba *analyze.Analysis
	if opt.Attribution {
		if aa, err = analyze.Analyze(a); err == nil {
			ba, err = analyze.Analyze(b)
		}
		if err != nil {
			return nil, errorf(CodeInternal, "The analysis failed: %v.", err)
		}
	} else {
		// The same sentences the full comparison aligns, so that the page
		// can show this quick result first and keep its rows.
		aa, ba = &analyze.Analysis{}, &analyze.Analysis{}
		aa.Boilerplate, aa.Sentences = analyze.Sentences(a)
		ba.Boilerplate, ba.Sentences = analyze.Sentences(b)
	}
	dopt := &diff.Options{
		AIgnore: ranges(aa.Boilerplate), BIgnore: ranges(ba.Boilerplate),
		ASentences: ranges(aa.Sentences), BSentences: ranges(ba.Sentences),
	}
	r, err := diff.Compare(a, b, dopt)
	if errors.Is(err, diff.ErrTooLarge) {
		return nil, errorf(CodeTooLarge, "%v", err)
	} else if err != nil {
		return nil, errorf(CodeInternal, "The comparison failed: %v.", err)
	}
	sim := similarity(a, b, r.Blocks)
	ao, bo := newOffsets(a), newOffsets(b)
	c := &contract.Comparison{
		Version:    contract.Version,
		A:          encodeAnalysis(ao, aa),
		B:          encodeAnalysis(bo, ba),
		Similarity: sim,
		Unrelated:  sim < minRelated,
		Reuse: contract.Reuse{
			BFromA:     r.Reuse.BFromA,
			AInB:       r.Reuse.AInB,
			LongestRun: r.Reuse.LongestRun,
		},
		Blocks:             encodeBlocks(ao, bo, r.Blocks),
		AttributionChanges: []contract.AttributionChange{},
	}
	c.A.Notices, c.B.Notices = notices(a), notices(b)
	if opt.Attribution {
		c.A.Unattributed, c.B.Unattributed = aa.Unattributed, ba.Unattributed
	}
	switch {
	case opt.Attribution && c.Unrelated:
		// Two different reports: a list of every attribution as dropped
		// and added would say nothing true.
		encodeChanges(c, ao, bo, &attrdiff.Result{})
	case opt.Attribution:
		encodeChanges(c, ao, bo, attrdiff.Compare(attrdiff.Input{AText: a, BText: b, A: aa, B: ba, Diff: r,
			LabelA: opt.LabelA, LabelB: opt.LabelB}))
	}
	return c, nil
}

// encodeChanges puts the attribution diff into c, spans in UTF-16 units.
func encodeChanges(c *contract.Comparison, ao, bo *offsets, r *attrdiff.Result) {
	index := func(i int) *int {
		if i < 0 {
			return nil
		}
		return &i
	}
	for _, ch := range r.Changes {
		cc := contract.AttributionChange{Kind: ch.Kind, A: index(ch.A), B: index(ch.B), Detail: ch.Detail, Block: ch.Block, Direction: ch.Direction}
		for _, w := range ch.Words {
			cc.Words = append(cc.Words, contract.Word{Op: string(w.Op), Text: w.Text})
		}
		c.AttributionChanges = append(c.AttributionChanges, cc)
	}
	c.EntityChanges = []contract.EntityChange{}
	for _, e := range r.Entities {
		o := ao
		if e.Op == attrdiff.Added {
			o = bo
		}
		c.EntityChanges = append(c.EntityChanges, contract.EntityChange{
			Op: e.Op, Label: e.Label, Span: o.span(e.Span.Start, e.Span.End), Block: e.Block})
	}
	c.NumberChanges = []contract.NumberChange{}
	for _, n := range r.Numbers {
		c.NumberChanges = append(c.NumberChanges, contract.NumberChange{
			A: ao.span(n.A.Start, n.A.End), B: bo.span(n.B.Start, n.B.End), Block: n.Block})
	}
	c.TitleChanges = []contract.TitleChange{}
	for _, t := range r.Titles {
		c.TitleChanges = append(c.TitleChanges, contract.TitleChange{
			A: ao.span(t.A.Start, t.A.End), B: bo.span(t.B.Start, t.B.End),
			ATitle: t.ATitle, BTitle: t.BTitle, Block: t.Block})
	}
	s := r.Summary
	c.Summary = &contract.Summary{
		QuotesVerbatim: s.QuotesVerbatim, QuotesAltered: s.QuotesAltered, QuotesParaphrased: s.QuotesParaphrased,
		Dropped: s.Dropped, Added: s.Added, SourcesChanged: s.SourcesChanged, CuesChanged: s.CuesChanged,
		ViasChanged: s.ViasChanged, HedgesRemoved: s.HedgesRemoved, HedgesAdded: s.HedgesAdded,
		Unattributed: s.Unattributed, EntitiesAdded: s.EntitiesAdded, EntitiesDropped: s.EntitiesDropped,
		NumbersChanged: s.NumbersChanged, TitlesChanged: s.TitlesChanged,
		QuotesInvented: s.QuotesInvented, Phantoms: s.Phantoms, Stronger: s.Stronger, Weaker: s.Weaker,
	}
}

func encodeBlocks(ao, bo *offsets, bs []diff.Block) []contract.Block {
	out := make([]contract.Block, len(bs))
	for i, b := range bs {
		cb := contract.Block{Op: string(b.Op), Similarity: b.Similarity}
		if b.A != nil {
			s := ao.span(b.A.Start, b.A.End)
			cb.A = &s
		}
		if b.B != nil {
			s := bo.span(b.B.Start, b.B.End)
			cb.B = &s
		}
		if b.Words != nil {
			cb.Words = make([]contract.Word, len(b.Words))
			for j, w := range b.Words {
				cb.Words[j] = contract.Word{Op: string(w.Op), Text: w.Text}
			}
		}
		out[i] = cb
	}
	return out
}

func ranges(ss []analyze.Span) []diff.Range {
	out := make([]diff.Range, len(ss))
	for i, s := range ss {
		out[i] = diff.Range{Start: s.Start, End: s.End}
	}
	return out
}
