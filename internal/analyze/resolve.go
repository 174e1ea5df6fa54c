package analyze

import (
	"sort"
	"strings"
)

// lookBack is how many earlier sources and entities a reference is
// resolved against: a pronoun or "the company" refers to something near,
// and the bound keeps resolution linear on any text.
const lookBack = 64

// resolver remembers the sources seen so far, to say whom "he", "they",
// "this person" or a bare surname refer to. It indexes instead of
// scanning: entities by position and label, full names by surname.
type resolver struct {
	r       *reader
	done    []*hit            // resolved hits in text order
	byLabel map[string][]int  // entity indexes by label, in text order
	names   map[string]string // longest full name by lower-cased surname
}

func newResolver(r *reader) *resolver {
	z := &resolver{r: r, byLabel: map[string][]int{}, names: map[string]string{}}
	for i, e := range r.ents {
		z.byLabel[e.Label] = append(z.byLabel[e.Label], i)
		if e.Label == "PERSON" {
			z.addName(r.text[e.Start:e.End])
		}
	}
	return z
}

// recent returns the last lookBack resolved hits, oldest first.
func (z *resolver) recent() []*hit {
	return z.done[max(0, len(z.done)-lookBack):]
}

// addName records s as a full name for its last word when it is two or
// more capitalised words (name particles allowed).
func (z *resolver) addName(s string) {
	g := strings.Fields(s)
	if len(g) < 2 {
		return
	}
	for _, w := range g {
		if !nameParticles[w] && !(token{Text: w}).capitalized() {
			return // a phrase, not a name
		}
	}
	last := strings.ToLower(g[len(g)-1])
	if len(s) > len(z.names[last]) {
		z.names[last] = s
	}
}

// resolve sets h.source, h.resolved and h.kind.
func (z *resolver) resolve(h *hit) {
	defer func() {
		z.done = append(z.done, h)
		z.addName(h.resolved)
	}()
	if h.from != nil {
		h.source, h.resolved, h.kind = h.from.source, h.from.resolved, h.from.kind
		return
	}
	r := z.r
	toks := r.sents[h.sent].toks
	h.source = Span{toks[h.np.first].Start, toks[h.np.last].End}
	src := r.text[h.source.Start:h.source.End]
	h.resolved, h.kind = src, sourceKind(r.text, toks, h.np)
	lower := strings.ToLower(src)
	switch lower {
	case "he", "she":
		inQ := make([]bool, len(toks))
		if np := subject(toks, inQ); np.ok() && np.last < h.np.first {
			name := r.text[toks[np.first].Start:toks[np.last].End]
			if z.isPerson(Span{toks[np.first].Start, toks[np.last].End}) {
				h.resolved, h.kind = z.fullName(name), KindNamed
				return
			}
		}
		rec := z.recent()
		for i := len(rec) - 1; i >= 0; i-- {
			p := rec[i]
			if !plural(p.resolved) && p.kind != KindDocument && z.isPerson(p.source) {
				h.resolved, h.kind = p.resolved, p.kind
				return
			}
		}
		if e := z.lastEntity(h.source.Start, "PERSON"); e != "" {
			h.resolved, h.kind = e, KindNamed
		}
	case "they":
		rec := z.recent()
		for i := len(rec) - 1; i >= 0; i-- {
			if p := rec[i]; plural(p.resolved) {
				h.resolved, h.kind = p.resolved, p.kind
				return
			}
		}
		h.kind = KindAnonymous
	case "it":
		if e := z.lastEntity(h.source.Start, "ORG"); e != "" {
			h.resolved, h.kind = e, KindNamed
		}
	default:
		words := strings.Fields(lower)
		hw := strings.TrimSuffix(toks[headIndex(toks, h.np)].lower(), "'s")
		switch {
		case len(words) >= 2 && (words[0] == "the" || words[0] == "this" || words[0] == "that" || words[0] == "these" || words[0] == "those") && !hasProper(toks, h.np):
			if institutionNouns[hw] && !toks[headIndex(toks, h.np)].capitalized() {
				if e := z.institution(h.source.Start, hw); e != "" {
					h.resolved, h.kind = e, KindNamed
				}
				return
			}
			rec := z.recent()
			for i := len(rec) - 1; i >= 0; i-- {
				p := rec[i]
				if p.resolved != src && (strings.HasSuffix(strings.ToLower(p.resolved), hw) || (hw == "person" || hw == "source" || hw == "individual") && p.kind == KindAnonymous && !plural(p.resolved)) {
					h.resolved, h.kind = p.resolved, p.kind
					return
				}
			}
		case hasProper(toks, h.np):
			h.resolved = z.fullName(src)
		}
	}
}

