package engine_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/go-git/go-billy/v5/memfs"

	"wirediff/internal/contract"
	"wirediff/internal/engine"
)

func article(t testing.TB) string {
	t.Helper()
	data, err := os.ReadFile("testdata/khamenei-veto.jns.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		name, text, code string
	}{
		{"empty", "", engine.CodeEmpty},
		{"whitespace", " \n\t\r\n\u00a0 ", engine.CodeEmpty},
		{"binary", "PK\x03\x04\x00\x00binary", engine.CodeBinary},
		{"latin1", "caf\xe9 au lait", engine.CodeNotUTF8},
		{"huge", strings.Repeat("word ", engine.MaxBytes/5+1), engine.CodeTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := engine.Analyze(tt.text)
			if code := errCode(err); code != tt.code {
				t.Errorf("Analyze: got error %v (code %q), want code %q", err, code, tt.code)
			}
			_, err = engine.Compare("A real sentence.", tt.text, engine.Options{})
			if code := errCode(err); code != tt.code {
				t.Errorf("Compare: got error %v (code %q), want code %q", err, code, tt.code)
			}
			if err != nil && !strings.Contains(err.Error(), "B") {
				t.Errorf("Compare: message %q does not say which version is at fault", err)
			}
		})
	}
}

func errCode(err error) string {
	if err == nil {
		return ""
	}
	var doc contract.ErrorDoc
	if jerr := json.Unmarshal(engine.ErrorJSON(err), &doc); jerr != nil || doc.Error == nil {
		return "unparsable"
	}
	return doc.Error.Code
}

func TestParseOptions(t *testing.T) {
	tests := []struct {
		in        string
		want, err bool
	}{
		{"", true, false},
		{"{}", true, false},
		{`{"attribution": false}`, false, false},
		{`{"attribution": true, "later": 1}`, true, false},
		{`{"attribution": "no"}`, true, true},
		{`[`, true, true},
	}
	for _, tt := range tests {
		opt, err := engine.ParseOptions(tt.in)
		if (err != nil) != tt.err || (err == nil && opt.Attribution != tt.want) {
			t.Errorf("ParseOptions(%q): got %+v, %v; want attribution %v, error %v", tt.in, opt, err, tt.want, tt.err)
		}
	}
}

// slice16 is JavaScript's text.slice(start, end).
func slice16(text string, start, end int) (string, bool) {
	return slice16u(utf16.Encode([]rune(text)), start, end)
}

// slice16u is slice16 on text already encoded as UTF-16.
func slice16u(u []uint16, start, end int) (string, bool) {
	if start < 0 || end > len(u) || start > end {
		return "", false
	}
	// A span never splits a surrogate pair.
	for _, i := range []int{start, end} {
		if i > 0 && i < len(u) && utf16.IsSurrogate(rune(u[i])) && u[i] >= 0xDC00 {
			return "", false
		}
	}
	return string(utf16.Decode(u[start:end])), true
}

// checkSpans fails for every span in v (any JSON object with text, start and
// end) whose text is not the UTF-16 slice of text.
func checkSpans(t *testing.T, what, text string, v any, needSome bool) {
	t.Helper()
	raw, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var tree any
	if err := json.Unmarshal(raw, &tree); err != nil {
		t.Fatal(err)
	}
	n := 0
	u := utf16.Encode([]rune(text))
	var walk func(x any)
	walk = func(x any) {
		switch x := x.(type) {
		case map[string]any:
			s, ok1 := x["start"].(float64)
			e, ok2 := x["end"].(float64)
			tx, ok3 := x["text"].(string)
			if ok1 && ok2 && ok3 {
				n++
				if got, ok := slice16u(u, int(s), int(e)); !ok || got != tx {
					t.Errorf("%s: span [%v,%v) has text %q, want the slice %q", what, s, e, tx, got)
				}
			}
			for _, v := range x {
				walk(v)
			}
		case []any:
			for _, v := range x {
				walk(v)
			}
		}
	}
	walk(tree)
	if n == 0 && needSome {
		t.Errorf("%s: no spans at all", what)
	}
}

func TestSpansAreUTF16Slices(t *testing.T) {
	base := article(t)
	// Characters outside the BMP and combining marks move UTF-16 offsets
	// away from byte and rune offsets.
	texts := map[string]string{
		"article": base,
		"emoji":   "👩‍👩‍👧 Families 🇮🇱 said: “We are here,” said Dana Cohen.\n" + base,
		"hebrew":  "ראש הממשלה אמר: “אנחנו עושים מה שצריך.” \r\n" + base,
		"crlf":    strings.ReplaceAll(base, "\n", "\r\n"),
	}
	for name, text := range texts {
		t.Run(name, func(t *testing.T) {
			a, err := engine.Analyze(text)
			if err != nil {
				t.Fatal(err)
			}
			checkSpans(t, "analysis", text, a, true)
			c, err := engine.Compare(text, base, engine.Options{Attribution: true})
			if err != nil {
				t.Fatal(err)
			}
			checkSpans(t, "A", text, c.A, true)
			checkSpans(t, "B", base, c.B, true)
			for i, b := range c.Blocks {
				if b.A != nil {
					if got, _ := slice16(text, b.A.Start, b.A.End); got != b.A.Text {
						t.Errorf("block %d: a span text %q, want %q", i, b.A.Text, got)
					}
				}
				if b.B != nil {
					if got, _ := slice16(base, b.B.Start, b.B.End); got != b.B.Text {
						t.Errorf("block %d: b span text %q, want %q", i, b.B.Text, got)
					}
				}
			}
		})
	}
}

