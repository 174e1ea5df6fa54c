package analyze_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"wirediff/internal/analyze"
	"wirediff/internal/testtext"
)

func texts(text string, spans []analyze.Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestFurniture(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"audio player and bar", "Getting your Trinity Audio player ready...\n|\nBy: Fern Sidman\nThe talks failed on Sunday.",
			[]string{"Getting your Trinity Audio player ready...", "|", "By: Fern Sidman"}},
		{"share and advertisement", "The talks failed.\nAdvertisement\nShare this article\nRead more: Why talks fail\nThey resumed.",
			[]string{"Advertisement", "Share this article", "Read more: Why talks fail"}},
		{"newsletter and credit", "Sign up for our daily newsletter\nThe talks failed.\nPhoto: Jane Doe/Reuters",
			[]string{"Sign up for our daily newsletter", "Photo: Jane Doe/Reuters"}},
		{"navigation run", "Politics\nJustice\nNational Security\n\nWhen the emails stopped, it seemed innocuous.",
			[]string{"Politics", "Justice", "National Security"}},
		{"markdown", "---\ntitle: \"A\"\nsource: \"Jane Doe\"\n---\n## **Heading**\n![](https://x.com/a.png)\nThe talks failed.",
			[]string{"---\ntitle: \"A\"\nsource: \"Jane Doe\"\n---", "## **Heading**", "![](https://x.com/a.png)"}},
		{"body only", "The talks failed. They resumed on Monday.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			furniture, _ := analyze.Sentences(c.text)
			got := texts(c.text, furniture)
			if strings.Join(got, "¦") != strings.Join(c.want, "¦") {
				t.Errorf("Sentences(%q) furniture: got %q, want %q", c.text, got, c.want)
			}
		})
	}
}

func TestBylineDateline(t *testing.T) {
	cases := []struct{ name, text, byline, dateline string }{
		{"by colon", "By: Fern Sidman\nThe talks failed.", "Fern Sidman", ""},
		{"by with agency", "By Jane Doe, Reuters\nThe talks failed.", "Jane Doe", ""},
		{"front matter", "---\nsource: \"Lorenzo Franceschi-Bicchierai\"\n---\nThe talks failed.", "Lorenzo Franceschi-Bicchierai", ""},
		{"name over date", "Ryan Gallagher\nDecember 13 2014, 1:26 a.m.\nThe talks failed.", "Ryan Gallagher", ""},
		{"reuters dateline", "WASHINGTON (Reuters) - The talks failed, officials said.", "", "WASHINGTON (Reuters)"},
		{"ap dateline", "JERUSALEM, June 15 (AP) — The talks failed.", "", "JERUSALEM, June 15 (AP)"},
		{"no dateline", "The talks failed - again.", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := analyze.Analyze(c.text)
			if err != nil {
				t.Fatal(err)
			}
			if a.Byline != c.byline || a.Dateline != c.dateline {
				t.Errorf("Analyze(%q): got byline %q dateline %q, want %q %q", c.text, a.Byline, a.Dateline, c.byline, c.dateline)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"abbreviations", "Gen. Smith met Rep. Jones in the U.S. Senate. They talked.", []string{"Gen. Smith met Rep. Jones in the U.S. Senate.", "They talked."}},
		{"quote over sentences", "“Is it over? No. We go on,” she said. Then she left.", []string{"“Is it over? No. We go on,” she said.", "Then she left."}},
		{"straight quotes", `"Is it over? No," he said. Then he left.`, []string{`"Is it over? No," he said.`, "Then he left."}},
		{"lines", "First line.\nSecond line.", []string{"First line.", "Second line."}},
		{"chinese", "他出生于北京。后来移居上海！你知道吗？「好。」他说。", []string{"他出生于北京。", "后来移居上海！", "你知道吗？", "「好。」", "他说。"}},
		{"chinese quote", "他说：“我们走。明天再来。”然后离开了。", []string{"他说：“我们走。明天再来。”", "然后离开了。"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, _ := analyze.Analyze(c.text)
			got := texts(c.text, a.Sentences)
			if strings.Join(got, "¦") != strings.Join(c.want, "¦") {
				t.Errorf("Sentences(%q): got %q, want %q", c.text, got, c.want)
			}
		})
	}
}

func TestQuotes(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // quote text, then " <= " and the resolved speaker ("" if none)
	}{
		{"split quote", "“Looking at the details,” this person said, “so many are familiar.”",
			[]string{"Looking at the details <= this person", "so many are familiar. <= this person"}},
		{"colon quote", "Netanyahu dismissed the talk: “It never happened.”", []string{"It never happened. <= Netanyahu"}},
		{"partial quote", "They said he was in “constant contact” with Tehran.", []string{"constant contact <= They"}},
		{"unclosed", "He said “this never ends", []string{"this never ends <= He"}},
		{"continued next sentence", "“We lost,” Smith said. “We will be back.”", []string{"We lost <= Smith", "We will be back. <= Smith"}},
		{"unattributed", "The campaign, dubbed “Rising Lion,” went on.", []string{"Rising Lion <= "}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, _ := analyze.Analyze(c.text)
			var got []string
			for _, q := range a.Quotes {
				got = append(got, c.text[q.Start:q.End]+" <= "+q.Resolved)
			}
			if strings.Join(got, "¦") != strings.Join(c.want, "¦") {
				t.Errorf("Quotes(%q): got %q, want %q", c.text, got, c.want)
			}
		})
	}
}

