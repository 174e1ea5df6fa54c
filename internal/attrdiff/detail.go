package attrdiff

import "strings"

// excerptWords is how many words of a statement a detail line shows.
const excerptWords = 14

// clean collapses the white space of s (line breaks, no-break spaces) to
// single spaces, for a one-line detail.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// quoted puts s in curly quotation marks, cleaned.
func quoted(s string) string { return "“" + clean(s) + "”" }

// excerpt quotes s, cut after excerptWords words.
func excerpt(s string) string {
	f := strings.Fields(s)
	if len(f) > excerptWords {
		return "“" + strings.Join(f[:excerptWords], " ") + "…”"
	}
	return quoted(s)
}

// orNone quotes s, or says "none" when it is empty.
func orNone(s string) string {
	if strings.TrimSpace(s) == "" {
		return "none"
	}
	return quoted(s)
}

// describe names an attribution in a detail line: its source, with whom a
// pronoun or a bare surname stands for, its cue, and the outlet when there
// is one: “he” (Benjamin Netanyahu; added pointedly), “two senior U.S.
// officials” (according to, via “Reuters”).
func (s *side) describe(x *att) string {
	src := s.slice(x.Source)
	d := quoted(src)
	if strings.TrimSpace(src) == "" {
		d = "an unnamed source"
	}
	d += " ("
	if r := clean(x.Resolved); r != "" && names(src, r) {
		d += r + "; "
	}
	d += clean(s.slice(x.Cue))
	if x.Via != nil {
		d += ", via " + quoted(s.slice(*x.Via))
	}
	return d + ")"
}

// names reports whether the resolved name says more than the source as
// written: the source is a pronoun or a bare surname ("he", "Cole"), or the
// name ends in another word ("they" → "the officials").
func names(src, resolved string) bool {
	sf, rf := strings.Fields(src), strings.Fields(resolved)
	if len(sf) == 0 || strings.EqualFold(clean(src), resolved) {
		return false
	}
	return len(sf) == 1 || !strings.EqualFold(sf[len(sf)-1], rf[len(rf)-1])
}
