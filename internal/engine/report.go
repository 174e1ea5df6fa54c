package engine

import (
	"bytes"
	"encoding/json"

	"wirediff/internal/contract"
	"wirediff/internal/report"
)

// Report renders a Comparison, given as the contract's JSON (what Compare
// returned, as the page holds it), as a standalone HTML report with no
// script; title names the two versions ("" for a generic title). Bad JSON is
// an error with the code "bad-options".
func Report(comparisonJSON, title string) (_ string, err error) {
	defer recovered(&err)
	var c contract.Comparison
	if err := json.Unmarshal([]byte(comparisonJSON), &c); err != nil {
		return "", errorf(CodeBadOptions, "The report needs a comparison as JSON: %v.", err)
	}
	if c.Version != contract.Version {
		return "", errorf(CodeBadOptions, "The report needs a %s comparison, not %q.", contract.Version, c.Version)
	}
	var buf bytes.Buffer
	if err := report.Comparison(&buf, &c, title); err != nil {
		return "", errorf(CodeInternal, "The report failed: %v.", err)
	}
	return buf.String(), nil
}
