package attrdiff

import (
	"strings"

	"wirediff/internal/analyze"
)

// EntityChange is a named entity found in one version only.
type EntityChange struct {
	// Op is Added (in B only) or Dropped (in A only).
	Op string
	// Text and Label are those of its first mention; Span is that mention,
	// in bytes of B for Added and of A for Dropped.
	Text, Label string
	Span        analyze.Span
	// Block is the block of that mention, -1 for none.
	Block int
}

// entityChanges lists the entities named in one version and nowhere in the
// other. Entities are matched by normalised text (a person by surname, so
// "President Trump" and "Trump" are one); one whose words appear in the
// other text, though not found as an entity there, is no change; those in
// page furniture or the dateline are left out.
func (c *comparer) entityChanges() []EntityChange {
	ak, bk := c.a.entityKeys(), c.b.entityKeys()
	var out []EntityChange
	out = append(out, c.a.onlyHere(bk, c.b, Dropped)...)
	out = append(out, c.b.onlyHere(ak, c.a, Added)...)
	return out
}

// entityKeys returns the keys of the side's entities outside furniture.
func (s *side) entityKeys() map[string]bool {
	out := map[string]bool{}
	for _, e := range s.an.Entities {
		if !s.furniture(e.Start, e.End) {
			out[s.entityKey(e)] = true
		}
	}
	return out
}

// entityKey is the key an entity is matched by: a person's surname, a
// group's name without its plural (Iranians, Iranian), else its text.
func (s *side) entityKey(e analyze.Entity) string {
	ws := s.words(e.Start, e.End)
	switch {
	case len(ws) == 0:
		return key(s.slice(e.Span))
	case e.Label == "PERSON":
		return stripPossessive(ws[len(ws)-1].key)
	case e.Label == "NORP":
		return strings.TrimSuffix(joinKeys(ws), "s")
	}
	k := stripPossessive(joinKeys(ws))
	if c, ok := countryNames[k]; ok {
		return c
	}
	return k
}

// countryNames are the longer names of the countries canonical keys alike.
var countryNames = map[string]string{
	"united states": "u.s", "united states of america": "u.s", "america": "u.s", "the united states": "u.s",
	"united kingdom": "u.k", "great u.k": "u.k", "the united kingdom": "u.k",
}

func stripPossessive(k string) string { return strings.TrimSuffix(k, "'s") }

// onlyHere lists the entities of s whose key is not in other, nor their
// words in o's text; each once, at its first mention.
func (s *side) onlyHere(other map[string]bool, o *side, op string) []EntityChange {
	var out []EntityChange
	done := map[string]bool{}
	var flat string
	for _, e := range s.an.Entities {
		k := s.entityKey(e)
		if other[k] || done[k] || s.furniture(e.Start, e.End) {
			continue
		}
		done[k] = true
		if flat == "" {
			flat = " " + joinKeys(o.allWords()) + " "
		}
		if strings.Contains(flat, " "+key(s.slice(e.Span))+" ") || strings.Contains(flat, " "+k+" ") {
			continue
		}
		out = append(out, EntityChange{Op: op, Text: clean(s.slice(e.Span)), Label: e.Label,
			Span: e.Span, Block: s.blockAt(e.Start)})
	}
	return out
}
