package engine

import "wirediff/internal/contract"

// CopyRow returns the figures and counts of c, the comparison of an
// original (A) with one copy (B), for a table ranking many copies.
func CopyRow(c *contract.Comparison) contract.CopyRow {
	r := contract.CopyRow{
		Similarity:    c.Similarity,
		Reuse:         c.Reuse,
		Words:         c.B.Stats.Words,
		Changes:       map[string]int{},
		Unattributed:  len(c.B.Unattributed),
		EntityChanges: len(c.EntityChanges),
		NumberChanges: len(c.NumberChanges),
		TitleChanges:  len(c.TitleChanges),
		Summary:       c.Summary,
	}
	for _, ch := range c.AttributionChanges {
		r.Changes[ch.Kind]++
		r.AttributionChanges++
	}
	return r
}

// ErrorRow is the row of a copy that could not be compared.
func ErrorRow(err error) contract.CopyRow {
	e, ok := err.(*contract.Error)
	if !ok {
		e = &contract.Error{Code: CodeInternal, Message: err.Error()}
	}
	return contract.CopyRow{Changes: map[string]int{}, Error: e}
}
