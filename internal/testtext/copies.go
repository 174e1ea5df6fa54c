package testtext

import (
	"strings"
	"unicode/utf8"
)

// Copy is one made copy of a story.
type Copy struct {
	Name, Text string
}

// Copies makes the kinds of copy a story gets on other sites: verbatim,
// trimmed (its last two fifths cut), with its quotations
// altered, and reworded. Each is named by its kind and n, so that copies
// of several stories keep distinct names.
func Copies(s string, n int) []Copy {
	suffix := "-" + string(rune('0'+n/100%10)) + string(rune('0'+n/10%10)) + string(rune('0'+n%10))
	return []Copy{
		{"verbatim" + suffix, s},
		{"trimmed" + suffix, Trim(s, 0.6)},
		{"quote-altered" + suffix, AlterQuotes(s)},
		{"reworded" + suffix, Reword(s)},
	}
}

// Trim keeps about the first share of s, cut at the end of a paragraph.
func Trim(s string, share float64) string {
	cut := int(float64(len(s)) * share)
	if i := strings.IndexByte(s[cut:], '\n'); i >= 0 {
		return s[:cut+i+1]
	}
	return s
}

// AlterQuotes changes every quotation in s (between “ and ”, or straight
// double quotes): its last word dropped and "really" put before its first.
func AlterQuotes(s string) string {
	var b strings.Builder
	for {
		open := strings.IndexAny(s, "“\"")
		if open < 0 {
			break
		}
		mark := "”"
		if s[open] == '"' {
			mark = "\""
		}
		_, size := utf8.DecodeRuneInString(s[open:])
		end := strings.Index(s[open+size:], mark)
		if end < 0 {
			break
		}
		inner := strings.Fields(s[open+size : open+size+end])
		b.WriteString(s[:open+size])
		if len(inner) > 1 {
			inner = append([]string{"really"}, inner[:len(inner)-1]...)
		}
		b.WriteString(strings.Join(inner, " "))
		s = s[open+size+end:]
		b.WriteString(mark)
		s = s[len(mark):]
	}
	b.WriteString(s)
	return b.String()
}

// Reword edits s as a rewrite desk might: cues changed ("said" → "stated"),
// one word in seven replaced, one paragraph in ten dropped and
// neighbouring paragraphs swapped.
func Reword(s string) string {
	s = strings.NewReplacer(" said ", " stated ", " told ", " informed ", "reportedly ", "").Replace(s)
	paras := strings.Split(s, "\n")
	var out []string
	for i, p := range paras {
		if i%10 == 7 {
			continue
		}
		w := strings.Fields(p)
		for j := range w {
			if (i+j)%7 == 6 {
				w[j] = "altered"
			}
		}
		out = append(out, strings.Join(w, " "))
	}
	for i := 3; i+1 < len(out); i += 6 {
		out[i], out[i+1] = out[i+1], out[i]
	}
	return strings.Join(out, "\n")
}
