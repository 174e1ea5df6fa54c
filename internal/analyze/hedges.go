package analyze

import "regexp"

// reHedge matches words that soften or distance a claim. The list is kept
// short on purpose: "could" and a bare "may" are left out, being too often
// plain statements of possibility.
var reHedge = regexp.MustCompile(`(?i)\b(reportedly|allegedly|apparently|purportedly|supposedly|ostensibly|seemingly|possibly|perhaps|presumably|likely|potentially|so-called|` +
	`(?:appears?|appeared|seems?|seemed) (?:to|similar|likely|unlikely|poised|set)|(?:may|might) have|` +
	`widely (?:referred to|described|seen|regarded|believed|considered|reported|known)(?: as)?|` +
	`(?:it is|it['’]s|it was) (?:believed|possible|unclear|not clear|thought|understood|alleged|said)|` +
	`(?:is|are|was|were|remains?) (?:believed|thought|said|understood) to|believed to (?:have|be)|` +
	`(?:is|was|remains|remained) unclear|(?:is|was) not (?:immediately |yet )?clear|unverified|unconfirmed|` +
	`(?:could|can|cannot|can['’]t) not (?:be )?(?:independently )?(?:verified|confirmed)|(?:could|can)not (?:be )?(?:independently )?(?:verified|confirmed)|` +
	`(?:has|have|had) not been (?:independently )?(?:verified|confirmed))\b`)

// findHedges returns the hedges in text[start:end] outside quotations.
func findHedges(text string, start, end int, qs []quoteMark) []Span {
	var out []Span
	for _, m := range reHedge.FindAllStringIndex(text[start:end], -1) {
		s := Span{start + m[0], start + m[1]}
		if quoteAt(qs, s.Start) >= 0 {
			continue
		}
		// "believed to" after "it is believed" etc. may overlap: keep the first.
		if n := len(out); n > 0 && out[n-1].End > s.Start {
			continue
		}
		out = append(out, s)
	}
	return out
}
