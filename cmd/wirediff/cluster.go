package main

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"wirediff/internal/cluster"
	"wirediff/internal/contract"
	"wirediff/internal/engine"
)

const usageCluster = "usage: wirediff cluster [--no-attribution] DIR|FILES…|FILE.jsonl\n"

// corpus is the texts a cluster command reads: files, or the records of
// a JSON Lines file. It reads each text when asked, so that the texts are
// never all in memory.
type corpus interface {
	len() int
	// row returns a row naming text i (its File or ID set).
	row(i int) contract.CopyRow
	text(i int) (string, error)
}

// cmdCluster groups the texts into clusters of near-duplicates and writes
// one JSON line per cluster (contract.ClusterLine): the proposed original,
// why, and every member compared with it.
func cmdCluster(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("cluster", flag.ContinueOnError)
	fl.SetOutput(stderr)
	noAttr := fl.Bool("no-attribution", false, "compare the wording only")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if fl.NArg() == 0 {
		fmt.Fprint(stderr, usageCluster)
		return 2
	}
	fs := diskFS()
	var texts corpus
	if ext := strings.ToLower(filepath.Ext(fl.Arg(0))); fl.NArg() == 1 && (ext == ".jsonl" || ext == ".ndjson") {
		recs, err := openRecords(fs, fl.Arg(0))
		if err != nil {
			return fail(err, false, stdout, stderr)
		}
		defer recs.close()
		texts = recs
	} else {
		files, err := listFiles(fs, fl.Args(), "")
		if err != nil {
			return fail(err, false, stdout, stderr)
		}
		texts = fileCorpus{engine.NewWorkspace(fs), files}
	}
	n := texts.len()
	if n == 0 {
		return fail(fmt.Errorf("no texts in %v", fl.Args()), false, stdout, stderr)
	}
	// Pass one: a signature of every text; the texts are not kept.
	docs := make([]cluster.Doc, n)
	bad := make([]*contract.Error, n)
	bar := newProgress(stderr, n, "texts read")
	ordered(n, func(i int) error {
		t, err := texts.text(i)
		if err != nil {
			return err
		}
		docs[i] = cluster.Describe(t)
		return nil
	}, func(i int, err error) error {
		bar.set(i + 1)
		if err != nil {
			bad[i] = engine.ErrorRow(err).Error
		}
		return nil
	})
	bar.end()
	// Pass two: each cluster's members compared with its original, one
	// cluster at a time.
	opt := engine.Options{Attribution: !*noAttr}
	bar = newProgress(stderr, n, "texts compared")
	done, failed := 0, 0
	for _, c := range cluster.Group(docs) {
		line := contract.ClusterLine{Why: c.Why, Members: make([]contract.CopyRow, 0, len(c.Members))}
		orow := texts.row(c.Original)
		line.Original = orow.File + orow.ID
		original, err := texts.text(c.Original)
		err = ordered(len(c.Members), func(k int) contract.CopyRow {
			m := c.Members[k]
			r := texts.row(m.Index)
			var cr contract.CopyRow
			switch {
			case bad[m.Index] != nil:
				cr = contract.CopyRow{Changes: map[string]int{}, Error: bad[m.Index]}
			case err != nil:
				cr = engine.ErrorRow(err)
			default:
				cr = compareText(original, texts, m.Index, opt)
			}
			cr.File, cr.ID, cr.Resemblance = r.File, r.ID, m.Resemblance
			return cr
		}, func(_ int, r contract.CopyRow) error {
			done++
			bar.set(done)
			if r.Error != nil {
				failed++
			}
			line.Members = append(line.Members, r)
			return nil
		})
		if err == nil {
			err = writeJSON(stdout, line)
		}
		if err != nil {
			bar.end()
			return fail(err, false, stdout, stderr)
		}
	}
	bar.end()
	if failed > 0 {
		fmt.Fprintf(stderr, "wirediff: %d of %d texts could not be compared (see their \"error\")\n", failed, n)
		return 1
	}
	return 0
}

// compareText compares text i of texts with original.
func compareText(original string, texts corpus, i int, opt engine.Options) contract.CopyRow {
	t, err := texts.text(i)
	if err != nil {
		return engine.ErrorRow(err)
	}
	c, err := engine.Compare(original, t, opt)
	if err != nil {
		return engine.ErrorRow(err)
	}
	return engine.CopyRow(c)
}

// fileCorpus is files on the disk.
type fileCorpus struct {
	ws    *engine.Workspace
	files []input
}

func (f fileCorpus) len() int                   { return len(f.files) }
func (f fileCorpus) row(i int) contract.CopyRow { return contract.CopyRow{File: f.files[i].name} }
func (f fileCorpus) text(i int) (string, error) { return f.ws.Read(f.files[i].path) }
