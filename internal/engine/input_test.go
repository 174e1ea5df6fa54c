package engine_test

import (
	"strings"
	"testing"

	"wirediff/internal/engine"
)

// TestOddInput gives every kind of text a user can paste a defined
// outcome: an analysis and a comparison whose spans are slices of the text,
// with what a reader should know said in a notice.
func TestOddInput(t *testing.T) {
	base := article(t)
	html := "<!DOCTYPE html><html><head><title>x</title></head><body>" +
		strings.Repeat("<p class=\"story\">Officials said the talks <b>failed</b>.</p>\n", 25) + "</body></html>"
	tests := []struct {
		name, text string
		notice     string // a word the notices must hold, if any
		minSents   int
	}{
		{"html source", html, "HTML", 1},
		{"hebrew", "ראש הממשלה אמר כי ההחלטה התקבלה. “אנחנו עושים מה שצריך,” אמר.", "", 1},
		{"arabic", "قال رئيس الوزراء إن القرار اتخذ. وأضاف: «نحن نفعل ما يجب».", "", 1},
		{"chinese", "我们今天去北京。他说：“天气很好。”官员表示，谈判已经结束。", "", 1},
		{"thai", "วันนี้เราไปกรุงเทพ เขากล่าวว่าอากาศดีมาก", "", 1},
		{"emoji and zwj", "👩‍👩‍👧 Families 🇮🇱 said: “We are here,” said Dana Cohen. Cafe\u0301 owners agreed.", "", 1},
		{"crlf", strings.ReplaceAll(base, "\n", "\r\n"), "", 10},
		{"nbsp", strings.ReplaceAll(base, " ", "\u00a0"), "", 10},
		{"unclosed quote", "He said: “We will not stop. Nobody asked. The talks went on for hours.", "", 1},
		{"ten thousand quotation marks", strings.Repeat("“", 5000) + " said he. " + strings.Repeat("\"", 5000), "", 1},
		{"no sentence end", strings.Repeat("word ", 2000), "", 1},
		{"one long line", strings.Repeat("Officials said the talks failed, ", 20000), "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := engine.Analyze(tt.text)
			if err != nil {
				t.Fatalf("Analyze: %v", err)
			}
			checkSpans(t, "analysis", tt.text, a, true)
			if len(a.Sentences) < tt.minSents {
				t.Errorf("got %d sentences, want at least %d", len(a.Sentences), tt.minSents)
			}
			if tt.notice != "" && !strings.Contains(strings.Join(a.Notices, " "), tt.notice) {
				t.Errorf("notices %q lack %q", a.Notices, tt.notice)
			}
			if tt.notice == "" && len(a.Notices) > 0 {
				t.Errorf("unexpected notices %q", a.Notices)
			}
			c, err := engine.Compare(tt.text, base, engine.Options{Attribution: true})
			if err != nil {
				t.Fatalf("Compare: %v", err)
			}
			checkSpans(t, "A", tt.text, c.A, true)
		})
	}
}

// TestOneSideEmpty: one text empty and the other not is an error that says
// which side to fill, never a comparison of nothing.
func TestOneSideEmpty(t *testing.T) {
	base := article(t)
	for _, tc := range []struct{ a, b, side string }{{"", base, "A"}, {base, "  \n", "B"}} {
		_, err := engine.Compare(tc.a, tc.b, engine.Options{Attribution: true})
		if errCode(err) != engine.CodeEmpty || !strings.Contains(err.Error(), "ersion "+tc.side) {
			t.Errorf("empty %s: got %v", tc.side, err)
		}
	}
}

// TestFiveMegabytes: a 5 MB paste gets a message naming the limit and
// what to do, quickly.
func TestFiveMegabytes(t *testing.T) {
	big := strings.Repeat(article(t), 5<<20/len(article(t))+1)
	_, err := engine.Compare(big, "A sentence.", engine.Options{Attribution: true})
	if errCode(err) != engine.CodeTooLarge {
		t.Fatalf("got %v, want too-large", err)
	}
	for _, want := range []string{"1 MB", "split"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("message %q lacks %q", err, want)
		}
	}
}

// TestUTF16: a UTF-16 text, with or without a byte order mark, is named for
// what it is with the command that converts it, not called binary.
func TestUTF16(t *testing.T) {
	utf16 := func(s string, big bool) string {
		var b strings.Builder
		for _, r := range s {
			if big {
				b.WriteByte(0)
				b.WriteByte(byte(r))
			} else {
				b.WriteByte(byte(r))
				b.WriteByte(0)
			}
		}
		return b.String()
	}
	text := "Officials said the talks failed."
	for _, tc := range []struct{ name, text, want string }{
		{"little-endian with BOM", "\xff\xfe" + utf16(text, false), "UTF-16LE"},
		{"big-endian with BOM", "\xfe\xff" + utf16(text, true), "UTF-16BE"},
		{"little-endian without BOM", utf16(text, false), "UTF-16LE"},
		{"big-endian without BOM", utf16(text, true), "UTF-16BE"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := engine.Analyze(tc.text)
			if errCode(err) != engine.CodeNotUTF8 {
				t.Fatalf("got %v, want not-utf8", err)
			}
			for _, want := range []string{tc.want, "iconv -f " + tc.want + " -t UTF-8"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("message %q lacks %q", err, want)
				}
			}
		})
	}
	if _, err := engine.Analyze("a\x00b\x00c\x00 and then text that is not UTF-16 at all"); errCode(err) != engine.CodeBinary {
		t.Errorf("a few NULs then text: got %v, want binary", err)
	}
}
