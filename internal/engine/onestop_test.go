package engine

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"wirediff/internal/analyze"
	"wirediff/internal/diff"
)

// onestopDir is the OneStop corpus in the shared/ folder beside the
// repository (as CI has it); WIREDIFF_SHARED names another shared/ folder.
func onestopDir(t *testing.T) string {
	t.Helper()
	root := os.Getenv("WIREDIFF_SHARED")
	if root == "" {
		root = filepath.Join("..", "..", "..", "shared")
	}
	dir := filepath.Join(root, "corpus", "onestop")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no OneStop corpus at %s (set WIREDIFF_SHARED to the shared/ folder): %v", dir, err)
	}
	return dir
}

// onestop reads the corpus: each report's versions, by report name.
func onestop(t *testing.T) (names []string, versions map[string][]string) {
	dir := onestopDir(t)
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no reports in %s: %v", dir, err)
	}
	versions = map[string][]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		base := filepath.Base(f)
		name := base[:strings.IndexByte(base, '.')]
		if versions[name] == nil {
			names = append(names, name)
		}
		versions[name] = append(versions[name], string(b))
	}
	sort.Strings(names)
	return names, versions
}

// wording is a text read once for the wording comparison: its sentences
// and furniture, as Compare finds them.
type wording struct {
	text             string
	furniture, sents []diff.Range
}

func newWording(text string) wording {
	f, s := analyze.Sentences(text)
	return wording{text, ranges(f), ranges(s)}
}

// compareWording is Compare's wording step on two texts read once.
func compareWording(t *testing.T, a, b wording) float64 {
	t.Helper()
	r, err := diff.Compare(a.text, b.text, &diff.Options{AIgnore: a.furniture, BIgnore: b.furniture, ASentences: a.sents, BSentences: b.sents})
	if err != nil {
		t.Fatal(err)
	}
	return similarity(a.text, b.text, r.Blocks)
}

// TestOneStopRelated checks Unrelated on real rewrites: the versions of one
// OneStop report (edited for three reading levels) are never unrelated, and
// any two different reports always are.
func TestOneStopRelated(t *testing.T) {
	names, versions := onestop(t)
	texts := map[string][]wording{}
	for _, n := range names {
		for _, v := range versions[n] {
			texts[n] = append(texts[n], newWording(v))
		}
	}
	lowSame, highOther := 1.0, 0.0
	for _, n := range names {
		v := texts[n]
		for i := range v {
			for j := i + 1; j < len(v); j++ {
				sim := compareWording(t, v[i], v[j])
				lowSame = min(lowSame, sim)
				if sim < minRelated {
					t.Errorf("%s, versions %d and %d: similarity %.3f, want at least %.2f (related)", n, i, j, sim, minRelated)
				}
			}
		}
	}
	// Every pair of different reports, each by its first version; in short
	// mode each report against the next three.
	for i, n := range names {
		others := names[i+1:]
		if testing.Short() && len(others) > 3 {
			others = others[:3]
		}
		for _, m := range others {
			sim := compareWording(t, texts[n][0], texts[m][0])
			highOther = max(highOther, sim)
			if sim >= minRelated {
				t.Errorf("%s and %s: similarity %.3f, want under %.2f (unrelated)", n, m, sim, minRelated)
			}
		}
	}
	t.Logf("%d reports: versions of one report score at least %.3f, different reports at most %.3f", len(names), lowSame, highOther)
}
