package analyze

import "testing"

func TestAgency(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"reuters", "WASHINGTON (Reuters) - The talks failed, officials said.", "Reuters"},
		{"ap with date", "JERUSALEM, June 15 (AP) — The talks failed.", "AP"},
		{"after headline and byline", "Talks fail\n\nBy Jane Doe\n\nLONDON (AFP) – The talks failed.", "AFP"},
		{"dateline without agency", "WASHINGTON - The talks failed.", ""},
		{"agency named later", "The talks failed after three days of meetings in Geneva between the two delegations, Reuters reported on Sunday, citing officials.\nWASHINGTON (Reuters) - text", ""},
		{"none", "The talks failed - again.", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Agency(c.text); got != c.want {
				t.Errorf("Agency(%q): got %q, want %q", c.text, got, c.want)
			}
		})
	}
}
