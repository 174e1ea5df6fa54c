package diff_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"wirediff/internal/diff"
)

// tokenizeCases: the non-space tokens wanted for each input, joined by "|".
var tokenizeCases = []struct{ name, in, want string }{
	{"empty", "", ""},
	{"words", "Iran’s leader", "Iran’s|leader"},
	{"apostrophes", "don't rock'n'roll", "don't|rock'n'roll"},
	{"abbreviation", "the U.S. veto", "the|U.S.|veto"},
	{"abbreviation hyphen", "U.S.-Israeli talks", "U.S.-Israeli|talks"},
	{"degree", "a Ph.D. student", "a|Ph.D.|student"},
	{"title stays apart", "Mr. Smith", "Mr|.|Smith"},
	{"sentence end", "in the end. Then", "in|the|end|.|Then"},
	{"numbers", "1,200 troops, 3.5% and $1.3 billion at 10:30.", "1,200|troops|,|3.5|%|and|$1.3|billion|at|10:30|."},
	{"hyphens", "well-known, long—dash", "well-known|,|long|—|dash"},
	{"quotes", "“Yes,” he said.", "“|Yes|,|”|he|said|."},
	{"Hebrew", "צה״ל אמר", "צה״ל|אמר"},
	{"Arabic", "قال المسؤول", "قال|المسؤول"},
	{"Cyrillic", "Москва заявила", "Москва|заявила"},
	{"Chinese", "我们去北京。", "我|们|去|北|京|。"},
	{"Thai", "สวัสดี", "ส|วั|ส|ดี"},
	{"emoji ZWJ", "a 👨‍👩‍👧 b", "a|👨‍👩‍👧|b"},
	{"emoji modifier", "👍🏽!", "👍🏽|!"},
	{"flag", "🇮🇱🇺🇸", "🇮🇱|🇺🇸"},
	{"combining", "cafe\u0301 noe\u0308l", "cafe\u0301|noe\u0308l"},
	{"keycap", "1\ufe0f\u20e3", "1\ufe0f\u20e3"},
	{"invalid utf-8", "a\xffb", "a|\xff|b"},
}

func TestTokenize(t *testing.T) {
	for _, tc := range tokenizeCases {
		t.Run(tc.name, func(t *testing.T) {
			toks := diff.Tokenize(tc.in)
			if err := tiles(tc.in, toks); err != nil {
				t.Fatalf("Tokenize(%q): %v", tc.in, err)
			}
			var got []string
			for _, tok := range toks {
				if tok.Kind != diff.KindSpace {
					got = append(got, tc.in[tok.Start:tok.End])
				}
			}
			if g := strings.Join(got, "|"); g != tc.want {
				t.Errorf("Tokenize(%q): got %q, want %q", tc.in, g, tc.want)
			}
		})
	}
}

func TestTokenizeKinds(t *testing.T) {
	in := "Sales rose 3.5% to $1.3 billion.\u00a0\r\n"
	want := []diff.Kind{diff.KindWord, diff.KindSpace, diff.KindWord, diff.KindSpace, diff.KindNumber,
		diff.KindPunct, diff.KindSpace, diff.KindWord, diff.KindSpace, diff.KindNumber, diff.KindSpace,
		diff.KindWord, diff.KindPunct, diff.KindSpace}
	toks := diff.Tokenize(in)
	if len(toks) != len(want) {
		t.Fatalf("Tokenize(%q): got %d tokens, want %d", in, len(toks), len(want))
	}
	for i, tok := range toks {
		if tok.Kind != want[i] {
			t.Errorf("Tokenize(%q)[%d] %q: got kind %d, want %d", in, i, in[tok.Start:tok.End], tok.Kind, want[i])
		}
	}
}

// tiles reports whether toks tile s on UTF-8 sequence boundaries.
func tiles(s string, toks []diff.Token) error {
	// Boundaries of UTF-8 decoding: an invalid byte decodes alone.
	bound := make([]bool, len(s)+1)
	for i := 0; i < len(s); {
		bound[i] = true
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	bound[len(s)] = true
	pos := 0
	for i, tok := range toks {
		if tok.Start != pos || tok.End <= tok.Start || tok.End > len(s) {
			return errorf("token %d is [%d, %d), want it to start at %d and be non-empty within %d bytes", i, tok.Start, tok.End, pos, len(s))
		}
		if !bound[tok.End] {
			return errorf("token %d ends at %d, inside a UTF-8 sequence", i, tok.End)
		}
		pos = tok.End
	}
	if pos != len(s) {
		return errorf("tokens end at %d, want %d", pos, len(s))
	}
	return nil
}
