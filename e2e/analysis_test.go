package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestAnalysisView(t *testing.T) {
	text := article(t)
	tb := newTab(t)
	tb.open("/?test")
	tb.paste("text-a", text)
	tb.clearStatus()
	tb.click("#analyze-a")
	tb.waitJS(`document.getElementById("status").textContent.startsWith("Version A analyzed")`, 60*time.Second, "the analysis")
	an := engineAnalyze(tb, text)

	// Who is quoted: Netanyahu, named, with his direct quotes; the
	// anonymous officials marked as anonymous.
	sources := eval[[]string](tb, `[...document.querySelectorAll("#results .wd-source")].map((b) => b.querySelector(".wd-source-who").textContent)`)
	direct := 0
	anon := 0
	for _, a := range an.Attributions {
		if strings.Contains(a.Resolved, "Netanyahu") && a.Direct {
			direct++
		}
		if a.Kind == "anonymous" {
			anon++
		}
	}
	if direct == 0 || anon == 0 {
		t.Fatalf("the engine found %d direct quotes from Netanyahu and %d anonymous attributions; the article has both", direct, anon)
	}
	netanyahu := ""
	for _, s := range sources {
		if strings.Contains(s, "Netanyahu") {
			netanyahu = s
		}
	}
	if !strings.Contains(netanyahu, count(direct, "direct quote", "direct quotes")) {
		t.Errorf("sources %q: want Netanyahu with %s", sources, count(direct, "direct quote", "direct quotes"))
	}
	if !strings.Contains(strings.Join(sources, "\n"), "anonymous: ") {
		t.Errorf("sources %q: want the anonymous sources labelled anonymous", sources)
	}
	figs := eval[string](tb, `document.querySelector("#results .wd-figures").textContent`)
	if want := "Anonymous sources" + percent(an.Stats.AnonymousShare); !strings.Contains(figs, want) {
		t.Errorf("figures %q do not show %q", figs, want)
	}

	// Picking Netanyahu lights his statements, and only his.
	i := eval[int](tb, `[...document.querySelectorAll("#results .wd-source")].findIndex((b) => b.textContent.includes("Netanyahu"))`)
	tb.click(fmt.Sprintf(`#results .wd-sources > li:nth-child(%d) button`, i+1))
	lit := eval[string](tb, `[...document.querySelectorAll("#results .wd-an-text .wd-lit")].map((e) => e.textContent).join("")`)
	for _, a := range an.Attributions {
		if strings.Contains(a.Resolved, "Netanyahu") && !strings.Contains(lit, a.Content.Text) {
			t.Errorf("after picking Netanyahu, his statement %q is not highlighted (highlighted: %q)", short(a.Content.Text), short(lit))
		}
	}
	if strings.Contains(lit, "Have the Iranians killed an American yet") {
		t.Error("picking Netanyahu also highlighted the anonymous official's quote")
	}
	tb.waitJS(`(() => { const b = document.querySelector("#results .wd-source[aria-pressed=true]"); const e = document.querySelector("#results .wd-lit"); if (!b || !e) return false; const r = e.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; })()`,
		5*time.Second, "the picked source to be pressed and its first statement scrolled into view")

	// Sentences without a source: as many as the engine found, by text.
	unattr := eval[[]string](tb, `[...document.querySelectorAll("#results .wd-unattributed button")].map((b) => b.textContent)`)
	if len(unattr) != len(an.Unattributed) {
		t.Errorf("listed %d sentences without a source, the engine found %d", len(unattr), len(an.Unattributed))
	} else if len(unattr) > 0 {
		first := an.Sentences[an.Unattributed[0]].Text
		if !strings.HasPrefix(first, strings.TrimSuffix(unattr[0], "…")) {
			t.Errorf("first sentence without a source is listed as %q, want the start of %q", unattr[0], short(first))
		}
		tb.click(`#results .wd-unattributed li:first-child button`)
		lit := eval[string](tb, `[...document.querySelectorAll("#results .wd-an-text .wd-lit")].map((e) => e.textContent).join("")`)
		if lit != first {
			t.Errorf("picking the first unattributed sentence lit %q, want %q", short(lit), short(first))
		}
	}

	// Page furniture is greyed, not hidden; the byline is shown.
	furniture := eval[string](tb, `[...document.querySelectorAll("#results .wd-an-text .wd-furniture")].map((e) => e.textContent).join("|")`)
	for _, b := range an.Boilerplate {
		if !strings.Contains(furniture, b.Text) {
			t.Errorf("furniture %q is not greyed in the text (greyed: %q)", b.Text, furniture)
		}
	}
	whole := eval[string](tb, `document.querySelector("#results .wd-an-text").textContent`)
	if whole != text {
		t.Errorf("the marked-up text differs from the pasted article (%d vs %d characters)", len(whole), len(text))
	}
	meta := eval[string](tb, `document.querySelector("#results .wd-meta").textContent`)
	if an.Byline == "" || !strings.Contains(meta, an.Byline) {
		t.Errorf("byline: page shows %q, engine found %q", meta, an.Byline)
	}
	hedges := eval[string](tb, `document.querySelector("#results .wd-hedges")?.textContent || ""`)
	for _, h := range an.Hedges {
		if !strings.Contains(hedges, h.Text) {
			t.Errorf("hedge %q is not listed", h.Text)
		}
	}

	if p := screenshotPath("-analysis"); p != "" {
		eval[bool](tb, `(window.scrollTo(0, 0), true)`)
		tb.screenshot(p)
	}
}

// TestCueTypes checks that the page shows what each cue credits: the cue's
// type on the marked cue and, beside a cue that is not speech, in the list
// of sources.
func TestCueTypes(t *testing.T) {
	text := "The mayor said the bridge would reopen in May.\n\nMost engineers believe the repairs will take longer.\n\nThe governor vowed to find the money."
	tb := newTab(t)
	tb.open("/?test")
	tb.paste("text-a", text)
	tb.clearStatus()
	tb.click("#analyze-a")
	tb.waitJS(`document.getElementById("status").textContent.startsWith("Version A analyzed")`, 60*time.Second, "the analysis")
	an := engineAnalyze(tb, text)
	want := map[string]string{"said": "speech", "believe": "belief", "vowed": "intention"}
	got := map[string]string{}
	for _, a := range an.Attributions {
		got[a.Cue.Text] = a.CueType
	}
	for cue, typ := range want {
		if got[cue] != typ {
			t.Errorf("engine: cue %q has type %q, want %q (all: %v)", cue, got[cue], typ, got)
		}
	}
	marked := eval[map[string]string](tb, `Object.fromEntries([...document.querySelectorAll("#results .wd-an-text .wd-cue")].map((e) => [e.textContent, e.dataset.cueType]))`)
	for cue, typ := range want {
		if marked[cue] != typ {
			t.Errorf("page: cue %q marked as %q, want %q (all: %v)", cue, marked[cue], typ, marked)
		}
	}
	hows := eval[string](tb, `[...document.querySelectorAll("#results .wd-source-how")].map((e) => e.textContent).join(" | ")`)
	for _, w := range []string{"believe (belief)", "vowed (intention)"} {
		if !strings.Contains(hows, w) {
			t.Errorf("sources list %q: want %q", hows, w)
		}
	}
	if strings.Contains(hows, "(speech)") {
		t.Errorf("sources list %q: speech cues should show no type", hows)
	}
}
