package analyze

import "strings"

// resolver remembers the sources seen so far, to say whom "he", "they",
// "this person" or a bare surname refer to.
type resolver struct {
	r    *reader
	done []*hit // resolved hits in text order
}

// resolve sets h.source, h.resolved and h.kind.
func (z *resolver) resolve(h *hit) {
	defer func() { z.done = append(z.done, h) }()
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
		for i := len(z.done) - 1; i >= 0; i-- {
			p := z.done[i]
			if !plural(p.resolved) && p.kind != KindDocument && z.isPerson(p.source) {
				h.resolved, h.kind = p.resolved, p.kind
				return
			}
		}
		if e := z.lastEntity(h.source.Start, "PERSON"); e != "" {
			h.resolved, h.kind = e, KindNamed
		}
	case "they":
		for i := len(z.done) - 1; i >= 0; i-- {
			if p := z.done[i]; plural(p.resolved) {
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
			for i := len(z.done) - 1; i >= 0; i-- {
				p := z.done[i]
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
	best := name
	consider := func(s string) {
		g := strings.Fields(s)
		if len(g) < 2 || strings.ToLower(g[len(g)-1]) != last || len(s) <= len(best) {
			return
		}
		for _, w := range g {
			if !nameParticles[w] && !(token{Text: w}).capitalized() {
				return // a phrase, not a name
			}
		}
		best = s
	}
	for _, p := range z.done {
		consider(p.resolved)
	}
	for _, e := range z.r.ents {
		if e.Label == "PERSON" {
			consider(z.r.text[e.Start:e.End])
		}
	}
	return best
}

// isPerson reports whether a source span names a person rather than an
// organisation, place or document.
func (z *resolver) isPerson(sp Span) bool {
	for _, e := range z.r.ents {
		if e.Start < sp.End && sp.Start < e.End {
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
	for i := len(z.done) - 1; i >= 0; i-- {
		if p := z.done[i]; p.kind == KindNamed && has(p.resolved) && !strings.HasPrefix(strings.ToLower(p.resolved), "the "+noun) {
			return p.resolved
		}
	}
	for i := len(z.r.ents) - 1; i >= 0; i-- {
		if e := z.r.ents[i]; e.End <= pos && has(z.r.text[e.Start:e.End]) {
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
	for i := len(z.r.ents) - 1; i >= 0; i-- {
		e := z.r.ents[i]
		if e.End <= pos && e.Label == label {
			return z.r.text[e.Start:e.End]
		}
	}
	return ""
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

// nameParticles are lower-case parts of names ("Sophia in ’t Veld").
var nameParticles = toSet(`in ’t 't van von de der den du da di la le bin ibn al el ben`)

func hasProper(toks []token, np nounPhrase) bool {
	for i := np.first; i <= np.last; i++ {
		w := toks[i].lower()
		if toks[i].proper() && !functionWords[w] && !anonymousNouns[w] && !institutionNouns[w] && !documentNouns[w] {
			return true
		}
	}
	return false
}
