package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// renderedRow is one row of the aligned view as the page shows it; texts
// leave out the visually hidden "deleted:"/"inserted:" labels.
type renderedRow struct {
	Block    int      `json:"block"`
	Op       string   `json:"op"`
	A        string   `json:"a"`
	B        string   `json:"b"`
	Dels     []string `json:"dels"`
	Ins      []string `json:"ins"`
	MoveNote string   `json:"moveNote"`
}

// shown is a JS helper: an element's text without screen-reader labels.
const shownJS = `const shown = (el) => { if (!el) return ""; const c = el.cloneNode(true); c.querySelectorAll(".wd-vh, .wd-side-label, .wd-move-note, .wd-tag").forEach((x) => x.remove()); return c.textContent; };`

func rows(tb *tab, root string) []renderedRow {
	tb.t.Helper()
	return eval[[]renderedRow](tb, fmt.Sprintf(`(() => { %s
		return [...%s.querySelectorAll(".wd-row[data-block]")].map((r) => ({
			block: Number(r.dataset.block),
			op: [...r.classList].find((c) => c.startsWith("wd-op-")).slice(6),
			a: shown(r.querySelector(".wd-a")),
			b: shown(r.querySelector(".wd-b")),
			dels: [...r.querySelectorAll("del")].map(shown),
			ins: [...r.querySelectorAll("ins")].map(shown),
			moveNote: r.querySelector(".wd-move-note")?.textContent || "",
		}));
	})()`, shownJS, root))
}

type renderedChange struct {
	Kind   string   `json:"kind"`
	Detail string   `json:"detail"`
	Block  int      `json:"block"`
	Ins    []string `json:"ins"`
	Dels   []string `json:"dels"`
}

func changeItems(tb *tab, root string) []renderedChange {
	tb.t.Helper()
	return eval[[]renderedChange](tb, fmt.Sprintf(`(() => { %s
		return [...%s.querySelectorAll(".wd-attr .wd-changes > li")].map((li) => ({
			kind: li.dataset.kind,
			detail: li.querySelector(".wd-detail").textContent,
			block: li.querySelector("[data-block]") ? Number(li.querySelector("[data-block]").dataset.block) : -1,
			ins: [...li.querySelectorAll("ins")].map(shown),
			dels: [...li.querySelectorAll("del")].map(shown),
		}));
	})()`, shownJS, root))
}

