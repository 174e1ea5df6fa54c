package report

import (
	"strings"

	"wirediff/internal/contract"
)

// kindLabels are the words a report labels each kind of change with.
var kindLabels = map[string]string{
	"phantom":             "phantom credit",
	"quote-invented":      "quote invented",
	"quote-altered":       "quote altered",
	"quote-to-paraphrase": "quote → paraphrase",
	"dropped":             "attribution dropped",
	"added":               "attribution added",
	"unattributed":        "now unattributed",
	"source-changed":      "source changed",
	"kind-changed":        "source type changed",
	"cue-changed":         "cue changed",
	"via-changed":         "outlet changed",
	"hedge-removed":       "hedge removed",
	"hedge-added":         "hedge added",
}

// directionWords say a change's direction to a reader.
var directionWords = map[string]string{
	"stronger": "B makes the claim look stronger",
	"weaker":   "B makes the claim look weaker",
}

// ChangeLabel returns the one label of a change's row and its detail
// without the leading label the engine writes ("cue changed: "), so that no
// row says its label twice. A detail that names the change better ("source
// inflated: +senior …") gives the label.
func ChangeLabel(ch contract.AttributionChange) (label, detail string) {
	label, detail = kindLabels[ch.Kind], ch.Detail
	if label == "" {
		label = ch.Kind
	}
	if i := strings.Index(detail, ": "); i > 0 && i <= 32 && isLabel(detail[:i]) {
		if lead := detail[:i]; lead == "source inflated" || lead == "source deflated" {
			label = lead
		}
		detail = detail[i+2:]
	}
	return label, detail
}

// isLabel reports whether s reads as a label: lower-case words.
func isLabel(s string) bool {
	for _, r := range s {
		if (r < 'a' || r > 'z') && r != ' ' && r != '-' {
			return false
		}
	}
	return true
}

// UnrelatedLine says why a comparison of two different reports lists no
// attribution changes.
func UnrelatedLine(similarity float64) string {
	return "These texts are not versions of one report (only " + Percent(similarity) +
		" of their words align), so their attributions are not compared."
}