func TestResolve(t *testing.T) {
	cases := []struct{ name, text, source, want string }{
		{"he to the last speaker", "Prime Minister Netanyahu dismissed the reports: “False.” However, he added pointedly, “We act.”", "he", "Prime Minister Netanyahu"},
		{"they to the officials", "While the officials declined to say more, they confirmed the talks took place.", "they", "the officials"},
		{"surname to full name", "Rocky Cole told TechCrunch the kit is old. Although, Cole added, he is not sure.", "Cole", "Rocky Cole"},
		{"this person", "“It was ours,” said one former employee. “It is old,” this person said.", "this person", "one former employee"},
		{"he to the sentence subject", "Peter Williams told the court he was sorry. Williams was jailed after he admitted to selling the tools.", "he", "Peter Williams"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, _ := analyze.Analyze(c.text)
			for _, at := range a.Attributions {
				if c.text[at.Source.Start:at.Source.End] == c.source {
					if at.Resolved != c.want {
						t.Errorf("resolved %q: got %q, want %q", c.source, at.Resolved, c.want)
					}
					return
				}
			}
			t.Errorf("Analyze(%q): no attribution with source %q", c.text, c.source)
		})
	}
}

func TestHedges(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"list", "The strike reportedly killed ten and allegedly hit a school, and it appears to have worked. It is likely to go on.",
			[]string{"reportedly", "allegedly", "appears to", "likely"}},
		{"phrases", "The campaign, widely referred to as Rising Lion, is believed to have worked; it’s unclear how.",
			[]string{"widely referred to as", "is believed to", "it’s unclear"}},
		{"unverified", "The ministry said 12 attacks were repelled, a figure that could not be independently verified. The video has not been confirmed; an unverified post spread.",
			[]string{"could not be independently verified", "has not been confirmed", "unverified"}},
		{"not clear", "It was not immediately clear how the plan would be funded.", []string{"was not immediately clear"}},
		{"not unlikely or plain may", "It is unlikely. They may go.", nil},
		{"not inside quotes", "“It likely failed,” he said.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, _ := analyze.Analyze(c.text)
			got := texts(c.text, a.Hedges)
			if strings.Join(got, "¦") != strings.Join(c.want, "¦") {
				t.Errorf("Hedges(%q): got %q, want %q", c.text, got, c.want)
			}
		})
	}
}

