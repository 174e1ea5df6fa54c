package diff

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// A side is one text prepared for comparison: its tokens with interned
// keys, its sentences and the units that tile it.
type side struct {
	s     string
	toks  []tok
	sents []Range // the sentences reported in Result
	units []unit
	words int      // counted words of the whole text
	nks   []uint32 // the keys of the non-space tokens, which units slice
	pairs []int32  // per entry of nks: the term of the pair it ends (see newTerms)
}

// A tok is a Token of a side with its key, in 16 bytes rather than the
// 24 of a Token and 5 more for the key and the count flag, as a side holds
// some 0.4 tokens per byte of text. Offsets fit in int32 as texts are at
// most MaxBytes long.
type tok struct {
	start, end int32
	key        uint32 // spaceKey for white space
	kind       Kind
	count      bool // a word or number outside the ignored ranges
}

// tokens returns the toks of s, without keys.
func tokens(s string) []tok {
	toks := make([]tok, 0, len(s)/2+1) // as in Tokenize
	for i := 0; i < len(s); {
		end, kind := next(s, i)
		toks = append(toks, tok{start: int32(i), end: int32(end), kind: kind})
		i = end
	}
	return toks
}

func (t tok) text(s string) string { return s[t.start:t.end] }

// A unit is the smallest thing sentence alignment moves around: a sentence
// with the white space after it, or text outside any sentence.
type unit struct {
	r     Range
	sents [2]int   // indices into side.sents
	tok   [2]int   // indices into side.toks
	k0    int      // index into side.nks of ids[0]
	ids   []uint32 // the keys of its non-space tokens
	n     int      // non-space tokens
	words int      // counted words
	hash  uint64   // of the keys of its non-space tokens
}

// spaceKey is the key of every white-space token: white space differences
// are not changes.
const spaceKey = 0

// interner maps normalised token texts to small integers shared by both
// sides of a comparison.
type interner struct {
	m map[string]uint32
}

func (in *interner) key(text string) uint32 {
	if k, ok := in.m[text]; ok {
		return k
	}
	if norm := normalise(text); norm != text {
		k := in.key(norm)
		in.m[text] = k
		return k
	}
	k := uint32(len(in.m) + 1)
	in.m[text] = k
	return k
}

// limit is one more than the largest key given so far: a key's number
// is the map's size when it was added.
func (in *interner) limit() int { return len(in.m) + 1 }

// normalise makes curly and straight quotes and apostrophes alike.
func normalise(text string) string {
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			return quoteFolder.Replace(text)
		}
	}
	return text
}

var quoteFolder = strings.NewReplacer("’", "'", "‘", "'", "ʼ", "'", "′", "'",
	"“", `"`, "”", `"`, "„", `"`, "″", `"`, "«", `"`, "»", `"`)

func newSide(s string, sents, ignore []Range, in *interner) *side {
	sd := &side{s: s, toks: tokens(s)}
	if sents == nil {
		sd.sents = sentences(s, sd.toks)
	} else {
		sd.sents = sanitize(sents, len(s))
	}
	ign := sanitize(ignore, len(s))
	sort.Slice(ign, func(i, j int) bool { return ign[i].Start < ign[j].Start })
	g, nonSpace := 0, 0
	for i := range sd.toks {
		t := &sd.toks[i]
		if t.kind == KindSpace {
			continue
		}
		nonSpace++
		t.key = in.key(t.text(s))
		if t.kind == KindWord || t.kind == KindNumber {
			for g < len(ign) && ign[g].End <= int(t.start) {
				g++
			}
			if g >= len(ign) || int(t.start) < ign[g].Start {
				t.count = true
				sd.words++
			}
		}
	}
	sd.nks = make([]uint32, 0, nonSpace)
	sd.buildUnits()
	return sd
}

// sanitize clamps ranges to [0, n] and makes them ordered and disjoint,
// keeping their number (a range may become empty).
func sanitize(rs []Range, n int) []Range {
	out := make([]Range, len(rs))
	prev := 0
	for i, r := range rs {
		r.Start = min(max(r.Start, prev), n)
		r.End = min(max(r.End, r.Start), n)
		out[i] = r
		prev = r.End
	}
	return out
}

// buildUnits makes the units that tile the text. Each non-empty sentence,
// widened to whole tokens, is a unit; white space between sentences joins
// the unit before it (at the very start, the unit after it); other text
// outside sentences (such as page furniture the caller left out) is a unit
// of its own, holding no sentence. Empty sentences join a neighbouring unit.
func (sd *side) buildUnits() {
	toks := sd.toks
	// tokAt returns the index of the token holding byte offset off.
	tokAt := func(off int) int {
		return sort.Search(len(toks), func(i int) bool { return int(toks[i].end) > off })
	}
	type cut struct {
		tok    int // first token of the unit
		sentLo int
	}
	var cuts []cut
	nextTok := 0  // first token not yet in a unit
	nextSent := 0 // first sentence not yet in a unit
	for i, r := range sd.sents {
		if r.Start == r.End {
			continue
		}
		st, en := tokAt(r.Start), tokAt(r.End-1)+1
		if st < nextTok {
			st = nextTok
		}
		if en <= st {
			continue
		}
		// White space before st joins the unit before; other text is a
		// unit of its own; at the very start, white space joins this unit.
		if st > nextTok && !allSpace(toks[nextTok:st]) {
			cuts = append(cuts, cut{nextTok, nextSent})
		}
		if len(cuts) == 0 {
			st = 0
		}
		cuts = append(cuts, cut{st, nextSent})
		nextTok, nextSent = en, i+1
	}
	if nextTok < len(toks) && (len(cuts) == 0 || !allSpace(toks[nextTok:])) {
		cuts = append(cuts, cut{nextTok, nextSent})
	}
	sd.units = make([]unit, len(cuts))
	for k, c := range cuts {
		u := &sd.units[k]
		u.tok[0] = c.tok
		u.sents[0] = c.sentLo
		if k+1 < len(cuts) {
			u.tok[1] = cuts[k+1].tok
			u.sents[1] = cuts[k+1].sentLo
		} else {
			u.tok[1] = len(toks)
			u.sents[1] = len(sd.sents)
		}
		u.r = Range{int(toks[u.tok[0]].start), int(toks[u.tok[1]-1].end)}
		sd.fill(u)
	}
}

func allSpace(ts []tok) bool {
	for _, t := range ts {
		if t.kind != KindSpace {
			return false
		}
	}
	return true
}

// fill computes a unit's keys, counts and hash. Units are filled in order,
// so the keys of a run of units lie together in sd.nks.
func (sd *side) fill(u *unit) {
	u.k0 = len(sd.nks)
	h := uint64(14695981039346656037)
	for _, t := range sd.toks[u.tok[0]:u.tok[1]] {
		if t.kind == KindSpace {
			continue
		}
		sd.nks = append(sd.nks, t.key)
		h = (h ^ uint64(t.key)) * 1099511628211
		u.n++
		if t.count {
			u.words++
		}
	}
	u.ids = sd.nks[u.k0:len(sd.nks):len(sd.nks)]
	u.hash = h
}

// ids returns the keys of units [lo, hi).
func (sd *side) ids(lo, hi int) []uint32 {
	return sd.nks[sd.units[lo].k0 : sd.units[hi-1].k0+sd.units[hi-1].n]
}