// TestRebuild checks the contract's promise on blocks: in A order, the equal
// and delete words give A; in B order, the equal and insert words give B.
func TestRebuild(t *testing.T) {
	a := article(t)
	b := strings.Replace(a, "told Reuters", "told reporters", 1)
	b = strings.Replace(b, "reportedly ", "", 1)
	for _, attr := range []bool{true, false} {
		c, err := engine.Compare(a, b, engine.Options{Attribution: attr})
		if err != nil {
			t.Fatal(err)
		}
		var gotB strings.Builder
		type piece struct {
			start int
			text  string
		}
		var aPieces []piece
		for _, bl := range c.Blocks {
			if bl.B != nil {
				if bl.Words == nil {
					gotB.WriteString(bl.B.Text)
				}
				for _, w := range bl.Words {
					if w.Op != "delete" {
						gotB.WriteString(w.Text)
					}
				}
			}
			if bl.A != nil {
				var s strings.Builder
				if bl.Words == nil {
					s.WriteString(bl.A.Text)
				}
				for _, w := range bl.Words {
					if w.Op != "insert" {
						s.WriteString(w.Text)
					}
				}
				aPieces = append(aPieces, piece{bl.A.Start, s.String()})
			}
		}
		if gotB.String() != b {
			t.Errorf("attribution=%v: B rebuilt from blocks differs from B", attr)
		}
		var gotA strings.Builder
		for len(aPieces) > 0 {
			min := 0
			for i, p := range aPieces {
				if p.start < aPieces[min].start {
					min = i
				}
			}
			gotA.WriteString(aPieces[min].text)
			aPieces = append(aPieces[:min], aPieces[min+1:]...)
		}
		if gotA.String() != a {
			t.Errorf("attribution=%v: A rebuilt from blocks differs from A", attr)
		}
		if c.Similarity <= 0.9 || c.Similarity >= 1 {
			t.Errorf("attribution=%v: similarity %v, want in (0.9, 1)", attr, c.Similarity)
		}
	}
}

func TestWorkspace(t *testing.T) {
	ws := engine.NewWorkspace(memfs.New())
	text := article(t)
	if err := ws.Put("/a.txt", text); err != nil {
		t.Fatal(err)
	}
	if err := ws.Put("/b.txt", strings.Replace(text, "said", "claimed", -1)); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.Analyze("/missing.txt"); errCode(err) != engine.CodeNotFound {
		t.Errorf("Analyze(missing): got %v, want code %q", err, engine.CodeNotFound)
	}
	a, err := ws.Analyze("/a.txt")
	if err != nil {
		t.Fatal(err)
	}
	if a.Version != contract.Version || len(a.Sentences) == 0 {
		t.Errorf("Analyze: got version %q and %d sentences", a.Version, len(a.Sentences))
	}
	if _, err := ws.Compare("/a.txt", "/b.txt", engine.Options{Attribution: true}); err != nil {
		t.Errorf("Compare: %v", err)
	}
	if err := ws.Put("/big.txt", strings.Repeat("x", engine.MaxBytes+1)); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.Analyze("/big.txt"); errCode(err) != engine.CodeTooLarge {
		t.Errorf("Analyze(big): got %v, want code %q", err, engine.CodeTooLarge)
	}
}

// TestWordingFirst checks that the quick wording-only comparison aligns the
// same blocks as the full one, so the page can show it first and then add
// the attribution to the same rows.
func TestWordingFirst(t *testing.T) {
	a := article(t)
	b := strings.Replace(strings.Replace(a, "has reportedly dealt", "has dealt", 1), "Prime Minister Netanyahu dismissed", "Prime Minister Netanyahu said", 1)
	quick, err := engine.Compare(a, b, engine.Options{Attribution: false})
	if err != nil {
		t.Fatal(err)
	}
	full, err := engine.Compare(a, b, engine.Options{Attribution: true})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(quick.Blocks), len(full.Blocks); got != want {
		t.Fatalf("blocks: got %d without attribution, want %d as with it", got, want)
	}
	for i := range quick.Blocks {
		q, f := quick.Blocks[i], full.Blocks[i]
		if q.Op != f.Op || !sameSpan(q.A, f.A) || !sameSpan(q.B, f.B) {
			t.Errorf("block %d: got %s %v %v without attribution, want %s %v %v", i, q.Op, q.A, q.B, f.Op, f.A, f.B)
		}
	}
	if got, want := len(quick.A.Sentences), len(full.A.Sentences); got != want {
		t.Errorf("A sentences: got %d without attribution, want %d", got, want)
	}
}

func sameSpan(x, y *contract.Span) bool {
	if x == nil || y == nil {
		return x == y
	}
	return *x == *y
}
