package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wirediff/internal/contract"
	"wirediff/internal/testtext"
)

// clusters decodes one JSON line per cluster.
func clusters(t *testing.T, out string) []contract.ClusterLine {
	t.Helper()
	var cs []contract.ClusterLine
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var c contract.ClusterLine
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("stdout line %.200q is not a ClusterLine: %v", sc.Text(), err)
		}
		cs = append(cs, c)
	}
	return cs
}

// TestClusterOneStop clusters the texts of the OneStop corpus (126
// reports in three versions, three in two): one line per report, each
// holding the versions of that report only, the original first.
func TestClusterOneStop(t *testing.T) {
	dir := testtext.SharedDir(t, "corpus/onestop")
	texts, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	code, out, errOut := runCmd(t, "", append([]string{"cluster", "--no-attribution"}, texts...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	cs := clusters(t, out)
	members := 0
	for _, c := range cs {
		report := strings.Split(filepath.Base(c.Original), ".")[0]
		if len(c.Members) == 0 || c.Members[0].File != c.Original || c.Members[0].Similarity != 1 || c.Why == "" {
			t.Errorf("cluster of %s: original not first with similarity 1 and a why: %+v", c.Original, c.Members)
		}
		for _, m := range c.Members {
			members++
			if !strings.HasPrefix(filepath.Base(m.File), report+".") {
				t.Errorf("cluster of %s holds %s", c.Original, m.File)
			}
			if m.Error != nil || m.Resemblance < 0.1 || m.Reuse.BFromA <= 0 {
				t.Errorf("member %s: got error %v, resemblance %.2f, reuse %.2f", m.File, m.Error, m.Resemblance, m.Reuse.BFromA)
			}
		}
	}
	if len(cs) != 126 || members != len(texts) {
		t.Errorf("got %d clusters of %d texts, want 126 of %d", len(cs), members, len(texts))
	}
}

// TestClusterJSONL clusters records of a JSON Lines file: copies made of
// two stories, ids as strings and numbers, a record with no text.
func TestClusterJSONL(t *testing.T) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	wire := "LONDON (Reuters) - " + story(t, "belgacom-gchq.intercept.txt")
	for _, c := range testtext.Copies(story(t, "belgacom-gchq.intercept.txt"), 1) {
		enc.Encode(map[string]any{"id": "wire-" + c.Name, "text": c.Text, "site": "x"})
	}
	for i, c := range testtext.Copies(story(t, "coruna-toolkit.techcrunch.md"), 2) {
		enc.Encode(map[string]any{"id": 100 + i, "text": c.Text})
	}
	enc.Encode(map[string]any{"id": "wire-original", "text": wire})
	b.WriteString("\n")
	enc.Encode(map[string]any{"id": "no-text"})
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCmd(t, "", "cluster", path)
	got := map[string]string{}
	for _, c := range clusters(t, out) {
		var ids []string
		for _, m := range c.Members {
			ids = append(ids, m.ID)
			if m.File != "" {
				t.Errorf("member %s has a file name %q", m.ID, m.File)
			}
		}
		got[c.Original] = strings.Join(ids, " ")
	}
	want := map[string]string{
		"wire-original": "wire-original wire-verbatim-001 wire-quote-altered-001 wire-trimmed-001 wire-reworded-001",
		// By resemblance with the original: quotes altered, trimmed,
		// reworded.
		"100":     "100 102 101 103",
		"no-text": "no-text",
	}
	if len(got) != len(want) {
		t.Errorf("got clusters %q, want %q", got, want)
	}
	for o, m := range want {
		if got[o] != m {
			t.Errorf("cluster of %s: got %q, want %q", o, got[o], m)
		}
	}
	if code != 1 || !strings.Contains(errOut, "1 of 10 texts could not be compared") {
		t.Errorf("got exit %d, stderr %q; want 1 and a count of the record with no text", code, errOut)
	}
}

// TestClusterBadJSONL: a line that is not JSON stops the command with its
// line number.
func TestClusterBadJSONL(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.jsonl")
	os.WriteFile(path, []byte("{\"id\": 1, \"text\": \"a b c\"}\nnot json\n"), 0o644)
	if code, _, errOut := runCmd(t, "", "cluster", path); code != 1 || !strings.Contains(errOut, "line 2") {
		t.Errorf("got exit %d, stderr %q; want 1 and line 2 named", code, errOut)
	}
}
