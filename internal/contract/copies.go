package contract

// CopyRow is one copy of a story compared with its original, as the
// command line's compare --against, its cluster command and the Beam
// pipeline write it, one JSON line per copy (an extension of wirediff/1).
// It holds the comparison's figures and counts, not the comparison.
type CopyRow struct {
	// File names the copy (a file name) or ID does (a record's id).
	File string `json:"file,omitempty"`
	ID   string `json:"id,omitempty"`
	// Original names the original the copy was compared with, when the
	// output holds several (the cluster command, the pipeline).
	Original   string  `json:"original,omitempty"`
	Similarity float64 `json:"similarity"`
	// Resemblance is the near-duplicate estimate that put the copy in its
	// cluster: the Jaccard index of the two texts' word bigrams, estimated
	// by MinHash (cluster output only).
	Resemblance float64 `json:"resemblance,omitempty"`
	Reuse       Reuse   `json:"reuse"`
	// Words counts the copy's words.
	Words int `json:"words"`
	// Changes counts the comparison's attribution changes by kind (every
	// kind the engine reports: "quote-altered", "source-changed", …).
	Changes map[string]int `json:"changes"`
	// AttributionChanges is the sum of Changes.
	AttributionChanges int `json:"attributionChanges"`
	// Unattributed counts the copy's claims with no attribution.
	Unattributed  int      `json:"unattributed"`
	EntityChanges int      `json:"entityChanges"`
	NumberChanges int      `json:"numberChanges"`
	TitleChanges  int      `json:"titleChanges"`
	Summary       *Summary `json:"summary,omitempty"`
	// Error is set, and the figures are zero, when the copy could not be
	// compared (an empty or binary file).
	Error *Error `json:"error,omitempty"`
}

// ClusterLine is one cluster of near-duplicates, as the command line's
// cluster command and the Beam pipeline write it, one JSON line each (an
// extension of wirediff/1). Members are every text of the cluster, the
// original first (compared with itself), each compared with the original.
type ClusterLine struct {
	Original string    `json:"original"`
	Members  []CopyRow `json:"members"`
	// Why says why Original was proposed as the original.
	Why string `json:"why"`
}
