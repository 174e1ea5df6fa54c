package engine_test

import (
	"strings"
	"testing"

	"wirediff/internal/engine"
)

// FuzzSpans is the property test of the contract's spans: on any input,
// every span of the analysis and of the comparison lies inside its text, on
// character boundaries, with text equal to the UTF-16 slice; bad input gets
// an error, never a panic. Run it with
//
//	go test -fuzz=FuzzSpans -fuzztime=60s ./internal/engine
func FuzzSpans(f *testing.F) {
	// A few paragraphs of the real article: whole articles make each run
	// too slow for the fuzzer to get anywhere; TestSpansAreUTF16Slices
	// checks those.
	paras := strings.Split(article(f), "\n")[:7]
	base := strings.Join(paras, "\n")
	f.Add(base, strings.Join(append(paras[len(paras)/2:], paras[:len(paras)/2]...), "\n"))
	f.Add(base, strings.ReplaceAll(base, "\n", "\r\n"))
	f.Add("👩‍👩‍👧 Families said: “We are here,” said Dana Cohen.", "👩‍👩‍👧 Families said: “We are here,” Dana Cohen claimed.")
	f.Add("ראש הממשלה אמר: “אנחנו עושים מה שצריך.”", "قال رئيس الوزراء: «نحن نفعل ما يجب».")
	f.Add("我们今天去北京。他说：“天气很好。”", "เราไปกรุงเทพวันนี้ เขากล่าวว่า “อากาศดี”")
	f.Add("He said: “We will not stop. Nobody asked", strings.Repeat("“", 300))
	f.Add("cafe\u0301 said a\u00a0man.", "<img src=x onerror=alert(1)> said officials.")
	f.Add("", "text")
	f.Fuzz(func(t *testing.T, a, b string) {
		if an, err := engine.Analyze(a); err == nil {
			checkSpans(t, "analysis", a, an, false)
		}
		for _, attr := range []bool{true, false} {
			c, err := engine.Compare(a, b, engine.Options{Attribution: attr})
			if err != nil {
				continue
			}
			checkSpans(t, "A", a, c.A, false)
			checkSpans(t, "B", b, c.B, false)
			for i, bl := range c.Blocks {
				if bl.A != nil {
					checkSpans(t, "block A", a, bl.A, false)
				}
				if bl.B != nil {
					checkSpans(t, "block B", b, bl.B, false)
				}
				if bl.A == nil && bl.B == nil {
					t.Errorf("block %d has no span", i)
				}
			}
			for _, e := range c.EntityChanges {
				if e.Op == "added" {
					checkSpans(t, "entity", b, e.Span, false)
				} else {
					checkSpans(t, "entity", a, e.Span, false)
				}
			}
			for _, n := range c.NumberChanges {
				checkSpans(t, "number A", a, n.A, false)
				checkSpans(t, "number B", b, n.B, false)
			}
			for _, n := range c.TitleChanges {
				checkSpans(t, "title A", a, n.A, false)
				checkSpans(t, "title B", b, n.B, false)
			}
			for _, ch := range c.AttributionChanges {
				if ch.A != nil && (*ch.A < 0 || *ch.A >= len(c.A.Attributions)) ||
					ch.B != nil && (*ch.B < 0 || *ch.B >= len(c.B.Attributions)) ||
					ch.Block < -1 || ch.Block >= len(c.Blocks) {
					t.Errorf("change %+v indexes out of range", ch)
				}
			}
		}
	})
}
