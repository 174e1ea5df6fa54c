package testtext

import (
	"fmt"
	"strings"
)

// Pair is two versions of a text for a comparison, named for what makes
// them hard.
type Pair struct {
	Name string
	A, B string
}

// Adversarial returns pairs of texts of about n bytes each (never more than
// n) built to find the inputs whose cost grows faster than their size:
// endless sentences of cues, repeated attributions, numbers, capitalised
// names without full stops, CRLF lines against LF ones, one insertion in a
// huge text, text without spaces, Chinese with and without full stops,
// tens of thousands of short paragraphs, shuffled sentences, long
// sentences of a five-word vocabulary. The texts are deterministic.
func Adversarial(n int) []Pair {
	var out []Pair
	add := func(name, a, b string) {
		out = append(out, Pair{name, clip(a, n), clip(b, n)})
	}
	insert := func(s, what string) string {
		h := len(s) / 2
		for h < len(s) && s[h] != ' ' && s[h] != '\n' {
			h++
		}
		return s[:h] + what + s[h:]
	}
	cues := repeat("officials said ", n)
	add("endless sentence of cues", cues, insert(cues, " a new claim "))
	attr := repeat("The minister said the talks would resume, according to two senior officials. ", n)
	add("repeated attributions", attr, insert(attr, " Reuters could not verify that. "))
	told := repeat("according to officials who told Reuters ", n)
	add("endless sentence of according to", told, insert(told, " sources say "))
	nums := lines(n, func(i int) string { return fmt.Sprintf("%d ", i*7) })
	add("numbers, one sentence inserted", nums, insert(nums, " The figures were revised 5 times. "))
	add("numbers, every 7 made 8", nums, strings.ReplaceAll(nums, "7", "8"))
	names := lines(n, func(i int) string {
		return []string{"John Smith ", "Mary Jones ", "Ali Khan ", "Dana Cohen "}[i%4]
	})
	add("capitalised names without full stops", names, insert(names, " Someone Else "))
	crlf := lines(n, func(i int) string { return fmt.Sprintf("Line %d of the text.\r\n", i) })
	add("CRLF lines against LF, one inserted", crlf, insert(strings.ReplaceAll(crlf, "\r\n", "\n"), "\nAn inserted line.\n"))
	add("CRLF lines, one inserted", crlf, insert(crlf, "\r\nAn inserted line.\r\n"))
	short := lines(n, func(i int) string { return fmt.Sprintf("line %d\n", i%50) })
	add("short repeated lines, one inserted", short, insert(short, "\nextra\n"))
	paras := lines(n, func(i int) string { return fmt.Sprintf("P%d.\n\n", i) })
	add("short paragraphs, one inserted", paras, insert(paras, "\n\nNew one.\n\n"))
	prose := repeat("Rescue workers searched the rubble on Sunday as the death toll rose, the civil defence agency said. ", n)
	add("one insertion in a huge text", prose, insert(prose, " A new sentence. "))
	nospace := repeat("abcdefgh", n)
	add("no spaces", nospace, nospace[:len(nospace)/2]+"X"+nospace[len(nospace)/2:])
	cjk := repeat("我们今天去北京天气很好", n)
	add("Chinese without full stops", cjk, cjk[:len(cjk)/2/3*3]+"你"+cjk[len(cjk)/2/3*3:])
	cjkp := repeat("我们今天去北京。", n)
	add("Chinese sentences", cjkp, cjkp[:len(cjkp)/2/3*3]+"你好。"+cjkp[len(cjkp)/2/3*3:])
	quotes := repeat("“a” ", n)
	add("quotation marks", quotes, insert(quotes, " b "))
	sents := lines(n, func(i int) string { return fmt.Sprintf("Sentence %d is here. ", (i*7919)%100003) })
	ss := strings.SplitAfter(sents, ". ")
	for i := 0; i+1 < len(ss); i += 2 {
		ss[i], ss[i+1] = ss[i+1], ss[i]
	}
	add("neighbouring sentences swapped", sents, strings.Join(ss, ""))
	add("long sentences of five words", vocab(n, 1, 2000), vocab(n, 2, 2000))
	add("endless sentence of five words", vocab(n, 1, 0), vocab(n, 2, 0))
	return out
}

// repeat repeats unit up to n bytes.
func repeat(unit string, n int) string {
	return strings.Repeat(unit, n/len(unit)+1)
}

// lines joins line(0), line(1)… up to n bytes.
func lines(n int, line func(i int) string) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(line(i))
	}
	return b.String()
}

// vocab draws n bytes of words from a five-word vocabulary (xorshift, from
// seed), in sentences of per words, or one endless sentence when per is 0.
func vocab(n int, seed uint32, per int) string {
	words := []string{"the ", "a ", "said ", "of ", "to "}
	x := seed
	var b strings.Builder
	for k := 0; b.Len() < n; k++ {
		if per > 0 && k%per == 0 {
			b.WriteString("The ")
		}
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b.WriteString(words[x%5])
		if per > 0 && k%per == per-1 {
			b.WriteString("end. ")
		}
	}
	return b.String()
}

// clip cuts s to at most n bytes, at a character boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}
