package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// largePair makes a pair of about 60,000 words from copies of the article,
// each paragraph numbered so that no two are alike; B drops every seventh
// paragraph and rewords every third.
func largePair(t *testing.T) (a, b string) {
	art := strings.TrimSpace(article(t))
	var as, bs []string
	n := 0
	for copy := 0; copy < 80; copy++ {
		for _, p := range strings.Split(art, "\n") {
			n++
			p = fmt.Sprintf("Dispatch %d. %s", n, p)
			as = append(as, p)
			switch {
			case n%7 == 3:
			case n%3 == 1:
				bs = append(bs, strings.Replace(p, " the ", " a ", 2))
			default:
				bs = append(bs, p)
			}
		}
	}
	return strings.Join(as, "\n"), strings.Join(bs, "\n")
}

func TestLargeComparison(t *testing.T) {
	a, b := largePair(t)
	tb := newTab(t)
	tb.open("/?test")
	tb.paste("text-a", a)
	tb.paste("text-b", b)
	// A heartbeat on the page's thread: the longest gap between its ticks
	// is the longest time the page could not answer the reader.
	eval[bool](tb, `(() => {
		window.__maxGap = 0;
		let last = performance.now();
		window.__beat = setInterval(() => { const n = performance.now(); window.__maxGap = Math.max(window.__maxGap, n - last); last = n; }, 20);
		return true;
	})()`)
	tb.clearStatus()
	tb.click("#compare")
	tb.waitJS(`document.getElementById("status").textContent.startsWith("Compared in")`, 120*time.Second, "the comparison")
	blocks := eval[int](tb, `window.__wirediffEngine.compare(document.getElementById("text-a").value, document.getElementById("text-b").value).then((c) => c.blocks.length)`)
	tb.waitJS(fmt.Sprintf(`document.querySelectorAll("#results .wd-row[data-block]").length + [...document.querySelectorAll("#results .wd-fold-btn")].reduce((n, b) => n + (b.closest(".wd-fold").dataset.words ? 1 : parseInt(b.textContent.replace(/,/g, ""))), 0) === %d`, blocks),
		30*time.Second, fmt.Sprintf("all %d passages to be rendered or folded", blocks))
	gap := eval[float64](tb, `(clearInterval(window.__beat), window.__maxGap)`)
	t.Logf("%d words in A, %d blocks; longest stall of the page: %.0f ms", len(strings.Fields(a)), blocks, gap)
	if gap > 600 {
		t.Errorf("the page's thread stalled for %.0f ms while showing a %d-block comparison", gap, blocks)
	}
	// Jumping to the last change works even if its row was built last.
	last := eval[int](tb, `(() => { const bs = document.querySelectorAll("#results .wd-changes button[data-block]"); const b = bs[bs.length - 1]; b.click(); return Number(b.dataset.block); })()`)
	tb.waitJS(fmt.Sprintf(`document.activeElement === document.getElementById("cmp-row-%d")`, last), 5*time.Second, "the last change's row to get focus")
}
