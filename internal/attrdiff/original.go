package attrdiff

import (
	"regexp"
	"strings"
)

// maxCredits bounds the credits to the original that are checked against
// A (each check reads A's sentences); a real rewrite has a handful.
const maxCredits = 64

// genericOriginal matches a source that names the original without naming
// its outlet: "the report", "the original article", "this story"; its
// second group is the noun.
var genericOriginal = regexp.MustCompile(`^(?:the|this|that) (original |initial |earlier |first )?(report|article|story|dispatch|piece)$`)

// genericNouns are the nouns a generic credit to the original uses.
var genericNouns = toSet("report article story dispatch piece")

// datelineOutlet finds the outlet of a wire dateline: "ROTTERDAM, March 3
// (Reuters) -".
var datelineOutlet = regexp.MustCompile(`\(([A-Z][A-Za-z&.\- ]{1,40})\)\s*[-–—]`)

// bylineOutlet finds the outlet after a byline's name: "By Jane Doe,
// Reuters", "By Jane Doe | AP".
var bylineOutlet = regexp.MustCompile(`(?m)^\s*[Bb]y:?\s+([^,|\n]{2,60})(?:\s*[,|]\s*([^,|\n]{2,40}))?\s*$`)

// originalNames returns the keys of the names the original goes by: the
// label the reader gave A, the outlet of A's dateline, A's byline's author
// and outlet.
func (s *side) originalNames(label string) []string {
	var out []string
	addName := func(n string) {
		if k := key(n); k != "" && !pronouns[k] {
			out = append(out, k)
		}
	}
	addName(label)
	head := s.text[:min(len(s.text), 2000)]
	if m := datelineOutlet.FindStringSubmatch(head); m != nil {
		addName(m[1])
	}
	for _, m := range bylineOutlet.FindAllStringSubmatch(head, 2) {
		addName(m[1])
		addName(m[2])
	}
	if s.an.Byline != "" {
		for _, part := range strings.FieldsFunc(s.an.Byline, func(r rune) bool { return r == ',' || r == '|' }) {
			addName(strings.TrimPrefix(strings.TrimSpace(part), "By "))
		}
	}
	return out
}

// creditsOriginal reports whether the source key k credits the original:
// names one of its names as whole words ("the reuters report", "lindqvist")
// or is generic ("the original article", "the report"). A plain "the
// report" is the original only when neither version speaks of a report
// otherwise (other holds the nouns they use outside such credits): a story
// about a report calls that one "the report".
func creditsOriginal(k string, names []string, other map[string]bool) bool {
	if m := genericOriginal.FindStringSubmatch(k); m != nil {
		return m[1] != "" || !other[m[2]]
	}
	padded := " " + k + " "
	for _, n := range names {
		if strings.Contains(padded, " "+n+" ") {
			return true
		}
		// An author by surname: "Lindqvist wrote".
		if f := strings.Fields(n); len(f) > 1 && strings.Contains(padded, " "+f[len(f)-1]+" ") {
			return true
		}
	}
	return false
}

// otherNouns returns the generic nouns ("report", "article") that A uses
// anywhere, or B more often than in its plain generic credits ("the report
// said").
func (c *comparer) otherNouns() map[string]bool {
	out := map[string]bool{}
	count := map[string]int{}
	for _, w := range c.a.allWords() {
		if m := strings.TrimSuffix(w.key, "s"); genericNouns[m] {
			out[m] = true
		}
	}
	for _, w := range c.b.allWords() {
		if m := strings.TrimSuffix(w.key, "s"); genericNouns[m] {
			count[m]++
		}
	}
	for _, y := range c.b.atts {
		if m := genericOriginal.FindStringSubmatch(y.source); m != nil && m[1] == "" {
			count[m[2]]--
		}
	}
	for n, k := range count {
		if k > 0 {
			out[n] = true
		}
	}
	return out
}

// originalCredits finds B's unpaired attributions that credit the original
// itself with a claim. One whose claim no sentence of A supports is a
// phantom; one that A supports is the carrier citing its source, no change.
// Either way it is not also listed as added.
func (c *comparer) originalCredits(labelA string) {
	names := c.a.originalNames(labelA)
	var other map[string]bool
	checked := 0
	for j := range c.b.atts {
		y := &c.b.atts[j]
		if c.pairOfB[j] >= 0 || checked >= maxCredits {
			continue
		}
		if other == nil {
			other = c.otherNouns()
		}
		if !creditsOriginal(y.source, names, other) {
			continue
		}
		checked++
		c.credited[j] = true
		if c.a.supported(y.meaning) {
			continue
		}
		ch := c.add(Phantom, -1, j, "phantom credit: "+c.b.describe(y)+" is credited with "+
			excerpt(c.b.slice(y.Content))+", which nothing in A says")
		ch.Direction = Stronger
	}
}
