package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wirediff/internal/contract"
	"wirediff/internal/testtext"
)

// story reads a real article from internal/analyze/testdata.
func story(tb testing.TB, name string) string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "internal", "analyze", "testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// writeFiles writes name → text into dir.
func writeFiles(tb testing.TB, dir string, files map[string]string) {
	tb.Helper()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

// rows decodes one JSON line per copy.
func rows(t *testing.T, out string) []contract.CopyRow {
	t.Helper()
	var rs []contract.CopyRow
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var r contract.CopyRow
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("stdout line %q is not a CopyRow: %v", sc.Text(), err)
		}
		rs = append(rs, r)
	}
	return rs
}

// madeCopies writes the original (named original.txt, inside the folder
// as a user's download folder would hold it), its made copies and an
// unrelated story into a new folder, and returns the folder.
func madeCopies(t *testing.T) string {
	dir := t.TempDir()
	orig := story(t, "belgacom-gchq.intercept.txt")
	files := map[string]string{"original.txt": orig, "unrelated.txt": story(t, "coruna-toolkit.techcrunch.md")}
	for _, c := range testtext.Copies(orig, 1) {
		files[c.Name+".txt"] = c.Text
	}
	writeFiles(t, dir, files)
	return dir
}

// TestAgainst compares made copies with their original: one line per copy
// in the order of their names, the original itself left out, and the
// figures in the order the edits make.
func TestAgainst(t *testing.T) {
	dir := madeCopies(t)
	code, out, errOut := runCmd(t, "", "compare", "--against", filepath.Join(dir, "original.txt"), dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	got := map[string]contract.CopyRow{}
	var names []string
	for _, r := range rows(t, out) {
		names = append(names, filepath.Base(r.File))
		got[filepath.Base(r.File)] = r
	}
	want := "quote-altered-001.txt reworded-001.txt trimmed-001.txt unrelated.txt verbatim-001.txt"
	if strings.Join(names, " ") != want {
		t.Fatalf("copies: got %q, want %q", strings.Join(names, " "), want)
	}
	v, q, tr, rw, un := got["verbatim-001.txt"], got["quote-altered-001.txt"], got["trimmed-001.txt"], got["reworded-001.txt"], got["unrelated.txt"]
	for _, c := range []struct {
		name string
		ok   bool
	}{
		{"verbatim: similarity 1, no attribution change", v.Similarity == 1 && v.AttributionChanges == 0},
		{"quote altered: quote-altered changes", q.Changes["quote-altered"] > 0},
		{"trimmed: all of it verbatim from the original", tr.Reuse.BFromA > 0.99 && tr.Changes["dropped"] > 0},
		{"reworded: less alike than the quote-altered copy", rw.Similarity < q.Similarity && rw.Similarity > 0.3},
		{"unrelated: least alike", un.Similarity < rw.Similarity && un.Reuse.BFromA < 0.05},
		{"counts sum up", q.AttributionChanges == sum(q.Changes)},
	} {
		if !c.ok {
			t.Errorf("%s: got verbatim %+v\nquote %+v\ntrimmed %+v\nreworded %+v\nunrelated %+v", c.name, v, q, tr, rw, un)
			break
		}
	}
}

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// TestAgainstHTML ranks the copies in a report: the verbatim copy first,
// the unrelated story last, a file name with markup in it escaped.
func TestAgainstHTML(t *testing.T) {
	dir := madeCopies(t)
	writeFiles(t, dir, map[string]string{"<b>x<i>.txt": "A short note: nothing to do with the story at all."})
	code, out, errOut := runCmd(t, "", "compare", "--against", filepath.Join(dir, "original.txt"), "--html", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if strings.Contains(out, "<b>x") || !strings.Contains(out, "&lt;b&gt;x&lt;i&gt;.txt") {
		t.Errorf("the file name with markup is not escaped")
	}
	iv, iq, iu := strings.Index(out, "verbatim-001.txt"), strings.Index(out, "quote-altered-001.txt"), strings.Index(out, "unrelated.txt")
	if iv < 0 || iq < 0 || iu < 0 || !(iv < iq && iq < iu) {
		t.Errorf("ranking: got verbatim at %d, quote-altered at %d, unrelated at %d; want them in that order", iv, iq, iu)
	}
	if !strings.Contains(out, "6 copies of original.txt") || strings.Contains(out, "<script") {
		t.Errorf("report heading or script: %.300s", out)
	}
}

// TestAgainstBadCopy: a copy that cannot be compared gets a row with the
// error, the others are compared, and the exit status is 1.
func TestAgainstBadCopy(t *testing.T) {
	dir := t.TempDir()
	orig := story(t, "coruna-toolkit.techcrunch.md")
	writeFiles(t, dir, map[string]string{"a.txt": orig, "empty.txt": "", "b.txt": testtext.Reword(orig)})
	code, out, errOut := runCmd(t, "", "compare", "--against", filepath.Join(dir, "a.txt"), filepath.Join(dir, "empty.txt"), filepath.Join(dir, "b.txt"))
	rs := rows(t, out)
	if code != 1 || len(rs) != 2 || rs[0].Error == nil || rs[0].Error.Code != "empty" || rs[1].Error != nil || rs[1].Similarity < 0.3 {
		t.Errorf("got exit %d, rows %+v; want 1, an empty row then a compared one", code, rs)
	}
	if !strings.Contains(errOut, "empty.txt") {
		t.Errorf("stderr does not name the bad copy: %q", errOut)
	}
}

// TestAgainstUsage: --against with no copies is a usage error.
func TestAgainstUsage(t *testing.T) {
	if code, _, errOut := runCmd(t, "", "compare", "--against", articlePath); code != 2 || !strings.Contains(errOut, "usage") {
		t.Errorf("got exit %d, stderr %q; want 2 and the usage", code, errOut)
	}
}

// BenchmarkAgainst compares 1,000 copies of a story of about 1,000 words
// (verbatim, trimmed, quotes altered and reworded, in turn) with it, from
// the disk to JSON lines, on GOMAXPROCS workers:
//
//	go test -run '^$' -bench Against -benchtime 1x ./cmd/wirediff
func BenchmarkAgainst(b *testing.B) {
	dir := b.TempDir()
	orig := story(b, "coruna-toolkit.techcrunch.md")
	files := map[string]string{}
	for i := 0; len(files) < 1000; i++ {
		for _, c := range testtext.Copies(orig, i) {
			files[fmt.Sprintf("%s.txt", c.Name)] = c.Text
		}
	}
	writeFiles(b, dir, files)
	origPath := filepath.Join(b.TempDir(), "original.txt")
	writeFiles(b, filepath.Dir(origPath), map[string]string{"original.txt": orig})
	for b.Loop() {
		var out, errb strings.Builder
		if code := run([]string{"compare", "--against", origPath, dir}, strings.NewReader(""), &out, &errb); code != 0 {
			b.Fatalf("exit %d: %s", code, errb.String())
		}
		if n := strings.Count(out.String(), "\n"); n != 1000 {
			b.Fatalf("got %d lines, want 1000", n)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N)/1000, "ms/copy")
}
