package attrdiff

import "testing"

// TestTrailerLines: the credit and republishing lines of wire stories and
// their carriers are trailers; sentences of the story are not.
func TestTrailerLines(t *testing.T) {
	cases := []struct {
		line    string
		trailer bool
	}{
		{"Reporting by Maria Lindqvist; Additional reporting by Tom Hughes in London; Editing by Alex Richardson", true},
		{"Writing by Jane Doe; editing by John Roe", true},
		{"This article is republished with permission from Reuters.", true},
		{"The post Port talks stall first appeared on Harbour Daily.", true},
		{"This story originally appeared on example.com and is republished here.", true},
		{"Republished with permission of The Conversation.", true},
		{"© 2025 Harbour Daily", true},
		{"Read the original article.", true},
		{"The report was first published in 2010 by the ministry.", false},
		{"Reporters found the port closed on Tuesday, officials said.", false},
		{"The story of the strike began in March, the union said.", false},
		{"He was editing a newspaper at the time, his colleagues said.", false},
	}
	for _, tc := range cases {
		if got := len(trailerLines(tc.line)) == 1; got != tc.trailer {
			t.Errorf("trailerLines(%q): trailer %v, want %v", tc.line, got, tc.trailer)
		}
	}
}

// TestCanonicalKeys: spellings of one country key alike; the pronoun "us"
// is not the country.
func TestCanonicalKeys(t *testing.T) {
	cases := []struct{ a, b string }{
		{"two U.S. officials", "two US officials"},
		{"ministers in UK", "ministers in Britain"},
		{"Britain’s economy", "UK's economy"},
		{"the US's allies", "the USA's allies"},
		{"U.K. ministers", "UK ministers"},
		{"told Reuters on Monday", "told Reuters"},
	}
	for _, tc := range cases {
		if ka, kb := untimed(key(tc.a)), untimed(key(tc.b)); ka != kb {
			t.Errorf("keys of %q and %q: got %q and %q, want them equal", tc.a, tc.b, ka, kb)
		}
	}
	if key("they told us") == key("they told US") {
		t.Error(`"us" and "US" key alike; the pronoun is not the country`)
	}
}
