package engine_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"wirediff/internal/contract"
	"wirediff/internal/engine"
)

// TestReport renders a comparison from its JSON, as the page does for
// Export, and refuses what is not a comparison.
func TestReport(t *testing.T) {
	a := "The minister said the plan was sound, officials told reporters."
	b := "The minister claimed the plan was sound, officials told reporters."
	c, err := engine.Compare(a, b, engine.Options{Attribution: true})
	if err != nil {
		t.Fatal(err)
	}
	js, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	html, err := engine.Report(string(js), "wire → site")
	if err != nil {
		t.Fatalf("Report: %v", err)
	}
	for _, want := range []string{"wire → site", "<del><span class=\"sr\">deleted: </span>said</del>", "claimed"} {
		if !strings.Contains(html, want) {
			t.Errorf("Report: lacks %q", want)
		}
	}
	for _, bad := range []string{"", "{", `{"version":"other/9"}`, `[1,2]`} {
		_, err := engine.Report(bad, "")
		var ce *contract.Error
		if !errors.As(err, &ce) || ce.Code != engine.CodeBadOptions {
			t.Errorf("Report(%q): got %v, want a bad-options error", bad, err)
		}
	}
}
