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

// describe names an attribution in a detail line: its source and cue, and
// the outlet when there is one: “two senior U.S. officials” (according to,
// via “Reuters”).
func (s *side) describe(x *att) string {
	src := s.slice(x.Source)
	d := quoted(src)
	if strings.TrimSpace(src) == "" {
		d = "an unnamed source"
	}
	d += " (" + clean(s.slice(x.Cue))
	if x.Via != nil {
		d += ", via " + quoted(s.slice(*x.Via))
	}
	return d + ")"
}
