package analyze

import (
	"regexp"
	"sort"
	"strings"
)

// noClaim matches sentences about sourcing that state nothing themselves.
var noClaim = regexp.MustCompile(`(?i)\b(declined|refused) to (comment|elaborate|say|specify|discuss)|did not (immediately )?(respond|reply|return|comment)|could not (immediately )?be reached|could not be (independently )?verified|not immediately available for comment`)

// unattributed returns the indexes of a's sentences that make a claim with
// no attribution: no attribution sits in them, and they are not a
// quotation whose speaker is known, a question, a fragment of under five
// words or a note that someone declined to comment. Linear in the number
// of sentences, attributions and quotations.
func unattributed(text string, a *Analysis) []int {
	has := make(map[int]bool, len(a.Attributions))
	for _, at := range a.Attributions {
		has[at.Sentence] = true
	}
	out := []int{}
	for i, s := range a.Sentences {
		if has[i] {
			continue
		}
		t := strings.TrimSpace(text[s.Start:s.End])
		t = strings.TrimRight(t, "”\"’' )")
		if strings.HasSuffix(t, "?") || len(strings.Fields(t)) < 5 || noClaim.MatchString(t) {
			continue
		}
		if !spokenWhole(a.Quotes, s) {
			out = append(out, i)
		}
	}
	return out
}

// spokenWhole reports whether a quotation by a known speaker is the whole
// sentence s (“We lost everything.” after “…,” said Umm Ahmed). Quotations
// are in text order and do not overlap, so the last one opening by the
// sentence's start is the only candidate.
func spokenWhole(qs []Quote, s Span) bool {
	k := sort.Search(len(qs), func(i int) bool { return qs[i].Start > s.Start+3 }) - 1
	return k >= 0 && qs[k].Speaker != nil && qs[k].End >= s.End-3
}
