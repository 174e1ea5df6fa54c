package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
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
	for _, want := range []string{"Sourcing: ", "quotes kept verbatim", "1 cue changed", "cue changed:", "[-remarked pointedly-]"} {
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

// TestTextModeEscapesControls: control characters in a document (a window
// title, a screen clear, a hyperlink, a carriage return, a bidi override)
// are printed as escapes in text mode, and only the tool's own colours
// reach the terminal as ESC.
func TestTextModeEscapesControls(t *testing.T) {
	doc := "Officials said \x1b]0;pwned\x07 the talks \x1b[2J failed. " +
		"\x1b]8;;http://evil.example/\x1b\\click\x1b]8;;\x1b\\ he said.\rOver \u202eesrever\u202c written."
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte(doc), 0o644)
	os.WriteFile(b, []byte(strings.Replace(doc, "failed", "collapsed", 1)+" \x1b[31mMore.\x1b[0m"), 0o644)
	for _, args := range [][]string{
		{"analyze", a},
		{"compare", "--color", "never", a, b},
		{"compare", "--color", "never", "--no-attribution", a, b},
		{"compare", "--color", "always", a, b},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			code, out, errOut := runCmd(t, "", args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			own := regexp.MustCompile(`\x1b\[[0-9;]*m`)
			if slices.Contains(args, "always") {
				out = own.ReplaceAllString(out, "")
			}
			for _, bad := range []string{"\x1b", "\x07", "\r", "\u202e"} {
				if strings.Contains(out, bad) {
					t.Errorf("output holds %q:\n%q", bad, out)
				}
			}
			if !strings.Contains(out, `\x1b`) {
				t.Errorf("output does not show the escape as \\x1b:\n%s", out)
			}
		})
	}
}

// failingWriter fails every write, as a full disk or a closed pipe does.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestWriteFailure: output that cannot be written is an error, in every
// format.
func TestWriteFailure(t *testing.T) {
	b := edited(t)
	for _, args := range [][]string{
		{"analyze", articlePath},
		{"analyze", "--json", articlePath},
		{"compare", "--no-attribution", articlePath, b},
		{"compare", "--json", "--no-attribution", articlePath, b},
		{"compare", "--html", "--no-attribution", articlePath, b},
	} {
		var errb bytes.Buffer
		code := run(args, strings.NewReader(""), failingWriter{}, &errb)
		if code == 0 || !strings.Contains(errb.String(), "no space left") {
			t.Errorf("%v: got exit %d, stderr %q; want non-zero and the write error", args, code, errb.String())
		}
	}
}

// TestNonRegularFiles: a named pipe (as /dev/stdin and process
// substitution <(…) are) is read like a file; a directory and a UTF-16 file
// are named for what they are.
func TestNonRegularFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	data, err := os.ReadFile(articlePath)
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		f.Write(data)
		f.Close()
	}()
	code, out, errOut := runCmd(t, "", "compare", "--json", "--no-attribution", fifo, articlePath)
	if code != 0 {
		t.Fatalf("compare from a named pipe: exit %d: %s", code, errOut)
	}
	var c contract.Comparison
	if err := json.Unmarshal([]byte(out), &c); err != nil || c.Similarity != 1 {
		t.Errorf("compare from a named pipe: similarity %v (err %v), want 1", c.Similarity, err)
	}
	link := filepath.Join(dir, "link.txt")
	if err := os.Symlink(fifo, link); err == nil {
		go func() {
			if f, err := os.OpenFile(fifo, os.O_WRONLY, 0); err == nil {
				f.Write(data)
				f.Close()
			}
		}()
		if code, _, errOut := runCmd(t, "", "analyze", link); code != 0 {
			t.Errorf("analyze through a symbolic link to a pipe (as /dev/stdin): exit %d: %s", code, errOut)
		}
	}
	utf16 := filepath.Join(dir, "utf16.txt")
	os.WriteFile(utf16, []byte("\xff\xfeO\x00k\x00.\x00"), 0o644)
	for _, tc := range []struct {
		name, file string
		want       []string
	}{
		{"directory", dir, []string{"is a directory"}},
		{"UTF-16", utf16, []string{"UTF-16", "iconv -f UTF-16LE -t UTF-8"}},
	} {
		code, out, errOut := runCmd(t, "", "analyze", "--json", tc.file)
		for _, want := range tc.want {
			if code != 1 || !strings.Contains(errOut, want) {
				t.Errorf("%s: got exit %d, stderr %q; want exit 1 and %q", tc.name, code, errOut, want)
			}
		}
		var doc contract.ErrorDoc
		if json.Unmarshal([]byte(out), &doc) != nil || doc.Error == nil || doc.Error.Code == "binary" || doc.Error.Code == "not-found" {
			t.Errorf("%s: error object %q, want a code other than binary or not-found", tc.name, out)
		}
	}
}
