package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wirediff/internal/contract"
)

const articlePath = "testdata/khamenei-veto.jns.txt"

func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// edited writes a copy of the article with "said" made "claimed" and
// returns its path.
func edited(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(articlePath)
	if err != nil {
		t.Fatal(err)
	}
	b := strings.Replace(string(data), "remarked pointedly", "claimed", 1)
	p := filepath.Join(t.TempDir(), "b.txt")
	if err := os.WriteFile(p, []byte(b), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestAnalyzeJSON(t *testing.T) {
	code, out, errOut := runCmd(t, "", "analyze", "--json", articlePath)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var a contract.Analysis
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("stdout is not one JSON Analysis: %v", err)
	}
	if a.Version != contract.Version || len(a.Sentences) < 10 || len(a.Attributions) == 0 {
		t.Errorf("got version %q, %d sentences, %d attributions", a.Version, len(a.Sentences), len(a.Attributions))
	}
}

func TestAnalyzeStdinText(t *testing.T) {
	data, _ := os.ReadFile(articlePath)
	code, out, errOut := runCmd(t, string(data), "analyze", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"Sources", "Attributions", "Netanyahu"} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q", want)
		}
	}
}

func TestCompare(t *testing.T) {
	b := edited(t)
	code, out, errOut := runCmd(t, "", "compare", "--json", articlePath, b)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var c contract.Comparison
	if err := json.Unmarshal([]byte(out), &c); err != nil {
		t.Fatalf("stdout is not one JSON Comparison: %v", err)
	}
	if c.Similarity >= 1 || c.Similarity < 0.9 {
		t.Errorf("similarity %v, want in [0.9, 1)", c.Similarity)
	}
	if !hasKind(c.AttributionChanges, "cue-changed") {
		t.Errorf("no cue-changed in %+v", c.AttributionChanges)
	}
	code, out, errOut = runCmd(t, "", "compare", "--color", "never", articlePath, b)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"Sourcing: ", "quotes kept verbatim", "1 cue changed", "cue-changed:", "[-remarked pointedly-]"} {
		if !strings.Contains(out, want) {
			t.Errorf("terminal output lacks %q; got:\n%s", want, out)
		}
	}
	code, out, errOut = runCmd(t, "", "compare", "--color", "never", "--no-attribution", articlePath, b)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "{+claimed+}") {
		t.Errorf("text diff does not mark the inserted word; got:\n%s", out)
	}
}

func TestErrors(t *testing.T) {
	empty := filepath.Join(t.TempDir(), "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no command", nil, 2, "usage"},
		{"unknown", []string{"frobnicate"}, 2, "unknown command"},
		{"missing file", []string{"analyze", "testdata/nope.txt"}, 1, "no document"},
		{"empty file", []string{"compare", articlePath, empty}, 1, "empty"},
		{"two stdins", []string{"compare", "-", "-"}, 1, "only one"},
		{"serve without site", []string{"serve", t.TempDir()}, 1, "build the site"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runCmd(t, "", tt.args...)
			if code != tt.code || !strings.Contains(errOut, tt.want) {
				t.Errorf("got exit %d, stderr %q; want exit %d and %q", code, errOut, tt.code, tt.want)
			}
		})
	}
}

func TestErrorJSONOnStdout(t *testing.T) {
	code, out, _ := runCmd(t, "\x00\x01", "analyze", "--json", "-")
	var doc contract.ErrorDoc
	if code == 0 || json.Unmarshal([]byte(out), &doc) != nil || doc.Error == nil || doc.Error.Code != "binary" {
		t.Errorf("got exit %d, stdout %q; want a non-zero exit and a binary error object", code, out)
	}
}

func hasKind(cs []contract.AttributionChange, kind string) bool {
	for _, c := range cs {
		if c.Kind == kind {
			return true
		}
	}
	return false
}

// TestCompareHTML checks the standalone report: one HTML document with the
// change marked, no script, and --json with --html refused.
func TestCompareHTML(t *testing.T) {
	code, out, errOut := runCmd(t, "", "compare", "--html", articlePath, edited(t))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.HasPrefix(out, "<!doctype html>") || !strings.Contains(out, "khamenei-veto.jns.txt → b.txt") {
		t.Errorf("stdout is not the report: %.200s", out)
	}
	if !strings.Contains(out, "cue-changed") || strings.Contains(strings.ToLower(out), "<script") {
		t.Errorf("report: want a cue-changed item and no script")
	}
	if code, _, _ := runCmd(t, "", "compare", "--html", "--json", articlePath, articlePath); code != 2 {
		t.Errorf("--html with --json: exit %d, want 2", code)
	}
}
