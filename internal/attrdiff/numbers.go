package attrdiff

import (
	"strconv"
	"strings"

	"wirediff/internal/analyze"
	"wirediff/internal/diff"
)

// NumberChange is a number, amount, percentage or date that reads
// differently in an aligned pair of sentences ("killed 12" → "killed 15",
// "$1.3 million" → "$1.5 million", "two" → "three", "Sunday" → "Monday").
type NumberChange struct {
	// A and B are the number as written, with its currency sign, magnitude
	// word and percent sign (bytes of A and of B).
	A, B analyze.Span
	// Block is the aligned block, an index into Diff.Blocks.
	Block int
}

// number is one number found in a text.
type number struct {
	span analyze.Span
	// value is the normalised value ("$1300000", "15%", "2", "day:sunday");
	// date tells dates from quantities, which never pair with each other.
	value string
	date  bool
}

// numberChanges aligns the numbers of each aligned pair of sentences (a
// longest common subsequence of their values) and pairs the numbers left
// between matches, in order, dates with dates and quantities with
// quantities. A number on one side only is a wording change, not reported.
func (c *comparer) numberChanges() []NumberChange {
	var out []NumberChange
	for bi, b := range c.d.Blocks {
		if b.A == nil || b.B == nil || b.Op == diff.OpEqual {
			continue
		}
		an := numbers(c.a.text, c.a.words(b.A.Start, b.A.End))
		bn := numbers(c.b.text, c.b.words(b.B.Start, b.B.End))
		if len(an) == 0 || len(bn) == 0 {
			continue
		}
		for _, p := range pairGaps(an, bn) {
			out = append(out, NumberChange{A: an[p[0]].span, B: bn[p[1]].span, Block: bi})
		}
	}
	return out
}

// pairGaps returns the pairs (i, j) of numbers with different values that
// sit in the same gap between common values. Common values are found by a
// longest common subsequence after the common prefix and suffix are
// trimmed; a middle too long for that (more than maxLCS cells) is paired
// in order when both sides hold as many numbers (a run of substitutions)
// and left unpaired otherwise (a rewrite, which the word diff shows). Time
// is linear in the numbers beyond the LCS's bounded table.
func pairGaps(a, b []number) [][2]int {
	lo := 0
	for lo < len(a) && lo < len(b) && a[lo].value == b[lo].value {
		lo++
	}
	ha, hb := len(a), len(b)
	for ha > lo && hb > lo && a[ha-1].value == b[hb-1].value {
		ha, hb = ha-1, hb-1
	}
	var g gaps
	if (ha-lo)*(hb-lo) > maxLCS {
		if ha-lo == hb-lo {
			for k := lo; k < ha; k++ {
				if a[k].value != b[k].value && a[k].date == b[k].date {
					g.out = append(g.out, [2]int{k, k})
				}
			}
		}
		return g.out
	}
	keys := func(ns []number) []word {
		out := make([]word, len(ns))
		for i, n := range ns {
			out[i] = word{key: n.value}
		}
		return out
	}
	i, j := lo, lo
	for _, op := range lcsOps(keys(a[lo:ha]), keys(b[lo:hb])) {
		switch op {
		case diff.OpEqual:
			g.flush(a, b)
			i++
			j++
		case diff.OpDelete:
			g.ga = append(g.ga, i)
			i++
		default:
			g.gb = append(g.gb, j)
			j++
		}
	}
	g.flush(a, b)
	return g.out
}

// gaps collects the numbers of one gap on each side and the pairs found.
type gaps struct {
	ga, gb []int
	out    [][2]int
}

// flush pairs the numbers of the gap in order, dates with dates and
// quantities with quantities, in time linear in the gap, and empties it.
func (g *gaps) flush(a, b []number) {
	var next [2]int // per kind (quantity, date): the next index into gb to look at
	kind := func(n number) int {
		if n.date {
			return 1
		}
		return 0
	}
	for _, x := range g.ga {
		k := kind(a[x])
		for next[k] < len(g.gb) && kind(b[g.gb[next[k]]]) != k {
			next[k]++
		}
		if next[k] == len(g.gb) {
			continue
		}
		g.out = append(g.out, [2]int{x, g.gb[next[k]]})
		next[k]++
	}
	g.ga, g.gb = g.ga[:0], g.gb[:0]
}

// numbers returns the numbers among ws, words of text.
func numbers(text string, ws []word) []number {
	var out []number
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		next := ""
		if i+1 < len(ws) {
			next = ws[i+1].key
		}
		if d := dateWord(w.key, next); d != "" {
			out = append(out, number{span: analyze.Span{Start: w.start, End: w.end}, value: d, date: true})
			continue
		}
		v, ok := quantity(w.key)
		if !ok {
			continue
		}
		n := number{span: analyze.Span{Start: w.start, End: w.end}}
		if m, ok := magnitudes[next]; ok {
			v *= m
			i++
			n.span.End = ws[i].end
			if i+1 < len(ws) {
				next = ws[i+1].key
			} else {
				next = ""
			}
		}
		n.value = strconv.FormatFloat(v, 'f', -1, 64)
		if c := currencyBefore(text, n.span.Start); c != "" {
			n.value = c + n.value
			n.span.Start -= len(c)
		}
		switch {
		case strings.HasPrefix(text[n.span.End:], "%"):
			n.value += "%"
			n.span.End++
		case next == "percent":
			n.value += "%"
			i++
			n.span.End = ws[i].end
		}
		out = append(out, n)
	}
	return out
}

// currencyBefore returns the currency sign written just before byte p.
func currencyBefore(text string, p int) string {
	for _, c := range []string{"$", "€", "£", "¥", "₪"} {
		if strings.HasSuffix(text[:p], c) {
			return c
		}
	}
	return ""
}

// quantity reads a word as a number: digits ("1,300", "1.3", "15th") or a
// number written out ("two", "twenty-five", "dozen").
func quantity(k string) (float64, bool) {
	if k == "" {
		return 0, false
	}
	if k[0] >= '0' && k[0] <= '9' {
		s := strings.ReplaceAll(k, ",", "")
		for _, suf := range []string{"st", "nd", "rd", "th", "s"} {
			s = strings.TrimSuffix(s, suf)
		}
		v, err := strconv.ParseFloat(s, 64)
		return v, err == nil
	}
	v, total := 0.0, false
	for _, part := range strings.Split(k, "-") {
		n, ok := written[part]
		if !ok {
			return 0, false
		}
		v += n
		total = true
	}
	return v, total
}

// dateWord returns the key of a weekday or month name, "" for other words.
// "May" and "March" count only before a day number.
func dateWord(k, next string) string {
	if weekdays[k] {
		return "day:" + k
	}
	if months[k] {
		if (k == "may" || k == "march") && (next == "" || next[0] < '0' || next[0] > '9') {
			return ""
		}
		return "month:" + k
	}
	return ""
}

var written = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}

var magnitudes = map[string]float64{
	"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}

var weekdays = toSet("monday tuesday wednesday thursday friday saturday sunday")

var months = toSet("january february march april may june july august september october november december")

func toSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(s) {
		out[w] = true
	}
	return out
}
