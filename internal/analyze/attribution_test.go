package analyze_test

import (
	"testing"

	"wirediff/internal/analyze"
)

// want describes the one attribution a case expects; empty fields are not checked.
type want struct {
	cue, source, resolved, kind, via, content, stance, cueType string
	direct                                                     *bool
	noVia                                                      bool
}

var (
	yes = func() *bool { b := true; return &b }()
	no  = func() *bool { b := false; return &b }()
)

var attributionCases = []struct {
	name, text string
	want       want
}{
	{"after the statement", `The United States will impose new sanctions on Iran, Treasury Secretary Scott Bessent said on Thursday.`,
		want{cue: "said", source: "Treasury Secretary Scott Bessent", kind: "named", content: "The United States will impose new sanctions on Iran", direct: no}},
	{"quote then speaker", `“We will not allow this,” Netanyahu said in a statement.`,
		want{cue: "said", source: "Netanyahu", via: "in a statement", content: "We will not allow this", direct: yes}},
	{"inverted speaker", `"This is a disaster," said Jane Doe, a spokeswoman for the group.`,
		want{cue: "said", source: "Jane Doe", kind: "named", content: "This is a disaster", direct: yes}},
	{"colon quote", `He told Reuters: “We are ready.”`,
		want{cue: "told", source: "He", via: "Reuters", content: "We are ready.", direct: yes}},
	{"post on X", `The company said in a post on X that it had fixed the flaw.`,
		want{cue: "said", source: "The company", via: "in a post on X", content: "it had fixed the flaw"}},
	{"told reporters is no via", `Officials told reporters in Brussels that talks would resume next week.`,
		want{cue: "told", source: "Officials", kind: "anonymous", noVia: true, content: "talks would resume next week"}},
	{"source familiar", `A source familiar with the matter said the deal was close.`,
		want{cue: "said", source: "A source familiar with the matter", kind: "anonymous", content: "the deal was close"}},
	{"people with knowledge", `Two people with knowledge of the talks said a deal was close.`,
		want{cue: "said", source: "Two people with knowledge of the talks", kind: "anonymous", content: "a deal was close"}},
	{"institution by role", `Health authorities in Gaza said at least 50 people were killed.`,
		want{cue: "said", kind: "named", content: "at least 50 people were killed"}},
	{"military", `The Israeli military said it had struck a command centre.`,
		want{cue: "said", source: "The Israeli military", kind: "named"}},
	{"document", `The Reuters report suggested that talks had stalled.`,
		want{cue: "suggested", source: "The Reuters report", kind: "document", content: "talks had stalled"}},
	{"according to at the end", `The plan was shelved, according to two senior U.S. officials who spoke with Reuters on condition of anonymity.`,
		want{cue: "according to", source: "two senior U.S. officials", kind: "anonymous", via: "Reuters", content: "The plan was shelved"}},
	{"according to at the start", `According to a statement from the ministry, the border will reopen.`,
		want{cue: "According to", kind: "document", content: "the border will reopen"}},
	{"according to a report folds into via", `According to the Reuters report, American officials emphasized that the veto was not a rebuke.`,
		want{cue: "emphasized", source: "American officials", kind: "anonymous", via: "the Reuters report", content: "the veto was not a rebuke"}},
	{"as reported folds into via", `As Reuters reported, President Trump remarked pointedly on Friday, “We knew everything” about the strikes.`,
		want{cue: "remarked pointedly", source: "President Trump", via: "Reuters", stance: "loaded", content: "We knew everything", direct: yes}},
	{"interview broadcast", `In an interview broadcast on Fox News, the minister dismissed the reports: “They are false.”`,
		want{cue: "dismissed", source: "the minister", via: "Fox News", stance: "loaded", content: "They are false.", direct: yes}},
	{"relative who", `The window was shut after talks with U.S. officials, who made clear that such an action would cross a red line.`,
		want{cue: "made clear", source: "U.S. officials", content: "such an action would cross a red line"}},
	{"name in apposition to a title", `Ukraine's foreign minister, Dmytro Kuleba, wrote on X that the systems would save lives.`,
		want{cue: "wrote", source: "Dmytro Kuleba", kind: "named", via: "X", content: "the systems would save lives"}},
	{"modifier between document and cue", `A poll released on Monday found that 58% of Americans are in favour of further aid.`,
		want{cue: "found", source: "A poll", kind: "document", content: "58% of Americans are in favour of further aid"}},
	{"the newspaper after the claim", `Officials ignored the warnings, the newspaper reported.`,
		want{cue: "reported", source: "the newspaper", kind: "named", content: "Officials ignored the warnings"}},
	{"the ministry is not the last organisation", `The World Bank cut its growth forecast. The ministry said talks would resume.`,
		want{cue: "said", source: "The ministry", resolved: "The ministry", kind: "named", content: "talks would resume"}},
	{"the company is the last organisation", `Google found the flaw last year. The company said it had fixed it.`,
		want{cue: "said", source: "The company", resolved: "Google", kind: "named", content: "it had fixed it"}},
	{"time phrase between source and cue", `British Prime Minister Keir Starmer on Monday said the review was overdue.`,
		want{cue: "said", source: "British Prime Minister Keir Starmer", kind: "named", content: "the review was overdue"}},
	{"plain present", `Critics argue the plan is underfunded.`,
		want{cue: "argue", source: "Critics", kind: "anonymous", content: "the plan is underfunded"}},
	{"according to figures published", `According to government figures published last week, defense spending stood at 2.3% of GDP.`,
		want{cue: "According to", source: "government figures", kind: "document", content: "defense spending stood at 2.3% of GDP"}},
	{"spokesperson for a named ministry", `A spokesperson for the Ministry of Defence said the department would respond in due course.`,
		want{cue: "said", source: "A spokesperson for the Ministry of Defence", kind: "named", content: "the department would respond in due course"}},
	{"called with a quotation", `The opposition called the decision "a betrayal of voters."`,
		want{cue: "called", source: "The opposition", kind: "named", content: "a betrayal of voters.", direct: yes}},
	{"age and relative clause", `Mr. Smith, 54, who has led the agency since 2019, told The New York Times that he would not resign.`,
		want{cue: "told", source: "Mr. Smith", kind: "named", via: "The New York Times", content: "he would not resign"}},
	{"a copy of a report", `Records were destroyed, according to a copy of the report reviewed by The Washington Post.`,
		want{cue: "according to", kind: "document", content: "Records were destroyed"}},
	{"participial clause", `Israeli officials, speaking on condition of anonymity because they were not authorized to brief the media, said talks had stalled.`,
		want{cue: "said", source: "Israeli officials", kind: "anonymous", content: "talks had stalled"}},
	{"relative clause with a number", `The company, which has 3,000 employees, said it would appeal the ruling.`,
		want{cue: "said", source: "The company", content: "it would appeal the ruling"}},
	{"document with a participle", `The report, published by the watchdog on Monday, found that emissions rose.`,
		want{cue: "found", source: "The report", kind: "document", content: "emissions rose"}},
	{"told an outlet, no that", `Sarah Jones, a spokeswoman for the ministry, told Reuters the plan was on track.`,
		want{cue: "told", source: "Sarah Jones", via: "Reuters", content: "the plan was on track"}},
	{"told reporters, no that", `The minister told reporters the plan was on track.`,
		want{cue: "told", source: "The minister", noVia: true, content: "the plan was on track"}},
	{"told a programme", `U.S. Secretary of State Marco Rubio told CBS News' "Face the Nation" that Washington remained committed to a deal.`,
		want{cue: "told", source: "U.S. Secretary of State Marco Rubio", kind: "named", via: "CBS News' \"Face the Nation\"", content: "Washington remained committed to a deal"}},
	{"statement posted on", `Hamas said in a statement posted on Telegram that it would not accept any proposal.`,
		want{cue: "said", source: "Hamas", via: "in a statement posted on Telegram", content: "it would not accept any proposal"}},
	{"wrote on X", `"This is a catastrophe," UN humanitarian chief Tom Fletcher wrote on X.`,
		want{cue: "wrote", source: "UN humanitarian chief Tom Fletcher", via: "X", content: "This is a catastrophe", direct: yes}},
	{"said on a platform", `President Donald Trump said on Truth Social that the deal was done.`,
		want{cue: "said", source: "President Donald Trump", via: "Truth Social", content: "the deal was done"}},
	{"appositive", `Rocky Cole, the co-founder of iVerify, told TechCrunch that the evidence points to a contractor.`,
		want{cue: "told", source: "Rocky Cole", via: "TechCrunch", content: "the evidence points to a contractor"}},
	{"age appositive", `Smith, 54, said the plan was flawed.`,
		want{cue: "said", source: "Smith", content: "the plan was flawed"}},
	{"participle", `Publicly, Belgacom has played down the breach, insisting that only internal systems were affected.`,
		want{cue: "insisting", source: "Belgacom", stance: "loaded", content: "only internal systems were affected"}},
	{"and said", `GCHQ declined to comment, and insisted that its actions were lawful.`,
		want{cue: "insisted", source: "GCHQ", stance: "loaded", content: "its actions were lawful"}},
	{"claimed is loaded", `The Treasury claimed that the broker sold the tools.`,
		want{cue: "claimed", stance: "loaded", content: "the broker sold the tools"}},
	{"said is neutral", `The Treasury said the broker sold the tools.`,
		want{cue: "said", stance: "neutral", content: "the broker sold the tools"}},
	{"researchers at a company are named", `Researchers at security firm iVerify said the kit was built by a contractor.`,
		want{cue: "said", kind: "named", content: "the kit was built by a contractor"}},
	{"partial quote is not direct", `They confirmed he has been in “constant contact” with the prime minister.`,
		want{cue: "confirmed", source: "They", content: "he has been in “constant contact” with the prime minister", direct: no}},
	{"long quote over sentences", `“Have they struck yet? No. Until they do, we wait,” one senior official told Reuters, explaining the logic.`,
		want{cue: "told", source: "one senior official", kind: "anonymous", via: "Reuters", content: "Have they struck yet? No. Until they do, we wait", direct: yes}},
	{"belief", `Most economists believe the slowdown will be brief.`,
		want{cue: "believe", source: "Most economists", content: "the slowdown will be brief", cueType: "belief"}},
	{"intention", `They plan to announce the results later.`,
		want{cue: "plan", source: "They", content: "to announce the results later", cueType: "intention"}},
	{"vowed", `The governor vowed to veto the bill.`,
		want{cue: "vowed", source: "The governor", content: "to veto the bill", cueType: "intention"}},
	{"knowledge", `The inspectors learned that the reactor had been restarted.`,
		want{cue: "learned", source: "The inspectors", content: "the reactor had been restarted", cueType: "knowledge"}},
	{"evaluation", `Senator Ann Lee criticized the decision to close the base.`,
		want{cue: "criticized", source: "Senator Ann Lee", content: "the decision to close the base", cueType: "evaluation"}},
	{"progressive", `The mayor is insisting that the budget balances.`,
		want{cue: "insisting", source: "The mayor", content: "the budget balances", stance: "loaded"}},
	{"evidence", `The audit found that the fund had lost money.`,
		want{cue: "found", source: "The audit", content: "the fund had lost money", cueType: "evidence"}},
	{"split quote joined", "“We will win this,” the senator said. “Nobody doubts it.”\n\nThe vote is on Monday.",
		want{cue: "said", source: "the senator", content: "We will win this,” the senator said. “Nobody doubts it.", direct: yes}},
	{"share of a poll", `Sixty-six percent said it made no difference to them.`,
		want{cue: "said", source: "Sixty-six percent", kind: "anonymous", content: "it made no difference to them"}},
	{"half of voters", `In each state, about half of voters say they prefer an outsider.`,
		want{cue: "say", source: "half of voters", content: "they prefer an outsider"}},
	{"common-noun source", `His lawyer said the charges would be dropped.`,
		want{cue: "said", source: "His lawyer", content: "the charges would be dropped"}},
	{"after p.m.", `The polls close at 7 p.m. He says the count will be quick.`,
		want{cue: "says", source: "He", content: "the count will be quick"}},
	{"adverb before the cue", `Clinton now says the deal was a mistake.`,
		want{cue: "says", source: "Clinton", content: "the deal was a mistake"}},
	{"headline colon", `Senator Lee: The bill will not pass this year.`,
		want{cue: ":", source: "Senator Lee", content: "The bill will not pass this year"}},
	{"restated belief is one statement", `The minister said he believes the talks will fail.`,
		want{cue: "said", source: "The minister", content: "he believes the talks will fail"}},
	{"speech type", `The minister said the talks had failed.`,
		want{cue: "said", cueType: "speech"}},
}

