package analyze

// The one definition of a word, a sentence and an abbreviation for the
// packages that read text: Words and IsAbbreviation here, Sentences in
// analyze.go. attrdiff and diff are to use these instead of their own.

// Word is one word or number of a text, with byte offsets.
type Word struct {
	Span
	Text string
}

// Words returns the words and numbers of text[start:end] as the analysis
// tokenizes them: inner apostrophes, hyphens and dots stay in a word
// ("we’re", "co-founder", "U.S."), a number keeps its thousands separators
// ("3,000"), punctuation is left out. Linear in the length of the range.
func Words(text string, start, end int) []Word {
	var out []Word
	for _, t := range tokenize(text, start, end) {
		if t.Word {
			out = append(out, Word{Span: Span{t.Start, t.End}, Text: t.Text})
		}
	}
	return out
}

// IsAbbreviation reports whether word (without its final dot) is an
// abbreviation whose dot does not end a sentence: a title ("Gen", "Sen"),
// a month ("Sept"), "No", "Inc" or a single capital initial.
func IsAbbreviation(word string) bool { return isAbbreviation(word) }