func findRow(rs []renderedRow, f func(renderedRow) bool) (renderedRow, bool) {
	for _, r := range rs {
		if f(r) {
			return r, true
		}
	}
	return renderedRow{}, false
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestCompareEditedPair(t *testing.T) {
	a, b := editedPair(t)
	tb := newTab(t)
	tb.navigate("/?test")

	// Paste and press Compare while the engine is still loading: the
	// request must wait for it, not be lost.
	eval[bool](tb, `(() => {
		window.__sawPending = false;
		new MutationObserver(() => {
			if (document.querySelector("#results .wd-pending")) window.__sawPending = true;
		}).observe(document.body, {childList: true, subtree: true});
		return true;
	})()`)
	tb.paste("text-a", a)
	tb.paste("text-b", b)
	loading := eval[bool](tb, `document.getElementById("engine").dataset.state !== "ready"`)
	tb.click("#compare")
	if loading {
		status := eval[string](tb, `document.getElementById("status").textContent`)
		if !strings.Contains(status, "as soon as the engine is ready") {
			t.Errorf("status after Compare during loading = %q, want it to say the comparison waits for the engine", status)
		}
	} else {
		t.Log("the engine was ready before Compare was pressed; the queued-during-load path was not exercised")
	}
	tb.waitJS(`document.getElementById("status").textContent.startsWith("Compared in")`, 90*time.Second, "the comparison")
	if !eval[bool](tb, `window.__sawPending`) {
		t.Error("the wording diff was never shown on its own before the attribution results")
	}

	cmp := engineCompare(tb, a, b)
	requireKinds(t, cmp, "quote-altered", "cue-changed", "hedge-removed")

	rs := rows(tb, "document.getElementById('results')")
	// A long unchanged passage folds on its own, counting its words.
	folded := eval[int](tb, `document.querySelectorAll("#results .wd-row.wd-fold[data-words]").length`)
	if len(rs)+folded != len(cmp.Blocks) {
		t.Errorf("rendered %d rows and %d folded passages, want one per block (%d)", len(rs), folded, len(cmp.Blocks))
	}

	// An aligned edit pair with the exact changed word on each side.
	if _, ok := findRow(rs, func(r renderedRow) bool {
		return r.Op == "edit" && has(r.Dels, "emphasized") && has(r.Ins, "claimed") &&
			strings.Contains(r.A, "American officials emphasized") && strings.Contains(r.B, "American officials claimed")
	}); !ok {
		t.Error(`no edit row pairs "American officials emphasized" (del "emphasized") with "American officials claimed" (ins "claimed")`)
	}
	if _, ok := findRow(rs, func(r renderedRow) bool { return r.Op == "edit" && has(r.Dels, "reportedly") }); !ok {
		t.Error(`no edit row shows "reportedly" deleted`)
	}

	// The swapped paragraph is one move, not a delete and an insert.
	mv, ok := findRow(rs, func(r renderedRow) bool { return r.Op == "move" })
	if !ok {
		t.Fatal("no move row for the swapped paragraphs")
	}
	if !strings.HasPrefix(mv.B, "The Reuters report suggested") && !strings.HasPrefix(mv.B, "While the officials declined") {
		t.Errorf("the move row holds %q, want one of the swapped paragraphs", short(mv.B))
	}
	if !strings.Contains(mv.MoveNote, "moved from sentence") {
		t.Errorf("move note = %q, want it to say where in A the passage was", mv.MoveNote)
	}
	for _, r := range rs {
		if r.Op == "delete" && strings.HasPrefix(r.A, mv.B[:30]) {
			t.Errorf("the moved passage is also shown as deleted (row %d)", r.Block)
		}
	}
	tb.click(fmt.Sprintf(`#cmp-row-%d .wd-move-note button`, mv.Block))
	if !eval[bool](tb, fmt.Sprintf(`(() => { const o = document.getElementById("cmp-origin-%d"); return !!o && o.classList.contains("wd-target") && document.activeElement === o; })()`, mv.Block)) {
		t.Errorf(`"show where" on the move did not focus and highlight the marker where the passage stood in A (focus: %s)`, eval[string](tb, `document.activeElement.outerHTML.slice(0, 200)`))
	}

	// The added paragraph: a row with B only.
	if _, ok := findRow(rs, func(r renderedRow) bool {
		return r.Op == "insert" && strings.Contains(r.B, "foreign ministry said on Monday") && strings.TrimSpace(r.A) == ""
	}); !ok {
		t.Error("no insert row with the added paragraph and an empty A side")
	}

	// The figures.
	figs := eval[string](tb, `document.querySelector("#results .wd-figures").textContent`)
	for _, want := range []string{
		"Similarity" + percent(cmp.Similarity),
		"B copied from A" + percent(cmp.Reuse.BFromA),
		fmt.Sprintf("Longest copied run%d words", cmp.Reuse.LongestRun),
	} {
		if !strings.Contains(figs, want) {
			t.Errorf("figures %q do not show %q", figs, want)
		}
	}

	// The summary line, from the engine's counts.
	summary := eval[string](tb, `document.querySelector("#results .wd-summary").textContent`)
	s := cmp.Summary
	for _, want := range []string{
		count(s["quotesAltered"], "quote altered", "quotes altered"),
		count(s["hedgesRemoved"], "hedge removed", "hedges removed"),
		count(s["cuesChanged"], "cue changed", "cues changed"),
		count(s["unattributed"], "claim now unattributed", "claims now unattributed"),
	} {
		if !strings.Contains(summary, want) {
			t.Errorf("summary %q does not say %q", summary, want)
		}
	}

	// Every change the engine found is listed, with its detail.
	items := changeItems(tb, "document.getElementById('results')")
	if len(items) != len(cmp.AttributionChanges) {
		t.Errorf("listed %d attribution changes, the engine found %d", len(items), len(cmp.AttributionChanges))
	}
	for i, c := range cmp.AttributionChanges {
		if i >= len(items) {
			break
		}
		if items[i].Kind != c.Kind || items[i].Detail != c.Detail || items[i].Block != c.Block {
			t.Errorf("change %d: rendered %+v, want kind %q, block %d, detail %q", i, items[i], c.Kind, c.Block, c.Detail)
		}
		if c.Kind == "quote-altered" {
			for _, w := range c.Words {
				if w.Op == "insert" && !has(items[i].Ins, strings.TrimSpace(w.Text)) {
					t.Errorf("the quote-altered item does not show %q inserted in the quotation (shows %q)", w.Text, items[i].Ins)
				}
			}
		}
	}

	// Picking a change scrolls to its pair, focuses and highlights it.
	var cue change
	for _, c := range cmp.AttributionChanges {
		if c.Kind == "cue-changed" && strings.Contains(c.Detail, "“emphasized” → “claimed”") {
			cue = c
			break
		}
	}
	if cue.Kind == "" {
		t.Fatalf("the engine reported no cue change “emphasized” → “claimed”: %+v", cmp.AttributionChanges)
	}
	tb.click(fmt.Sprintf(`#results .wd-changes > li[data-kind="cue-changed"] button[data-block="%d"]`, cue.Block))
	tb.waitJS(fmt.Sprintf(`(() => {
		const r = document.getElementById("cmp-row-%d");
		if (!r || document.activeElement !== r || !r.classList.contains("wd-target")) return false;
		const box = r.getBoundingClientRect();
		return box.bottom > 0 && box.top < innerHeight;
	})()`, cue.Block), 5*time.Second, "the cue-changed pair to be focused, highlighted and in view")

	// From the keyboard: Tab from the last change reaches the next control,
	// and Enter on a change jumps to its pair just as a click does.
	first := cmp.AttributionChanges[0]
	eval[bool](tb, `(document.querySelector("#results .wd-changes button[data-block]").focus(), true)`)
	if err := chromedp.Do(tb.ctx, chromedp.KeyEvent("\r")); err != nil {
		t.Fatal(err)
	}
	tb.waitJS(fmt.Sprintf(`document.activeElement === document.getElementById("cmp-row-%d")`, first.Block), 5*time.Second, "Enter on the first change to focus its pair")
	if err := chromedp.Do(tb.ctx, chromedp.KeyEvent("\t")); err != nil {
		t.Fatal(err)
	}
	if tag := eval[string](tb, `document.activeElement.tagName`); tag == "BODY" {
		t.Error("Tab from a focused pair leaves the focus nowhere")
	}

	// The inline view shows the same change interleaved.
	tb.click(`#results .wd-mode:nth-child(2)`)
	inl := eval[[]string](tb, fmt.Sprintf(`(() => { %s const r = document.getElementById("cmp-row-%d"); return [...r.querySelectorAll("del, ins")].map((e) => e.tagName + ":" + shown(e)); })()`, shownJS, cue.Block))
	if !has(inl, "DEL:emphasized") || !has(inl, "INS:claimed") {
		t.Errorf("inline view of the cue change shows %q, want DEL:emphasized and INS:claimed", inl)
	}
	tb.click(`#results .wd-mode:nth-child(1)`)

	if p := screenshotPath(""); p != "" {
		eval[bool](tb, `(window.scrollTo(0, 0), true)`)
		tb.screenshot(p)
	}
}

func TestEveryChangeKind(t *testing.T) {
	tb := newTab(t)
	tb.open("/?test")
	seen := map[string]bool{}
	for _, tc := range []struct {
		name string
		pair func(*testing.T) (string, string)
		want []string
	}{
		{"edited", editedPair, []string{"quote-altered", "quote-to-paraphrase", "cue-changed", "via-changed", "hedge-removed", "hedge-added", "unattributed", "added"}},
		{"sourcing", sourcingPair, []string{"source-changed", "kind-changed", "unattributed"}},
		{"dropped", droppedPair, []string{"dropped"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tb := tb.in(t)
			a, b := tc.pair(t)
			tb.compare(a, b)
			cmp := engineCompare(tb, a, b)
			requireKinds(t, cmp, tc.want...)
			items := changeItems(tb, "document.getElementById('results')")
			shownKinds := map[string]int{}
			for _, it := range items {
				shownKinds[it.Kind]++
			}
			for k, n := range kindsOf(cmp.AttributionChanges) {
				seen[k] = true
				if shownKinds[k] != n {
					t.Errorf("%q: the engine found %d, the page lists %d", k, n, shownKinds[k])
				}
			}
			details := map[string]bool{}
			for _, it := range items {
				details[it.Detail] = true
			}
			for _, c := range cmp.AttributionChanges {
				if !details[c.Detail] {
					t.Errorf("the page does not list %s: %q", c.Kind, c.Detail)
				}
			}
			others := eval[string](tb, `document.querySelector("#results .wd-others")?.textContent || ""`)
			for _, tc := range cmp.TitleChanges {
				if !strings.Contains(others, tc.A.Text+" → "+tc.B.Text) {
					t.Errorf("title change %q → %q not listed (names, titles and numbers: %q)", tc.A.Text, tc.B.Text, others)
				}
			}
			for _, nc := range cmp.NumberChanges {
				if !strings.Contains(others, nc.A.Text) || !strings.Contains(others, nc.B.Text) {
					t.Errorf("number change %q → %q not listed", nc.A.Text, nc.B.Text)
				}
			}
			for _, ec := range cmp.EntityChanges {
				if !strings.Contains(others, ec.Span.Text) {
					t.Errorf("entity %s %q not listed", ec.Op, ec.Span.Text)
				}
			}
		})
	}
	for _, k := range []string{"dropped", "added", "source-changed", "cue-changed", "via-changed", "kind-changed", "quote-altered", "quote-to-paraphrase", "hedge-added", "hedge-removed", "unattributed"} {
		if !seen[k] {
			t.Errorf("no edited pair made the engine report %q, so the page's rendering of it is untested", k)
		}
	}
}