func TestAttributions(t *testing.T) {
	for _, c := range attributionCases {
		t.Run(c.name, func(t *testing.T) {
			a, err := analyze.Analyze(c.text)
			if err != nil {
				t.Fatalf("Analyze: %v", err)
			}
			if len(a.Attributions) != 1 {
				var got []string
				for _, at := range a.Attributions {
					got = append(got, c.text[at.Cue.Start:at.Cue.End]+": "+c.text[at.Content.Start:at.Content.End])
				}
				t.Fatalf("Analyze(%q): got %d attributions %q, want 1", c.text, len(a.Attributions), got)
			}
			at := a.Attributions[0]
			s := func(sp analyze.Span) string { return c.text[sp.Start:sp.End] }
			check := func(field, got, want string) {
				if want != "" && got != want {
					t.Errorf("%s: got %q, want %q", field, got, want)
				}
				if field == "cue" {
					if w := c.want.cueType; w != "" && at.CueType != w {
						t.Errorf("cueType: got %q, want %q", at.CueType, w)
					}
				}
			}
			check("cue", s(at.Cue), c.want.cue)
			check("source", s(at.Source), c.want.source)
			check("resolved", at.Resolved, c.want.resolved)
			check("kind", at.Kind, c.want.kind)
			check("content", s(at.Content), c.want.content)
			check("stance", at.Stance, c.want.stance)
			if c.want.via != "" {
				if at.Via == nil {
					t.Errorf("via: got nil, want %q", c.want.via)
				} else {
					check("via", s(*at.Via), c.want.via)
				}
			}
			if c.want.noVia && at.Via != nil {
				t.Errorf("via: got %q, want nil", s(*at.Via))
			}
			if c.want.direct != nil && at.Direct != *c.want.direct {
				t.Errorf("direct: got %v, want %v", at.Direct, *c.want.direct)
			}
		})
	}
}

