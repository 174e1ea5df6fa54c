package main

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"

	"wirediff/internal/contract"
	"wirediff/internal/engine"
	"wirediff/internal/report"
)

const usageAgainst = "usage: wirediff compare --against ORIGINAL [--html] [--no-attribution] DIR|FILES…\n"

// hasAgainst reports whether compare's arguments ask for many copies
// against one original.
func hasAgainst(args []string) bool {
	for _, a := range args {
		switch {
		case a == "--":
			return false
		case a == "--against" || a == "-against" || len(a) > 10 && (a[:10] == "--against=" || a[:9] == "-against="):
			return true
		}
	}
	return false
}

// cmdAgainst compares every copy with one original and writes one JSON line
// per copy (contract.CopyRow), in the order given, as each is ready; with
// --html, a report ranking the copies instead.
func cmdAgainst(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("compare", flag.ContinueOnError)
	fl.SetOutput(stderr)
	orig := fl.String("against", "", "the original every copy is compared with")
	asHTML := fl.Bool("html", false, "print a standalone HTML report ranking the copies")
	noAttr := fl.Bool("no-attribution", false, "compare the wording only")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if *orig == "" || fl.NArg() == 0 {
		fmt.Fprint(stderr, usageAgainst)
		return 2
	}
	fs := diskFS()
	ws := engine.NewWorkspace(fs)
	origPath, err := filepath.Abs(*orig)
	if err != nil {
		return fail(err, false, stdout, stderr)
	}
	original, err := ws.Read(origPath)
	if err != nil {
		return fail(err, false, stdout, stderr)
	}
	files, err := listFiles(fs, fl.Args(), origPath)
	if err != nil {
		return fail(err, false, stdout, stderr)
	}
	if len(files) == 0 {
		return fail(fmt.Errorf("no copies to compare in %v", fl.Args()), false, stdout, stderr)
	}
	opt := engine.Options{Attribution: !*noAttr}
	bar := newProgress(stderr, len(files), "copies")
	var rows []contract.CopyRow
	failed := 0
	err = ordered(len(files), func(i int) contract.CopyRow {
		return compareCopy(ws, original, files[i], opt)
	}, func(i int, r contract.CopyRow) error {
		bar.set(i + 1)
		if r.Error != nil {
			failed++
			fmt.Fprintf(stderr, "\rwirediff: %s: %s\n", r.File, r.Error.Message)
		}
		if *asHTML {
			rows = append(rows, r)
			return nil
		}
		return writeJSON(stdout, r)
	})
	bar.end()
	if err == nil && *asHTML {
		err = report.Ranking(stdout, rows, filepath.Base(origPath))
	}
	if err != nil {
		return fail(err, false, stdout, stderr)
	}
	if failed > 0 {
		return 1
	}
	return 0
}

// compareCopy reads the copy in and compares it with original.
func compareCopy(ws *engine.Workspace, original string, in input, opt engine.Options) contract.CopyRow {
	r := func() contract.CopyRow {
		text, err := ws.Read(in.path)
		if err != nil {
			return engine.ErrorRow(err)
		}
		c, err := engine.Compare(original, text, opt)
		if err != nil {
			return engine.ErrorRow(err)
		}
		return engine.CopyRow(c)
	}()
	r.File = in.name
	return r
}