func TestEntities(t *testing.T) {
	text := "Reuters reported that the Iranian military and Fox News Channel spoke to Supreme Leader Ayatollah Ali Khamenei. Later Khamenei met Israeli envoys in Washington."
	a, _ := analyze.Analyze(text)
	got := map[string]string{}
	for _, e := range a.Entities {
		got[text[e.Start:e.End]] = e.Label
	}
	for name, label := range map[string]string{"Reuters": "ORG", "Iranian": "NORP", "Fox News Channel": "ORG", "Supreme Leader Ayatollah Ali Khamenei": "PERSON", "Khamenei": "PERSON", "Israeli": "NORP", "Washington": "GPE"} {
		if got[name] != label {
			t.Errorf("entity %q: got %q, want %q (all: %v)", name, got[name], label, got)
		}
	}
}

// checkSpans reports any span that is out of order, outside text or not on rune boundaries.
func checkSpans(t *testing.T, text string, a *analyze.Analysis) {
	t.Helper()
	var all []analyze.Span
	all = append(all, a.Boilerplate...)
	all = append(all, a.Sentences...)
	all = append(all, a.Hedges...)
	for _, e := range a.Entities {
		all = append(all, e.Span)
	}
	for _, q := range a.Quotes {
		all = append(all, q.Span)
		if q.Speaker != nil {
			all = append(all, *q.Speaker)
		}
	}
	for _, at := range a.Attributions {
		all = append(all, at.Source, at.Cue, at.Content)
		if at.Via != nil {
			all = append(all, *at.Via)
		}
		if at.Sentence < 0 || at.Sentence >= len(a.Sentences) {
			t.Errorf("Sentence index %d out of range [0, %d)", at.Sentence, len(a.Sentences))
		}
	}
	// Rune boundaries as ranging over the string finds them (an invalid
	// byte is a rune of its own).
	boundary := map[int]bool{len(text): true}
	for i := range text {
		boundary[i] = true
	}
	for _, s := range all {
		if s.Start < 0 || s.Start > s.End || s.End > len(text) {
			t.Fatalf("span [%d, %d) outside text of %d bytes", s.Start, s.End, len(text))
		}
		if !boundary[s.Start] || !boundary[s.End] {
			t.Fatalf("span [%d, %d) not on rune boundaries", s.Start, s.End)
		}
	}
}

func TestSpansValid(t *testing.T) {
	files, _ := filepath.Glob("testdata/*")
	for _, f := range files {
		if strings.HasSuffix(f, ".json") || !strings.Contains(filepath.Base(f), ".") {
			continue
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			a, err := analyze.Analyze(string(b))
			if err != nil {
				t.Fatal(err)
			}
			checkSpans(t, string(b), a)
		})
	}
}

func TestEdgeCases(t *testing.T) {
	cases := []struct{ name, text string }{
		{"empty", ""},
		{"white space", " \n\t\n "},
		{"no sentences", "|\n•\n"},
		{"no quotes", "The talks failed. They resumed."},
		{"unclosed quote", "He said “this goes on and on. And on."},
		{"ten thousand curly marks", strings.Repeat("“", 10000)},
		{"ten thousand straight marks", strings.Repeat("\" said he, ", 10000)},
		{"ten thousand pairs", strings.Repeat("“a,” he said. ", 5000)},
		{"invalid utf-8", "He said \xff\xfe “x”."},
		{"one long line", strings.Repeat("word ", 50000)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			a, err := analyze.Analyze(c.text)
			if err != nil {
				t.Fatalf("Analyze: %v", err)
			}
			if d := time.Since(start); d > 3*time.Second {
				t.Errorf("Analyze took %v, want well under 3s", d)
			}
			checkSpans(t, c.text, a)
			if strings.TrimSpace(c.text) == "" && (len(a.Sentences) != 0 || a.Words != 0) {
				t.Errorf("Analyze(white space): got %d sentences, %d words, want none", len(a.Sentences), a.Words)
			}
		})
	}
}