// TestNoAttribution checks sentences that use a reporting verb but credit
// no statement to anyone.
func TestNoAttribution(t *testing.T) {
	for _, text := range []string{
		`The company did not respond to a request for comment.`,
		`Officials would argue about the budget for weeks.`,
		`An Israeli plan to build the road was shelved.`,
		`Another eight states have split control.`,
		`Update: The road reopened at noon today.`,
		`The Latest: Senator wins the state primary.`,
		`However, we do what we must, and the country knows what is good for it.`,
		`The pattern is clear: the plan is not working.`,
		`Here is the list: apples, pears and plums.`,
		`His recent attacks on the governor have drawn fire.`,
		`The mayor is adding to her lead in the polls.`,
		`The party maintains a firm grip on the council.`,
		`The attack drew wide condemnation, and the fears grew.`,
		`The consequences of the Daily Courier report are hard to overstate.`,
		`Her claims were dismissed by the court in March.`,
		`Several break-ins believed to have been carried out by one crew have hit the port.`,
		`The leak of dozens of budget documents posted on a forum alarmed the council.`,
	} {
		a, err := analyze.Analyze(text)
		if err != nil {
			t.Fatalf("Analyze: %v", err)
		}
		for _, at := range a.Attributions {
			t.Errorf("Analyze(%q): got attribution %q: %q, want none", text, text[at.Cue.Start:at.Cue.End], text[at.Content.Start:at.Content.End])
		}
	}
}

// TestContinuedQuote checks that a quotation carried over into the next
// paragraph (the first left unclosed, the next opened again) keeps its
// speaker.
func TestContinuedQuote(t *testing.T) {
	text := "Senator Jane Roe said: \"We were promised a vote.\n\"Instead, we got a press release.\"\nThe vote was delayed."
	a, err := analyze.Analyze(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Quotes) != 2 {
		t.Fatalf("Quotes: got %d, want 2", len(a.Quotes))
	}
	for i, q := range a.Quotes {
		if q.Speaker == nil || text[q.Speaker.Start:q.Speaker.End] != "Senator Jane Roe" {
			t.Errorf("Quotes[%d] %q: got speaker %v, want Senator Jane Roe", i, text[q.Start:q.End], q.Speaker)
		}
	}
}
