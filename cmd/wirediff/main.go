// Command wirediff runs the wirediff engine on the command line: the same
// analysis and comparison the browser shows, as text, JSON or an HTML report,
// and a static server for the built site.
//
//	wirediff analyze [--json] FILE|-
//	wirediff compare [--json|--html] [--no-attribution] [--label-a NAME] [--label-b NAME] A B
//	wirediff compare --against ORIGINAL [--html] [--no-attribution] DIR|FILES…
//	wirediff cluster [--no-attribution] DIR|FILES…|FILE.jsonl
//	wirediff serve [--port N] [DIR]
//
// Errors go to stderr and the exit status is non-zero; with --json the error
// is also the contract's error object on stdout.
package main

import (
	"fmt"
	"io"
	"os"
)

const usage = `usage:
  wirediff analyze [--json] FILE|-                        who is quoted, how each claim is attributed
  wirediff compare [--json|--html] [--no-attribution] A B  how two versions differ (A or B may be -);
      [--label-a NAME] [--label-b NAME]                    name the versions ("Reuters"), so that B's credits to A are checked
  wirediff compare --against ORIGINAL [--html] DIR|FILES…  each copy against the original, one JSON line each
  wirediff cluster DIR|FILES…|FILE.jsonl                  group near-duplicates, propose each group's original
  wirediff serve [--port N] [DIR]                         serve the built site (default DIR: dist)
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole command, testable without a process.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "analyze":
		return cmdAnalyze(args[1:], stdin, stdout, stderr)
	case "compare":
		if hasAgainst(args[1:]) {
			return cmdAgainst(args[1:], stdout, stderr)
		}
		return cmdCompare(args[1:], stdin, stdout, stderr)
	case "cluster":
		return cmdCluster(args[1:], stdout, stderr)
	case "serve":
		return cmdServe(args[1:], stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "wirediff: unknown command %q\n%s", args[0], usage)
	return 2
}
