package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLabelFlags: --label-a names A, so that B crediting A by that name
// with a claim A never made is a phantom credit; without it, the name is
// some other outlet's.
func TestLabelFlags(t *testing.T) {
	wire, err := os.ReadFile("../../internal/attrdiff/testdata/harbour-wire.txt")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	rewrite := strings.Replace(string(wire), "The port authority said in a statement",
		"The mayor of Rotterdam had resigned over the strike, Harbour Wire reported.\n\nThe port authority said in a statement", 1)
	if err := os.WriteFile(a, wire, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(b, []byte(rewrite), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args    []string
		phantom bool
	}{
		{[]string{"compare", "--color", "never", "--label-a", "Harbour Wire", "--label-b", "Daily", a, b}, true},
		{[]string{"compare", "--color", "never", a, b}, false},
	} {
		code, out, errs := runCmd(t, "", tc.args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", tc.args, code, errs)
		}
		if got := strings.Contains(out, "phantom credit: “Harbour Wire”") && strings.Contains(out, "[stronger in B]"); got != tc.phantom {
			t.Errorf("%v: phantom credit listed: got %v, want %v\n%s", tc.args, got, tc.phantom, out)
		}
	}
}
