package testtext

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Revisions returns the Wikipedia revision pairs kept gzipped in
// internal/diff/testdata (a copy of shared/corpus/revisions), English then
// Chinese, each named by language and index ("en00", "zh02"). It fails the
// test when the file cannot be read.
func Revisions(tb testing.TB) (names []string, pairs [][2]string) {
	tb.Helper()
	_, here, _, ok := runtime.Caller(0)
	if !ok {
		tb.Fatal("testtext: cannot locate its own source file")
	}
	f, err := os.Open(filepath.Join(filepath.Dir(here), "..", "diff", "testdata", "wikipedia-revisions.json.gz"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	var revs map[string][][2]string
	if err := json.NewDecoder(z).Decode(&revs); err != nil {
		tb.Fatal(err)
	}
	for _, lang := range []string{"en", "zh"} {
		for i, p := range revs[lang] {
			names = append(names, fmt.Sprintf("%s%02d", lang, i))
			pairs = append(pairs, p)
		}
	}
	return names, pairs
}
