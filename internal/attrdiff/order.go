package attrdiff

// rank orders changes by what a reader most needs to see: a credit to the
// original that it does not support, then quotations invented and altered,
// then whatever makes a claim look stronger, claims left unsourced, loaded
// cues, quotations turned into paraphrase, attributions dropped, whatever
// makes a claim look weaker, and last the changes of wording alone and the
// attributions added.
func rank(c *Change) int {
	switch c.Kind {
	case Phantom:
		return 0
	case QuoteInvented:
		return 1
	case QuoteAltered:
		return 2
	case Unattributed:
		return 4
	case QuoteToParaphrase:
		return 6
	case Dropped:
		return 7
	case Added:
		return 11
	}
	switch {
	case c.Direction == Stronger:
		return 3
	case c.Kind == CueChanged && loadedCue(c.Detail):
		return 5
	case c.Direction == Weaker:
		return 8
	case c.Kind == ViaChanged:
		return 10
	}
	return 9
}

// loadedCue reports whether a cue-changed detail says the cue became loaded.
func loadedCue(detail string) bool {
	const suffix = "→ loaded)"
	return len(detail) >= len(suffix) && detail[len(detail)-len(suffix):] == suffix
}