// fullName returns the longest earlier name ending with the same word as
// name ("Cole" → "Rocky Cole"), or name itself.
func (z *resolver) fullName(name string) string {
	f := strings.Fields(name)
	last := strings.ToLower(f[len(f)-1])
	for _, w := range f[:len(f)-1] {
		if !titles[strings.ToLower(w)] && !nameParticles[w] {
			return name // already more than a surname
		}
	}
	if best := z.names[last]; len(best) > len(name) {
		return best
	}
	return name
}

// isPerson reports whether a source span names a person rather than an
// organisation, place or document.
func (z *resolver) isPerson(sp Span) bool {
	ents := z.r.ents
	for i := sort.Search(len(ents), func(i int) bool { return ents[i].End > sp.Start }); i < len(ents) && ents[i].Start < sp.End; i++ {
		if e := ents[i]; e.Start < sp.End && sp.Start < e.End {
			if e.Label == "PERSON" {
				return true
			}
			if e.Label == "ORG" || e.Label == "GPE" {
				if e.Start <= sp.Start && sp.End <= e.End {
					return false
				}
			}
		}
	}
	s := strings.ToLower(z.r.text[sp.Start:sp.End])
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	hw := f[len(f)-1]
	return !institutionNouns[hw] && !documentNouns[hw] && !newsOrgs[s] && !knownOrgs[s] && hw != "it" && hw != "they"
}

// genericOrgs are institution nouns that, with nothing more specific
// before, refer to the organisation last named ("the company" after
// "Google"). A ministry, a court or a president is not just any
// organisation: those are resolved only to a mention that names them.
var genericOrgs = toSet(`company firm startup maker vendor manufacturer operator provider developer group network`)

// institution resolves "the <noun>" ("the ministry", "the company") to the
// latest earlier source or entity whose words hold the noun ("Russia's
// defence ministry"), else, for a generic company noun, to the last
// organisation named; "" when there is none.
func (z *resolver) institution(pos int, noun string) string {
	has := func(s string) bool {
		for _, w := range strings.Fields(strings.ToLower(s)) {
			if strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s") == noun {
				return true
			}
		}
		return false
	}
	rec := z.recent()
	for i := len(rec) - 1; i >= 0; i-- {
		if p := rec[i]; p.kind == KindNamed && has(p.resolved) && !strings.HasPrefix(strings.ToLower(p.resolved), "the "+noun) {
			return p.resolved
		}
	}
	ents := z.r.ents
	n := sort.Search(len(ents), func(i int) bool { return ents[i].End > pos })
	for i := n - 1; i >= 0 && i >= n-lookBack; i-- {
		if e := ents[i]; has(z.r.text[e.Start:e.End]) {
			return z.r.text[e.Start:e.End]
		}
	}
	if genericOrgs[noun] {
		return z.lastEntity(pos, "ORG")
	}
	return ""
}

// lastEntity returns the text of the last entity with the label before byte pos.
func (z *resolver) lastEntity(pos int, label string) string {
	idx := z.byLabel[label]
	n := sort.Search(len(idx), func(i int) bool { return z.r.ents[idx[i]].End > pos })
	if n == 0 {
		return ""
	}
	e := z.r.ents[idx[n-1]]
	return z.r.text[e.Start:e.End]
}

// plural reports whether a source phrase is plural ("the officials", "they").
func plural(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return false
	}
	h := f[len(f)-1]
	for i, w := range f {
		if i > 0 && (w == "of" || w == "at" || w == "familiar" || w == "close" || w == "from" || w == "with") {
			h = f[i-1]
			break
		}
	}
	if f[0] == "one" || f[0] == "a" || f[0] == "an" {
		return false
	}
	return h == "they" || h == "people" || strings.HasSuffix(h, "s") && !strings.HasSuffix(h, "ss") && !strings.HasSuffix(h, "'s") && len(h) > 3 && (anonymousNouns[h] || institutionNouns[h] || documentNouns[h])
}

// nameParticles are lower-case parts of names ("Ludwig van Beethoven").
var nameParticles = toSet(`van von de der den du da di la le bin ibn al el ben`)

func hasProper(toks []token, np nounPhrase) bool {
	for i := np.first; i <= np.last; i++ {
		w := toks[i].lower()
		if toks[i].proper() && !functionWords[w] && !anonymousNouns[w] && !institutionNouns[w] && !documentNouns[w] {
			return true
		}
	}
	return false
}
