// Command wirediff-beam is wirediff's clustering and comparison as an
// Apache Beam pipeline, for corpora too large for one machine: it reads
// JSON Lines records {"id", "text", …}, clusters near-duplicates with
// internal/cluster, compares every text with its cluster's original with
// internal/engine — the same code as "wirediff cluster" — and writes one
// JSON line per cluster (contract.ClusterLine) to OUTPUT/clusters.jsonl.
//
//	go run ./cmd/wirediff-beam --input corpus.jsonl --output out/
//
// runs on Beam's direct runner, in this process. Any other Beam runner
// takes the usual --runner flag and that runner's flags: see README.md.
// Record ids must be unique; a record with no id is named by a hash of its
// text.
package main

import (
	"context"
	"flag"
	"log"
	"path/filepath"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

var (
	input       = flag.String("input", "", "JSON Lines file (or glob) of {\"id\", \"text\", …} records")
	output      = flag.String("output", "", "folder to write clusters.jsonl into")
	attribution = flag.Bool("attribution", true, "compare attribution too, not only the wording")
)

func main() {
	flag.Parse()
	if *input == "" || *output == "" {
		log.Fatal("usage: wirediff-beam --input corpus.jsonl --output out/ [--runner …]")
	}
	// The direct runner unless another is asked for: it needs no set-up.
	runnerSet := false
	flag.Visit(func(f *flag.Flag) { runnerSet = runnerSet || f.Name == "runner" })
	if !runnerSet {
		if err := flag.Set("runner", "direct"); err != nil {
			log.Fatal(err)
		}
	}
	beam.Init()
	p, s := beam.NewPipelineWithRoot()
	Pipeline(s, *input, filepath.Join(*output, "clusters.jsonl"), *attribution)
	if err := beamx.Run(context.Background(), p); err != nil {
		log.Fatalf("wirediff-beam: %v", err)
	}
}
