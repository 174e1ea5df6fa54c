package analyze

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
	"wirediff/internal/testtext"
)

// corpusTexts returns real texts: the labelled articles and the Wikipedia
// revisions of internal/diff's testdata.
func corpusTexts(t *testing.T) []string {
	t.Helper()
	var texts []string
	files, _ := filepath.Glob("testdata/*.txt")
	md, _ := filepath.Glob("testdata/*.md")
	for _, f := range append(files, md...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	_, pairs := testtext.Revisions(t)
	for _, p := range pairs {
		texts = append(texts, p[0], p[1])
	}
	return texts
}

// prefilterLines returns the lines the furniture rules read in corpusTexts,
// as raw lines and as logical lines, each also upper-cased and lower-cased,
// and lines written to match every alternative of the rules, some with the
// two runes (?i) folds to ASCII letters.
func prefilterLines(t *testing.T) []string {
	t.Helper()
	lines := append([]string(nil), craftedFurniture...)
	for _, text := range corpusTexts(t) {
		for _, l := range strings.Split(text, "\n") {
			lines = append(lines, strings.TrimSpace(l))
		}
		for _, l := range logicalLines(text, 0) {
			lines = append(lines, text[l.Start:l.End])
		}
	}
	n := len(lines)
	for _, l := range lines[:n] {
		lines = append(lines, strings.ToUpper(l), strings.ToLower(l))
	}
	return lines
}

// craftedFurniture are lines that match the rules' alternatives.
var craftedFurniture = []string{
	"Getting your Trinity Audio player ready...", "LISTEN TO THIS ARTICLE", "Advertisement", "Sponsored content",
	"Share on Facebook", "Share this story", "Tweet", "EMAIL", "Print", "Copy link", "Save article", "Comments",
	"Sign up for our daily newsletter", "Get breaking news alerts", "Join 40,000 readers: weekly updates",
	"The Morning Newsletter", "Subscribe now", "Read more: Why talks fail", "See also » Iran", "Related: talks",
	"More from Reuters", "Photo credit: AP", "Image: Getty", "Credit: Jane Doe", "© 2025 The Times",
	"Reuters. All Rights Reserved.", "Copyright 2025 AP", "Search for:", "Donate", "Become a member", "Menu",
	"Skip to main content", "Home", "Log in", "Sign in", "Close", "![a](https://x.com/a.png)", "## Heading",
	"Do you have a news tip?", "Got a tip? Write to us", "Contact us", "Write to mailto:desk@example.com",
	"ſhare", "ſubſcribe now", "Bac\u212a to top", "\u212aeep reading newsletter", "|", "—", "***",
	"Updated: March 3, 2025 10:00 GMT", "Monday, Jan 5, 2024", "2024-01-05 10:00", "publiſhed Jan 5, 2024",
	"The talks failed (Photo by Jane Doe)", "Jane Doe / AP Photo", "AFP via Getty Images", "SHUTTERſTOCK",
	"By Jane Doe, Reuters", "BY: Jane Doe | AP", "© The Daily Planet 2025", "The Times has learned that x.",
}

// TestPrefiltersAgree checks that every line a furniture rule matches gets
// past that rule's prefilter, and that isFurnitureLine and countFields give
// what the rules alone give.
func TestPrefiltersAgree(t *testing.T) {
	rules := []struct {
		name string
		re   *regexp.Regexp
		may  func(string) bool
	}{
		{"reFurnitureLine", reFurnitureLine, mayBeFurnitureLine},
		{"reDateLine", reDateLine, mayBeDateLine},
		{"reCaption", reCaption, mayBeCaption},
		{"reByline", reByline, mayBeByline},
		{"reLoneMark", reLoneMark, func(s string) bool { return len(s) <= 12 }},
		{"reOwnCopyright", reOwnCopyright, func(s string) bool { return strings.HasPrefix(s, "©") }},
		{"reHasLearned", reHasLearned, func(s string) bool { return strings.Contains(s, " learned") }},
	}
	matched := map[string]int{}
	for _, l := range prefilterLines(t) {
		for _, r := range rules {
			if r.re.MatchString(l) {
				matched[r.name]++
				if !r.may(l) {
					t.Errorf("%s matches %q but its prefilter says it cannot", r.name, l)
				}
			}
		}
		if got, want := countFields(l, 1<<30), len(strings.Fields(l)); got != want {
			t.Errorf("countFields(%q): got %d, want %d", l, got, want)
		}
		if got, want := isFurnitureLine(l), furnitureByRules(l); got != want {
			t.Errorf("isFurnitureLine(%q): got %v, want %v", l, got, want)
		}
	}
	for _, r := range rules {
		if matched[r.name] == 0 {
			t.Errorf("%s matched no line: the test does not exercise it", r.name)
		}
	}
}

// TestHasLearned checks hasLearned against the expression run on the whole
// text.
func TestHasLearned(t *testing.T) {
	texts := []string{
		"", " learned", "The Times has learned", "x\nThe Times has learned that\nReuters have learned more",
		"Nothing learned here.\nThe Times has learned.", "AThe Times has learned", "Le Monde has learned\r\nno",
		"the times has learned\nÉcole Normale has learned it", "Bob has learnedx\nAl Jazeera has learned",
	}
	for _, l := range prefilterLines(t) {
		if strings.Contains(l, "learned") {
			texts = append(texts, l, "x\n"+l+"\ny")
		}
	}
	texts = append(texts, corpusTexts(t)...)
	for _, text := range texts {
		got, want := hasLearned(text), reHasLearned.FindStringSubmatch(text)
		if strings.Join(got, "|") != strings.Join(want, "|") || (got == nil) != (want == nil) {
			t.Errorf("hasLearned(%q): got %q, want %q", text, got, want)
		}
	}
}

// furnitureByRules is isFurnitureLine without prefilters, as it was.
func furnitureByRules(s string) bool {
	words := len(strings.Fields(s))
	if words > 40 {
		return false
	}
	if reLoneMark.MatchString(s) || reFurnitureLine.MatchString(s) || reDateLine.MatchString(s) || reCaption.MatchString(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	return words <= 14 && !endsSentence(s) && (unicode.IsUpper(r) || unicode.IsDigit(r)) && !strings.ContainsAny(s, "“”\"")
}
