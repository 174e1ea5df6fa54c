package diff_test

import (
	"fmt"
	"strings"
	"testing"

	"wirediff/internal/diff"
)

func errorf(format string, args ...any) error { return fmt.Errorf(format, args...) }

// sentenceCases: the sentences wanted for each input, joined by "|".
var sentenceCases = []struct{ name, in, want string }{
	{"empty", "", ""},
	{"spaces", " \n ", ""},
	{"two", "Israel struck. Iran replied.", "Israel struck.|Iran replied."},
	{"titles", "Gen. Smith met Rep. Jones and Dr. Lee. They talked.", "Gen. Smith met Rep. Jones and Dr. Lee.|They talked."},
	{"U.S. inside", "The U.S. veto held. It stood.", "The U.S. veto held.|It stood."},
	{"U.S. at end", "He flew to the U.S. The trip was short.", "He flew to the U.S.|The trip was short."},
	{"initials", "John F. Kennedy spoke. Then he left.", "John F. Kennedy spoke.|Then he left."},
	{"decimals", "Prices rose 3.5 percent. Bonds fell.", "Prices rose 3.5 percent.|Bonds fell."},
	{"closing quote", "He said, “We knew everything.” Then he left.", "He said, “We knew everything.”|Then he left."},
	{"question then lower case", "“Why now?” she asked. Nobody knew.", "“Why now?” she asked.|Nobody knew."},
	{"answer", "Have they killed an American yet? No. Until they do, no.", "Have they killed an American yet?|No.|Until they do, no."},
	{"numbered", "See No. 5 on the list. Done.", "See No. 5 on the list.|Done."},
	{"line breaks", "Getting ready...\n|\nBy: Fern Sidman\nIn a move", "Getting ready...|||By: Fern Sidman|In a move"},
	{"CRLF", "One\r\nTwo", "One|Two"},
	{"Chinese", "我们去北京。天气很好！你呢？", "我们去北京。|天气很好！|你呢？"},
	{"unclosed quote", "He said: “We will not stop. Nobody asked", "He said: “We will not stop.|Nobody asked"},
}

func TestSentences(t *testing.T) {
	for _, tc := range sentenceCases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, r := range diff.Sentences(tc.in) {
				got = append(got, tc.in[r.Start:r.End])
			}
			if g := strings.Join(got, "|"); g != tc.want {
				t.Errorf("Sentences(%q): got %q, want %q", tc.in, g, tc.want)
			}
		})
	}
}
