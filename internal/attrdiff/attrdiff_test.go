package attrdiff_test

import (
	"strings"
	"testing"

	"wirediff/internal/attrdiff"
)

const khamenei = "khamenei-veto.jns.txt"

// cases are edits of a real article, each making one change in sourcing (or
// in the entity, number and title lists), compared through the real
// analysis and alignment.
var cases = []struct {
	name   string
	before []string // old, new, …: applied to the article to make A
	edits  []string // old, new, …: applied to A to make B
	swap   bool     // swap A and B
	// kind is the change that must be reported, with detail in its
	// Detail; allow lists the kinds that may come with it. Nothing else may.
	kind, detail string
	allow        []string
	// lists are items that must be in the entity, number and title lists:
	// "number: A → B", "title: A → B", "entity added: Text (LABEL)".
	lists []string
}{
	{name: "source changed",
		edits: []string{"according to two senior U.S. officials who", "according to two U.S. officials who"},
		kind:  attrdiff.SourceChanged, detail: "“two senior U.S. officials” → “two U.S. officials”"},
	{name: "via changed",
		edits: []string{"one senior administration official told Reuters, articulating", "one senior administration official said, articulating"},
		kind:  attrdiff.ViaChanged, detail: "“Reuters” → none", allow: []string{attrdiff.CueChanged}},
	{name: "cue changed to neutral",
		edits: []string{"Prime Minister Netanyahu dismissed speculation about", "Prime Minister Netanyahu said of speculation about"},
		kind:  attrdiff.CueChanged, detail: "“dismissed” → “said” (loaded → neutral)"},
	{name: "cue changed to loaded",
		edits: []string{"they confirmed he has been", "they claimed he has been"},
		kind:  attrdiff.CueChanged, detail: "“confirmed” → “claimed” (neutral → loaded)"},
	{name: "kind changed",
		edits: []string{"Prime Minister Netanyahu dismissed speculation", "a senior Israeli official dismissed speculation"},
		kind:  attrdiff.KindChanged, detail: "named “Prime Minister Netanyahu” → anonymous “a senior Israeli official”"},
	{name: "quote altered",
		edits: []string{"“We knew everything”", "“We knew nothing”"},
		kind:  attrdiff.QuoteAltered, detail: "“everything” → “nothing”"},
	{name: "quote altered straight quotes",
		edits: []string{"“We do what we need to do.", "\"We do what we must do."},
		kind:  attrdiff.QuoteAltered, detail: "“need to” → “must”"},
	{name: "quote to paraphrase",
		edits: []string{"on Friday, “We knew everything” about", "on Friday that he knew everything about"},
		kind:  attrdiff.QuoteToParaphrase, detail: "“We knew everything” → “he knew everything"},
	{name: "hedge removed",
		edits: []string{"has reportedly dealt", "has dealt"},
		kind:  attrdiff.HedgeRemoved, detail: "“reportedly” in “…as “Operation Rising Lion,” has reportedly dealt substantial"},
	{name: "hedge added",
		edits: []string{"Trump has long favored", "Trump has reportedly long favored"},
		kind:  attrdiff.HedgeAdded, detail: "“reportedly”"},
	{name: "unattributed",
		edits: []string{", according to two senior U.S. officials who spoke with Reuters on condition of anonymity.", "."},
		kind:  attrdiff.Unattributed, detail: "credited in A to “two senior U.S. officials” (according to, via “Reuters”)"},
	{name: "dropped paragraph",
		edits: []string{"In an interview broadcast Sunday night on Fox News Channel’s Special Report with Bret Baier, Prime Minister Netanyahu dismissed speculation about U.S.-Israeli backroom discussions: “There are so many false reports of conversations that never happened, and I’m not going to get into that.” However, he added pointedly, “We do what we need to do. And I think the United States knows what is good for the United States.”\n", ""},
		kind:  attrdiff.Dropped, detail: "“Prime Minister Netanyahu” (dismissed, via “Fox News Channel’s Special Report with Bret Baier”)",
		lists: []string{"entity dropped: Bret Baier"}},
	{name: "added paragraph", swap: true,
		edits: []string{"In an interview broadcast Sunday night on Fox News Channel’s Special Report with Bret Baier, Prime Minister Netanyahu dismissed speculation about U.S.-Israeli backroom discussions: “There are so many false reports of conversations that never happened, and I’m not going to get into that.” However, he added pointedly, “We do what we need to do. And I think the United States knows what is good for the United States.”\n", ""},
		kind:  attrdiff.Added, detail: "added: “he” (Prime Minister Benjamin Netanyahu; added pointedly)",
		lists: []string{"entity added: Bret Baier"}},
	{name: "number changed",
		edits: []string{"His administration’s 2018 withdrawal", "His administration’s 2017 withdrawal"},
		lists: []string{"number: 2018 → 2017"}},
	{name: "written number changed",
		edits: []string{"according to two senior U.S. officials", "according to three senior U.S. officials"},
		kind:  attrdiff.SourceChanged, detail: "“two senior U.S. officials” → “three senior U.S. officials”",
		lists: []string{"number: two → three"}},
	{name: "amount changed",
		before: []string{"which have killed several civilians", "which have killed 12 civilians and caused $1.3 million in damage"},
		edits:  []string{"killed 12 civilians and caused $1.3 million", "killed 15 civilians and caused $1.5 million"},
		lists:  []string{"number: 12 → 15", "number: $1.3 million → $1.5 million"}},
	{name: "percentage changed",
		before: []string{"which have killed several civilians", "which have killed several civilians, up 12% on May 3"},
		edits:  []string{"up 12% on May 3", "up 15 percent on May 4"},
		lists:  []string{"number: 12% → 15 percent", "number: 3 → 4"}},
	{name: "date changed",
		edits: []string{"scheduled for Sunday in Oman", "scheduled for Saturday in Oman"},
		lists: []string{"number: Sunday → Saturday"}},
	{name: "title dropped",
		edits: []string{"Prime Minister Netanyahu dismissed", "Netanyahu dismissed"},
		lists: []string{"title: Prime Minister Netanyahu → Netanyahu"}},
	{name: "title added",
		edits: []string{"between Trump and Netanyahu is", "between President Trump and Netanyahu is"},
		lists: []string{"title: Trump → President Trump"}},
	{name: "entity added",
		edits: []string{"scheduled for Sunday in Oman,", "scheduled for Sunday in Oman and Qatar,"},
		lists: []string{"entity added: Qatar (GPE)"}},
}

func TestCompare(t *testing.T) {
	orig := article(t, khamenei)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := edit(t, orig, c.before...)
			b := edit(t, a, c.edits...)
			if c.swap {
				a, b = b, a
			}
			in := pairInput(t, a, b)
			r := attrdiff.Compare(in)
			got := describe(in, r)
			if c.kind != "" {
				found := false
				for _, ch := range r.Changes {
					found = found || (ch.Kind == c.kind && strings.Contains(ch.Detail, c.detail))
				}
				if !found {
					t.Errorf("Compare: got%s\nwant %s containing %q", got, c.kind, c.detail)
				}
			}
			allowed := map[string]bool{c.kind: true}
			for _, k := range c.allow {
				allowed[k] = true
			}
			for k := range kinds(r) {
				if !allowed[k] {
					t.Errorf("Compare: got%s\nwant no %s", got, k)
				}
			}
			for _, want := range c.lists {
				if !strings.Contains(got, "\t"+want) {
					t.Errorf("Compare: got%s\nwant %q", got, want)
				}
			}
		})
	}
}
