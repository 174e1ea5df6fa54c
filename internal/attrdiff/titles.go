package attrdiff

import (
	"sort"
	"strings"

	"wirediff/internal/analyze"
	"wirediff/internal/diff"
)

// TitleChange is a person named with a different title in an aligned pair
// of sentences ("Prime Minister Netanyahu" → "Netanyahu", "Trump" →
// "President Trump").
type TitleChange struct {
	// A and B are the mentions (bytes of A and of B); ATitle and BTitle
	// their titles as written, "" for none.
	A, B           analyze.Span
	ATitle, BTitle string
	// Block is the aligned block, an index into Diff.Blocks.
	Block int
}

// titleWords are the words a title is made of; "of" joins them ("Secretary
// of State").
var titleWords = toSet(`president vice prime minister foreign defense defence interior finance
	secretary state supreme leader ayatollah sen senator rep representative gov governor gen general
	lt col colonel maj major capt captain adm admiral sgt dr mr mrs ms mx prof professor king queen
	prince princess crown sheikh emir sultan pope chancellor premier mayor judge justice chief
	ambassador commissioner director deputy speaker attorney chairman chairwoman chair ceo rabbi
	imam cardinal bishop rev reverend lord lady dame sir former acting`)

// mention is a person named in a text: the title words and the name.
type mention struct {
	span         analyze.Span
	title, sname string // keys: the title, the surname
	titleText    string // the title as written
}

// titleChanges pairs the people named on both sides of each aligned block
// by surname and reports those whose titles differ.
func (c *comparer) titleChanges() []TitleChange {
	var out []TitleChange
	for bi, b := range c.d.Blocks {
		if b.A == nil || b.B == nil || b.Op == diff.OpEqual {
			continue
		}
		am, bm := c.a.mentions(*b.A), c.b.mentions(*b.B)
		if len(am) == 0 || len(bm) == 0 {
			continue
		}
		used := make([]bool, len(bm))
		pending := make([]bool, len(am))
		// Mentions with the same title pair first, so that one mention
		// re-titled among several of the same person is the one reported.
		for i, x := range am {
			pending[i] = true
			for j, y := range bm {
				if !used[j] && x.sname == y.sname && x.title == y.title {
					used[j], pending[i] = true, false
					break
				}
			}
		}
		for i, x := range am {
			if !pending[i] {
				continue
			}
			for j, y := range bm {
				if !used[j] && x.sname == y.sname {
					used[j] = true
					out = append(out, TitleChange{A: x.span, B: y.span, ATitle: x.titleText, BTitle: y.titleText, Block: bi})
					break
				}
			}
		}
	}
	return out
}

// mentions returns the people named in the range r, split into title and
// name.
func (s *side) mentions(r diff.Range) []mention {
	var out []mention
	ps := s.persons
	lo := sort.Search(len(ps), func(i int) bool { return ps[i].Start >= r.Start })
	for _, e := range ps[lo:] {
		if e.Start >= r.End {
			break
		}
		ws := s.words(e.Start, e.End)
		k := 0
		for k < len(ws)-1 && (titleWords[strings.TrimSuffix(ws[k].key, ".")] || (k > 0 && ws[k].key == "of")) {
			k++
		}
		if len(ws) == 0 {
			continue
		}
		m := mention{span: e.Span, sname: stripPossessive(ws[len(ws)-1].key)}
		if k > 0 {
			m.title = joinKeys(ws[:k])
			m.titleText = clean(s.text[ws[0].start:ws[k-1].end])
		}
		out = append(out, m)
	}
	return out
}

// untitled returns a key without its leading title words: "prime minister
// netanyahu" → "netanyahu".
func untitled(k string) string {
	f := strings.Fields(k)
	i := 0
	for i < len(f)-1 && (titleWords[f[i]] || (i > 0 && f[i] == "of")) {
		i++
	}
	return strings.Join(f[i:], " ")
}
