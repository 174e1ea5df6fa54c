package main

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	//lint:ignore SA1019 the direct runner runs the pipeline inside the test process with no job server; main's default is the same runner
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/direct"

	"wirediff/internal/contract"
	"wirediff/internal/testtext"
)

// run writes records as JSON Lines, runs the pipeline on the direct runner
// and returns the clusters it wrote, by original.
func run(tb testing.TB, records []map[string]any, extra string, attribution bool) map[string]contract.ClusterLine {
	tb.Helper()
	dir := tb.TempDir()
	in := filepath.Join(dir, "corpus.jsonl")
	var b strings.Builder
	enc := json.NewEncoder(&b)
	for _, r := range records {
		if err := enc.Encode(r); err != nil {
			tb.Fatal(err)
		}
	}
	b.WriteString(extra)
	if err := os.WriteFile(in, []byte(b.String()), 0o644); err != nil {
		tb.Fatal(err)
	}
	out := filepath.Join(dir, "out", "clusters.jsonl")
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		tb.Fatal(err)
	}
	p, s := beam.NewPipelineWithRoot()
	Pipeline(s, in, out, attribution)
	if _, err := direct.Execute(context.Background(), p); err != nil {
		tb.Fatalf("the pipeline failed: %v", err)
	}
	f, err := os.Open(out)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	got := map[string]contract.ClusterLine{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var c contract.ClusterLine
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			tb.Fatalf("output line %.200q is not a ClusterLine: %v", sc.Text(), err)
		}
		got[c.Original] = c
	}
	return got
}

func story(tb testing.TB, name string) string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "internal", "analyze", "testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

func ids(c contract.ClusterLine) string {
	var out []string
	for _, m := range c.Members {
		out = append(out, m.ID)
	}
	return strings.Join(out, " ")
}

// TestMadeCopies runs copies made of two stories through the pipeline: two
// clusters, the wire story (its dateline credits Reuters) the original of
// its copies, each member compared with it by the engine.
func TestMadeCopies(t *testing.T) {
	var recs []map[string]any
	for _, c := range testtext.Copies(story(t, "belgacom-gchq.intercept.txt"), 1) {
		recs = append(recs, map[string]any{"id": "wire-" + c.Name, "text": c.Text, "site": "example.org"})
	}
	for i, c := range testtext.Copies(story(t, "coruna-toolkit.techcrunch.md"), 2) {
		recs = append(recs, map[string]any{"id": 100 + i, "text": c.Text})
	}
	recs = append(recs, map[string]any{"id": "wire-original", "text": "LONDON (Reuters) - " + story(t, "belgacom-gchq.intercept.txt")})
	got := run(t, recs, "not a record\n", true)
	want := map[string]string{
		"wire-original": "wire-original wire-verbatim-001 wire-quote-altered-001 wire-trimmed-001 wire-reworded-001",
		"100":           "100 102 101 103",
	}
	if len(got) != len(want) {
		t.Errorf("got %d clusters, want %d", len(got), len(want))
	}
	for o, w := range want {
		if ids(got[o]) != w {
			t.Errorf("cluster of %s: got %q, want %q", o, ids(got[o]), w)
		}
	}
	wire := got["wire-original"]
	if !strings.Contains(wire.Why, "Reuters") {
		t.Errorf("why: got %q, want the Reuters dateline named", wire.Why)
	}
	for _, m := range wire.Members {
		if m.ID == "wire-quote-altered-001" && m.Changes["quote-altered"] == 0 {
			t.Errorf("the quote-altered copy: got changes %v, want quote-altered counted", m.Changes)
		}
		if m.ID == "wire-original" && m.Similarity != 1 {
			t.Errorf("the original compared with itself: got similarity %v, want 1", m.Similarity)
		}
	}
}

// TestOneStop runs the OneStop corpus (126 reports in three versions, three
// in two) through the pipeline: one cluster per report, no cluster mixing
// two reports.
func TestOneStop(t *testing.T) {
	dir := testtext.SharedDir(t, "corpus/onestop")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var recs []map[string]any
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, map[string]any{"id": filepath.Base(f), "text": string(b)})
	}
	got := run(t, recs, "", false)
	members := 0
	for o, c := range got {
		report := strings.Split(o, ".")[0]
		for _, m := range c.Members {
			members++
			if !strings.HasPrefix(m.ID, report+".") {
				t.Errorf("the cluster of %s holds %s", o, m.ID)
			}
		}
	}
	if len(got) != 126 || members != len(files) {
		t.Errorf("got %d clusters of %d texts, want 126 of %d", len(got), members, len(files))
	}
}

// BenchmarkPipeline runs 200 copies of a story of about 1,000 words
// through the pipeline on the direct runner, attribution included:
//
//	cd cmd/wirediff-beam && go test -run '^$' -bench Pipeline -benchtime 1x
func BenchmarkPipeline(b *testing.B) {
	var recs []map[string]any
	orig := story(b, "coruna-toolkit.techcrunch.md")
	for i := 0; len(recs) < 200; i++ {
		for _, c := range testtext.Copies(orig, i) {
			recs = append(recs, map[string]any{"id": c.Name, "text": c.Text})
		}
	}
	for b.Loop() {
		if got := run(b, recs, "", true); len(got) != 1 {
			b.Fatalf("got %d clusters, want 1", len(got))
		}
	}
	b.ReportMetric(float64(len(recs))*float64(b.N)/b.Elapsed().Seconds(), "texts/s")
}
