package diff_test

import (
	"os"
	"strings"
	"testing"

	"wirediff/internal/diff"
	"wirediff/internal/testtext"
)

// article returns the real news article in testdata (a copy of
// shared/corpus/khamenei-veto.jns.txt, page furniture included).
func article(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("testdata/khamenei-veto.jns.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// revisions returns the Wikipedia revision pairs in testdata (a gzipped
// copy of shared/corpus/revisions/wikipedia-revisions.json), named by
// language and index.
func revisions(t testing.TB) (names []string, pairs [][2]string) {
	t.Helper()
	return testtext.Revisions(t)
}

// replace replaces old with new once, failing when old is missing.
func replace(t *testing.T, s, old, new string) string {
	t.Helper()
	if !strings.Contains(s, old) {
		t.Fatalf("the article lacks %q", old)
	}
	return strings.Replace(s, old, new, 1)
}

// paragraphs splits the article at its line breaks.
func paragraphs(s string) []string { return strings.SplitAfter(s, "\n") }

// TestArticleEdits edits the real article the way rewrites do and checks
// each edit shows as it should.
func TestArticleEdits(t *testing.T) {
	orig := article(t)
	for _, tc := range []struct {
		name string
		edit func(t *testing.T, s string) string
		// want reports what is wrong with r, or "".
		want func(r *diff.Result, a, b string) string
	}{
		{"paragraphs swapped", func(t *testing.T, s string) string {
			p := paragraphs(s)
			p[4], p[6] = p[6], p[4]
			return strings.Join(p, "")
		}, func(r *diff.Result, a, b string) string {
			c := opCounts(r)
			if c[diff.OpMove] == 0 || c[diff.OpInsert]+c[diff.OpDelete]+c[diff.OpEdit] > 0 || r.Similarity != 1 {
				return "want moves only and similarity 1"
			}
			return ""
		}},
		{"quote altered", func(t *testing.T, s string) string {
			return replace(t, s, "“We do what we need to do.", "“We do what we must do.")
		}, func(r *diff.Result, a, b string) string {
			return editWith(r, "need to", "must")
		}},
		{"cue changed", func(t *testing.T, s string) string {
			return replace(t, s, "American officials emphasized that", "American officials claimed that")
		}, func(r *diff.Result, a, b string) string {
			return editWith(r, "emphasized", "claimed")
		}},
		{"hedge dropped", func(t *testing.T, s string) string {
			return replace(t, s, "has reportedly dealt", "has dealt")
		}, func(r *diff.Result, a, b string) string {
			return editWith(r, "reportedly", "")
		}},
		{"paragraph added", func(t *testing.T, s string) string {
			p := paragraphs(s)
			p = append(p[:8], append([]string{"Iran's foreign ministry did not respond to a request for comment on the report.\n"}, p[8:]...)...)
			return strings.Join(p, "")
		}, func(r *diff.Result, a, b string) string {
			c := opCounts(r)
			if c[diff.OpInsert] != 1 || !hasWord(r, diff.OpInsert, "foreign ministry") || c[diff.OpEdit]+c[diff.OpDelete]+c[diff.OpMove] > 0 {
				return "want one insert and equal blocks"
			}
			return ""
		}},
		{"sentence split in two", func(t *testing.T, s string) string {
			return replace(t, s, "Israeli plan to assassinate Iran’s Supreme Leader, Ayatollah Ali Khamenei, according to",
				"Israeli plan to assassinate Iran’s Supreme Leader, Ayatollah Ali Khamenei. That is according to")
		}, func(r *diff.Result, a, b string) string {
			for _, bl := range r.Blocks {
				if bl.Op == diff.OpEdit && bl.ASents[1]-bl.ASents[0] == 1 && bl.BSents[1]-bl.BSents[0] == 2 {
					return ""
				}
			}
			return "want an edit block of one A sentence and two B sentences"
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, b := orig, tc.edit(t, orig)
			r, err := diff.Compare(a, b, nil)
			if err != nil {
				t.Fatalf("Compare: %v", err)
			}
			if err := check(a, b, r); err != nil {
				t.Fatalf("Compare: %v", err)
			}
			if tc.want != nil {
				if msg := tc.want(r, a, b); msg != "" {
					t.Errorf("Compare: got ops %v, similarity %.3f: %s", ops(r), r.Similarity, msg)
				}
			}
			s, err := diff.Compare(b, a, nil)
			if err != nil {
				t.Fatalf("Compare(b, a): %v", err)
			}
			if err := check(b, a, s); err != nil {
				t.Fatalf("Compare(b, a): %v", err)
			}
			if got, want := opCounts(s), opCounts(r); !swapped(got, want) {
				t.Errorf("Compare(b, a): got op counts %v, want the mirror of %v", got, want)
			}
		})
	}
}

// editWith reports whether an edit block deletes del and inserts ins ("":
// nothing inserted needed) and leaves the other blocks equal.
func editWith(r *diff.Result, del, ins string) string {
	c := opCounts(r)
	if c[diff.OpEdit] != 1 || c[diff.OpInsert]+c[diff.OpDelete]+c[diff.OpMove] > 0 {
		return "want one edit block and equal ones"
	}
	for _, bl := range r.Blocks {
		if bl.Op != diff.OpEdit {
			continue
		}
		for _, w := range bl.Words {
			if w.Op == diff.OpDelete && strings.TrimSpace(w.Text) == del {
				if ins == "" || hasWord(r, diff.OpInsert, ins) {
					return ""
				}
			}
		}
		return "want the word " + del + " deleted alone; words " + strings.TrimSpace(strings.Join(texts(bl.Words), "|"))
	}
	return "no edit block"
}

func texts(ws []diff.Word) []string {
	var out []string
	for _, w := range ws {
		out = append(out, string(w.Op)+":"+w.Text)
	}
	return out
}

func ops(r *diff.Result) []diff.Op {
	var out []diff.Op
	for _, bl := range r.Blocks {
		out = append(out, bl.Op)
	}
	return out
}

// TestRevisions compares real Wikipedia revisions (English and Chinese, 6
// to 18,500 words) and checks every invariant, both ways round.
func TestRevisions(t *testing.T) {
	names, pairs := revisions(t)
	for i, p := range pairs {
		t.Run(names[i], func(t *testing.T) {
			a, b := p[0], p[1]
			r, err := diff.Compare(a, b, nil)
			if err != nil {
				t.Fatalf("Compare: %v", err)
			}
			if err := check(a, b, r); err != nil {
				t.Fatalf("Compare: %v", err)
			}
			s, err := diff.Compare(b, a, nil)
			if err != nil {
				t.Fatalf("Compare(b, a): %v", err)
			}
			if err := check(b, a, s); err != nil {
				t.Fatalf("Compare(b, a): %v", err)
			}
			t.Logf("similarity %.4f / %.4f, ops %v, reuse %+v", r.Similarity, s.Similarity, opCounts(r), r.Reuse)
		})
	}
}
