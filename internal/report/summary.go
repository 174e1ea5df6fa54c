package report

import (
	"fmt"
	"math"
	"strings"

	"wirediff/internal/contract"
)

// Percent prints a share in [0, 1] as a percentage that says 100% only when
// the share is whole and 0% only when it is nothing ("99.9%", "<1%").
func Percent(x float64) string {
	switch {
	case x >= 1:
		return "100%"
	case x <= 0:
		return "0%"
	case x > 0.99:
		return fmt.Sprintf("%.1f%%", math.Floor(1000*x)/10)
	case x < 0.01:
		return "<1%"
	}
	return fmt.Sprintf("%.0f%%", 100*x)
}

// SummaryLine is the one-line count of what happened to the sourcing
// ("4 quotes kept verbatim · 1 hedge removed"), or "no attributions found".
func SummaryLine(s *contract.Summary) string {
	var parts []string
	for _, c := range summaryCounts(s) {
		switch {
		case c.n == 1:
			parts = append(parts, "1 "+c.one)
		case c.n > 1:
			parts = append(parts, fmt.Sprintf("%d %s", c.n, c.many))
		}
	}
	if len(parts) == 0 {
		return "no attributions found"
	}
	return strings.Join(parts, " · ")
}

type count struct {
	n         int
	one, many string
}

func summaryCounts(s *contract.Summary) []count {
	if s == nil {
		return nil
	}
	return []count{
		{s.Phantoms, "phantom credit to the original", "phantom credits to the original"},
		{s.QuotesInvented, "quote invented", "quotes invented"},
		{s.QuotesVerbatim, "quote kept verbatim", "quotes kept verbatim"},
		{s.QuotesAltered, "quote altered", "quotes altered"},
		{s.QuotesParaphrased, "quote turned into paraphrase", "quotes turned into paraphrase"},
		{s.Dropped, "attribution dropped", "attributions dropped"},
		{s.Added, "attribution added", "attributions added"},
		{s.SourcesChanged, "source changed", "sources changed"},
		{s.CuesChanged, "cue changed", "cues changed"},
		{s.ViasChanged, "outlet changed", "outlets changed"},
		{s.HedgesRemoved, "hedge removed", "hedges removed"},
		{s.HedgesAdded, "hedge added", "hedges added"},
		{s.Unattributed, "claim now unattributed", "claims now unattributed"},
		{s.Stronger, "change makes a claim look stronger", "changes make a claim look stronger"},
		{s.Weaker, "change makes a claim look weaker", "changes make a claim look weaker"},
	}
}
