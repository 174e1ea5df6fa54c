package analyze_test

import (
	"testing"

	"wirediff/internal/analyze"
)

// FuzzAnalyze checks that Analyze never panics nor errs and that every span
// lies inside the text on rune boundaries. The seed corpus is in
// testdata/fuzz/FuzzAnalyze. Run with:
//
//	go test ./internal/analyze -run '^$' -fuzz FuzzAnalyze -fuzztime 60s
func FuzzAnalyze(f *testing.F) {
	f.Add("“Have they struck yet? No,” one official told Reuters.")
	f.Add("By: Jane Doe\n|\nWASHINGTON (Reuters) - Officials said, according to a report, that \"talks\" failed.")
	f.Fuzz(func(t *testing.T, text string) {
		a, err := analyze.Analyze(text)
		if err != nil {
			t.Fatalf("Analyze(%q): %v", text, err)
		}
		checkSpans(t, text, a)
	})
}
