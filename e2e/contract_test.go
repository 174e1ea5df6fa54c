package e2e

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"testing"
)

// The parts of the contract's JSON the tests check the page against. The
// tests ask the engine in the page (through the test hook) for the same
// result the page rendered, so they assert what the engine produces rather
// than numbers written down here.

type span struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type word struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

type block struct {
	Op    string `json:"op"`
	A     *span  `json:"a"`
	B     *span  `json:"b"`
	Words []word `json:"words"`
}

type change struct {
	Kind   string `json:"kind"`
	Detail string `json:"detail"`
	Block  int    `json:"block"`
	Words  []word `json:"words"`
}

type comparison struct {
	Similarity float64 `json:"similarity"`
	Reuse      struct {
		BFromA     float64 `json:"bFromA"`
		LongestRun int     `json:"longestRun"`
	} `json:"reuse"`
	Blocks             []block        `json:"blocks"`
	AttributionChanges []change       `json:"attributionChanges"`
	Summary            map[string]int `json:"summary"`
	EntityChanges      []struct {
		Op    string `json:"op"`
		Span  span   `json:"span"`
		Block int    `json:"block"`
	} `json:"entityChanges"`
	NumberChanges []struct {
		A     span `json:"a"`
		B     span `json:"b"`
		Block int  `json:"block"`
	} `json:"numberChanges"`
	TitleChanges []struct {
		A      span   `json:"a"`
		B      span   `json:"b"`
		ATitle string `json:"aTitle"`
		Block  int    `json:"block"`
	} `json:"titleChanges"`
}

type attribution struct {
	Source   span   `json:"source"`
	Resolved string `json:"resolved"`
	Kind     string `json:"kind"`
	Direct   bool   `json:"direct"`
	Content  span   `json:"content"`
	Cue      span   `json:"cue"`
	CueType  string `json:"cueType"`
}

type analysis struct {
	Byline       string        `json:"byline"`
	Boilerplate  []span        `json:"boilerplate"`
	Sentences    []span        `json:"sentences"`
	Attributions []attribution `json:"attributions"`
	Hedges       []span        `json:"hedges"`
	Unattributed []int         `json:"unattributed"`
	Stats        struct {
		AnonymousShare float64 `json:"anonymousShare"`
	} `json:"stats"`
}

// engineCompare asks the page's engine (exposed by ?test) for the full
// comparison of a and b.
func engineCompare(tb *tab, a, b string) comparison {
	tb.t.Helper()
	return eval[comparison](tb, fmt.Sprintf(`window.__wirediffEngine.compare(%s, %s)`, jsString(a), jsString(b)))
}

// engineAnalyze asks the page's engine for the analysis of text.
func engineAnalyze(tb *tab, text string) analysis {
	tb.t.Helper()
	return eval[analysis](tb, fmt.Sprintf(`window.__wirediffEngine.analyze(%s)`, jsString(text)))
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// percent formats a share as the page does (web/dom.js percent).
func percent(x float64) string {
	p := x * 100
	if p > 0 && p < 10 {
		return strconv.FormatFloat(p, 'f', 1, 64) + "%"
	}
	return strconv.Itoa(int(math.Floor(p+0.5))) + "%"
}

// count is "1 quote altered" / "2 quotes altered" as the summary says it.
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

func kindsOf(cs []change) map[string]int {
	m := map[string]int{}
	for _, c := range cs {
		m[c.Kind]++
	}
	return m
}

// requireKinds fails when the engine did not report a kind the edit was
// made to cause: that is an engine finding, reported as such.
func requireKinds(t *testing.T, cmp comparison, kinds ...string) {
	t.Helper()
	got := kindsOf(cmp.AttributionChanges)
	for _, k := range kinds {
		if got[k] == 0 {
			t.Errorf("the engine reported no %q change for this edit (got %v)", k, got)
		}
	}
}
