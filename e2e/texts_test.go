package e2e

import (
	"os"
	"strings"
	"testing"
)

// article is the real article every test edits: a Jewish News Syndicate
// report with page furniture, a byline, named and anonymous sources, direct
// quotes and hedges.
func article(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../internal/analyze/testdata/khamenei-veto.jns.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// edit applies replacements to text; each old string must occur exactly
// once, so that a change in the article cannot silently void a test.
func edit(t *testing.T, text string, pairs ...string) string {
	t.Helper()
	for i := 0; i+1 < len(pairs); i += 2 {
		old, repl := pairs[i], pairs[i+1]
		if n := strings.Count(text, old); n != 1 {
			t.Fatalf("edit: %q occurs %d times, want 1", old, n)
		}
		text = strings.Replace(text, old, repl, 1)
	}
	return text
}

// swapParagraphs swaps the paragraphs (lines) starting with x and y.
func swapParagraphs(t *testing.T, text, x, y string) string {
	t.Helper()
	lines := strings.Split(text, "\n")
	i, j := -1, -1
	for k, l := range lines {
		if strings.HasPrefix(l, x) {
			i = k
		}
		if strings.HasPrefix(l, y) {
			j = k
		}
	}
	if i < 0 || j < 0 {
		t.Fatalf("swapParagraphs: no paragraph starts with %q or %q", x, y)
	}
	lines[i], lines[j] = lines[j], lines[i]
	return strings.Join(lines, "\n")
}

// Version B of the main pair: two paragraphs swapped, a quote altered, a
// neutral verb made loaded ("emphasized" → "claimed"; the article has no
// "said" in reported speech to change), "reportedly" and "likely"
// dropped, a hedge added, the outlet changed, a source cut so its claim
// stands unattributed, a quote turned into paraphrase, a year changed and
// a paragraph added.
const addedParagraph = "Iran’s foreign ministry said on Monday that Tehran would answer any attack on its leadership “with full force.”"

func editedPair(t *testing.T) (a, b string) {
	a = article(t)
	b = swapParagraphs(t, a, "While the officials declined", "The Reuters report suggested")
	b = edit(t, b,
		"We do what we need to do.", "We do whatever we must do.",
		"American officials emphasized", "American officials claimed",
		"has reportedly dealt", "has dealt",
		"likely weighed heavily", "weighed heavily",
		"one senior administration official told Reuters", "one senior administration official told Axios",
		", according to two senior U.S. officials who spoke with Reuters on condition of anonymity.", ".",
		"Israeli operatives had a credible", "Israeli operatives allegedly had a credible",
		"2018 withdrawal", "2019 withdrawal",
		"President Trump remarked pointedly on Friday, “We knew everything” about the Israeli strikes",
		"President Trump remarked on Friday that he had known everything about the Israeli strikes",
		"As Israeli jets continue", addedParagraph+"\nAs Israeli jets continue",
	)
	return a, b
}

// sourcingPair changes who is credited: a different anonymous source, an
// anonymous source replaced by a named institution, a quotation rewritten
// as the article's own words, and two titles dropped.
func sourcingPair(t *testing.T) (a, b string) {
	a = article(t)
	b = edit(t, a,
		"one senior administration official told Reuters", "a White House aide told Reuters",
		"American officials emphasized that the veto", "The White House emphasized that the veto",
		"However, he added pointedly, “We do what we need to do. And I think the United States knows what is good for the United States.”",
		"However, we do what we need to do, and the United States knows what is good for the United States.",
		"with Prime Minister Benjamin Netanyahu", "with Netanyahu",
		"As Reuters reported, President Trump remarked", "As Reuters reported, Trump remarked",
	)
	return a, b
}

// droppedPair deletes an attributed quotation outright.
func droppedPair(t *testing.T) (a, b string) {
	a = article(t)
	b = edit(t, a, " However, he added pointedly, “We do what we need to do. And I think the United States knows what is good for the United States.”", "")
	return a, b
}
