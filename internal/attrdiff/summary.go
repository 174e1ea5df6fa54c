package attrdiff

// Summary counts what a comparison found, for the head of a page.
type Summary struct {
	// QuotesVerbatim counts the quotations of A found word for word in B;
	// QuotesAltered those whose words changed (or paraphrase that became
	// a quotation); QuotesParaphrased those that lost their marks.
	QuotesVerbatim, QuotesAltered, QuotesParaphrased int
	// Dropped and Added count attributions found on one side only.
	Dropped, Added int
	// SourcesChanged counts source-changed and kind-changed together.
	SourcesChanged, CuesChanged, ViasChanged int
	HedgesRemoved, HedgesAdded               int
	// Unattributed counts statements that lost their attribution.
	Unattributed int
	// The extension lists' lengths.
	EntitiesAdded, EntitiesDropped, NumbersChanged, TitlesChanged int
	// QuotesInvented and Phantoms count those kinds; Stronger and Weaker
	// the changes of each direction.
	QuotesInvented, Phantoms, Stronger, Weaker int
}

// summary counts the changes of r.
func (c *comparer) summary(r *Result) Summary {
	s := Summary{QuotesVerbatim: c.verbatimQuotes, NumbersChanged: len(r.Numbers), TitlesChanged: len(r.Titles)}
	counts := map[string]*int{
		QuoteAltered:      &s.QuotesAltered,
		QuoteToParaphrase: &s.QuotesParaphrased,
		Dropped:           &s.Dropped,
		Added:             &s.Added,
		SourceChanged:     &s.SourcesChanged,
		KindChanged:       &s.SourcesChanged,
		CueChanged:        &s.CuesChanged,
		ViaChanged:        &s.ViasChanged,
		HedgeRemoved:      &s.HedgesRemoved,
		HedgeAdded:        &s.HedgesAdded,
		Unattributed:      &s.Unattributed,
		QuoteInvented:     &s.QuotesInvented,
		Phantom:           &s.Phantoms,
	}
	for _, ch := range r.Changes {
		if n := counts[ch.Kind]; n != nil {
			*n++
		}
		switch ch.Direction {
		case Stronger:
			s.Stronger++
		case Weaker:
			s.Weaker++
		}
	}
	for _, e := range r.Entities {
		if e.Op == Added {
			s.EntitiesAdded++
		} else {
			s.EntitiesDropped++
		}
	}
	return s
}