// attributionLines lists the attributions of a as "source | cue | content"
// with all white space made single spaces, so that versions that differ only
// in line breaks compare equal.
func attributionLines(a *analyze.Analysis, text string) []string {
	var out []string
	for _, at := range a.Attributions {
		out = append(out, strings.Join(strings.Fields(
			text[at.Source.Start:at.Source.End]+" | "+text[at.Cue.Start:at.Cue.End]+" | "+text[at.Content.Start:at.Content.End]), " "))
	}
	return out
}

// TestWrapped checks that a hard-wrapped copy of an article, wrapped in
// characters or in bytes, is read like the original: same sentences, same
// furniture, same attributions.
func TestWrapped(t *testing.T) {
	b, err := os.ReadFile("testdata/khamenei-veto.jns.txt")
	if err != nil {
		t.Fatal(err)
	}
	orig := string(b)
	want, err := analyze.Analyze(orig)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		width int
		size  func(string) int
	}{
		{"60 characters", 60, testtext.Runes},
		{"72 bytes", 72, testtext.Bytes},
		{"45 characters", 45, testtext.Runes},
	} {
		t.Run(c.name, func(t *testing.T) {
			text := testtext.Wrap(orig, c.width, c.size)
			got, err := analyze.Analyze(text)
			if err != nil {
				t.Fatal(err)
			}
			if g, w := len(got.Sentences), len(want.Sentences); g != w {
				t.Errorf("sentences: got %d, want %d", g, w)
			}
			if g, w := len(got.Boilerplate), len(want.Boilerplate); g != w {
				t.Errorf("boilerplate: got %q, want %d spans", texts(text, got.Boilerplate), w)
			}
			g, w := attributionLines(got, text), attributionLines(want, orig)
			if strings.Join(g, "\n") != strings.Join(w, "\n") {
				t.Errorf("attributions: got\n%s\nwant\n%s", strings.Join(g, "\n"), strings.Join(w, "\n"))
			}
		})
	}
}

// TestUnattributed checks which sentences are listed as claims with no
// source: a bare claim is; an attributed sentence, a quotation whose
// speaker is known, a question, a short fragment and a note that someone
// declined to comment are not.
func TestUnattributed(t *testing.T) {
	sents := []struct {
		text   string
		listed bool
	}{
		{"Prices rose by a third in the northern towns.", true},
		{"“The harvest failed,” said Ana Ruiz, a farmer in the valley.", false},
		{"“We have nothing left to sell.”", false},
		{"Will the prices fall again next year?", false},
		{"Prices rose.", false},
		{"The ministry declined to comment on the figures.", false},
		{"Officials said the shortage would ease in spring.", false},
	}
	var b strings.Builder
	for _, s := range sents {
		b.WriteString(s.text + "\n")
	}
	text := b.String()
	a, err := analyze.Analyze(text)
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, i := range a.Unattributed {
		listed[text[a.Sentences[i].Start:a.Sentences[i].End]] = true
	}
	for _, s := range sents {
		if got := listed[s.text]; got != s.listed {
			t.Errorf("%q: listed %v, want %v", s.text, got, s.listed)
		}
	}
}

// TestWords checks the exported word definition.
func TestWords(t *testing.T) {
	text := "The U.S. co-founder said we’re 3,000 strong — aren't we?"
	var got []string
	for _, w := range analyze.Words(text, 0, len(text)) {
		got = append(got, text[w.Start:w.End])
	}
	want := []string{"The", "U.S.", "co-founder", "said", "we’re", "3,000", "strong", "aren't", "we"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Words: got %q, want %q", got, want)
	}
	for w, want := range map[string]bool{"Gen": true, "Sept": true, "J": true, "said": false, "US": false} {
		if got := analyze.IsAbbreviation(w); got != want {
			t.Errorf("IsAbbreviation(%q): got %v, want %v", w, got, want)
		}
	}
}
