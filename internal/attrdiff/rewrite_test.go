package attrdiff_test

import (
	"strings"
	"testing"

	"wirediff/internal/attrdiff"
)

// The harbour files are a wire story written for these tests, a verbatim
// carrier of it (US for U.S., Britain for UK, the weekday after "told
// Reuters" dropped, the wire's credits dropped and the carrier's trailers
// added) and a rewrite that inflates a source, invents a quotation and
// credits the wire with a claim it never made.
const (
	wire     = "harbour-wire.txt"
	carrier  = "harbour-carrier.txt"
	rewrite  = "harbour-rewrite.txt"
	anyValue = "*"
)

// TestCarrierNoChange: a verbatim carrier in its own house style changes
// nothing in sourcing, nor a name, number or title.
func TestCarrierNoChange(t *testing.T) {
	in := pairInput(t, article(t, wire), article(t, carrier))
	r := attrdiff.Compare(in)
	if len(r.Changes)+len(r.Entities)+len(r.Numbers)+len(r.Titles) > 0 {
		t.Errorf("carrier: got%s\nwant nothing", describe(in, r))
	}
}

// want is a change that must be found: its kind, direction and words of
// its detail.
type want struct{ kind, direction, detail string }

// TestRewrite checks what the rewrite does to the wire story's sourcing,
// the most important first.
func TestRewrite(t *testing.T) {
	in := pairInput(t, article(t, wire), article(t, rewrite))
	r := attrdiff.Compare(in)
	wants := []want{
		{attrdiff.Phantom, attrdiff.Stronger, "“the Reuters report” (noted) is credited with “the strike is the longest"},
		{attrdiff.QuoteInvented, attrdiff.Stronger, "“constant contact”"},
		{attrdiff.SourceChanged, attrdiff.Stronger, "source inflated: +senior (“The officials” → “The senior U.S. officials”)"},
		{attrdiff.CueChanged, attrdiff.Stronger, "“said” → “revealed”"},
		{attrdiff.CueChanged, attrdiff.Stronger, "“suggested” → “confirmed”"},
		{attrdiff.QuoteToParaphrase, "", "“We are not going to sign anything that cuts pensions … Our members have…” → “his members would not accept"},
	}
	for k, w := range wants {
		if k >= len(r.Changes) {
			t.Fatalf("change %d: got none, want %s (%s) %q; all:%s", k, w.kind, w.direction, w.detail, describe(in, r))
		}
		c := r.Changes[k]
		if c.Kind != w.kind || c.Direction != w.direction || !strings.Contains(c.Detail, w.detail) {
			t.Errorf("change %d: got %s (%s) %q, want %s (%s) with %q; all:%s", k, c.Kind, c.Direction, c.Detail, w.kind, w.direction, w.detail, describe(in, r))
		}
	}
	for _, c := range r.Changes {
		if c.Kind == attrdiff.Added || (c.Kind == attrdiff.Dropped && strings.Contains(c.Detail, "officials")) {
			t.Errorf("got %s %q: the rewritten attributions should pair with the wire's", c.Kind, c.Detail)
		}
	}
	if r.Summary.Phantoms != 1 || r.Summary.QuotesInvented != 1 || r.Summary.Stronger < 5 {
		t.Errorf("summary: got %+v, want 1 phantom, 1 invented quote, at least 5 stronger", r.Summary)
	}
}

// TestOriginalCredits: whether a credit to the original is phantom depends
// on A, not on the words of the credit.
func TestOriginalCredits(t *testing.T) {
	a := article(t, wire)
	cases := []struct {
		name, label, sentence string
		phantom               bool
	}{
		{"outlet, unsupported", "", "As the Reuters report noted, the strike is the longest at the port since the 1970s.", true},
		{"outlet, supported", "", "As the Reuters report noted, some 300 ships were waiting to berth at the port.", false},
		{"the original article", "", "The original article said that dock workers had been offered free housing.", true},
		{"author", "", "The mayor of Rotterdam had resigned over the strike, Lindqvist reported.", true},
		{"label", "Harbour Wire", "The mayor of Rotterdam had resigned over the strike, Harbour Wire reported.", true},
		{"unlabelled outlet", "", "The mayor of Rotterdam had resigned over the strike, Harbour Wire reported.", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b := edit(t, a, "The port authority said in a statement", tc.sentence+"\n\nThe port authority said in a statement")
			in := pairInput(t, a, b)
			in.LabelA = tc.label
			r := attrdiff.Compare(in)
			if got := kinds(r)[attrdiff.Phantom]; got != tc.phantom {
				t.Errorf("phantom: got %v, want %v; all:%s", got, tc.phantom, describe(in, r))
			}
		})
	}
}

// TestDirection: single edits of the wire story and the direction each
// gives.
func TestDirection(t *testing.T) {
	a := article(t, wire)
	cases := []struct {
		name      string
		edits     []string
		kind, dir string
	}{
		{"senior added", []string{"The officials, speaking", "The senior officials, speaking"}, attrdiff.SourceChanged, attrdiff.Stronger},
		{"fewer sources", []string{"The officials, speaking", "An official, speaking"}, attrdiff.SourceChanged, attrdiff.Weaker},
		{"anonymous to named", []string{"The officials, speaking on condition of anonymity, said", "Ambassador John Park said"}, attrdiff.KindChanged, attrdiff.Stronger},
		{"certain to tentative", []string{"The port authority said in a statement", "The port authority suggested in a statement"}, attrdiff.CueChanged, attrdiff.Weaker},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := pairInput(t, a, edit(t, a, tc.edits...))
			r := attrdiff.Compare(in)
			for _, c := range r.Changes {
				if c.Kind == tc.kind {
					if c.Direction != tc.dir {
						t.Errorf("%s: got direction %q, want %q (%s)", c.Kind, c.Direction, tc.dir, c.Detail)
					}
					return
				}
			}
			t.Errorf("got no %s; all:%s", tc.kind, describe(in, r))
		})
	}
}

// TestUntimedOutlet: a time phrase after an outlet is no change of outlet.
func TestUntimedOutlet(t *testing.T) {
	a := article(t, wire)
	for _, repl := range []string{"told Reuters on Monday night.", "told Reuters in 2024.", "told Reuters."} {
		b := edit(t, a, "told Reuters on Monday.", repl)
		in := pairInput(t, a, b)
		if r := attrdiff.Compare(in); len(r.Changes) > 0 {
			t.Errorf("%q: got%s\nwant no change", repl, describe(in, r))
		}
	}
}

// TestArticleDropped: a carrier that writes "US officials" for "the U.S.
// officials" changes house style, not the source.
func TestArticleDropped(t *testing.T) {
	a := "Talks on the harbour strike will resume on Thursday, the U.S. officials said, adding that no date had been set for a vote.\n"
	b := "Talks on the harbour strike will resume on Thursday, US officials said, adding that no date had been set for a vote.\n"
	in := pairInput(t, a, b)
	if r := attrdiff.Compare(in); len(r.Changes) > 0 {
		t.Errorf("got%s\nwant no change", describe(in, r))
	}
}
