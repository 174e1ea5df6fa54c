package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"wirediff/internal/contract"
	"wirediff/internal/engine"
	"wirediff/internal/report"
)

func cmdCompare(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("compare", flag.ContinueOnError)
	fl.SetOutput(stderr)
	asJSON := fl.Bool("json", false, "print the contract's Comparison JSON")
	asHTML := fl.Bool("html", false, "print a standalone HTML report (no script; opens offline)")
	noAttr := fl.Bool("no-attribution", false, "compare the wording only")
	color := fl.String("color", "auto", "colour the terminal diff: auto, always or never")
	labelA := fl.String("label-a", "", "name version A (its outlet or author, \"Reuters\"); B's credits to it are checked against A")
	labelB := fl.String("label-b", "", "name version B")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if fl.NArg() != 2 || *asJSON && *asHTML {
		fmt.Fprint(stderr, "usage: wirediff compare [--json|--html] [--no-attribution] [--label-a NAME] [--label-b NAME] A B\n")
		return 2
	}
	ws, names, err := workspace(fl.Args(), stdin)
	if err != nil {
		return fail(err, *asJSON, stdout, stderr)
	}
	opt := engine.Options{Attribution: !*noAttr, LabelA: strings.TrimSpace(*labelA), LabelB: strings.TrimSpace(*labelB)}
	c, err := ws.Compare(names[0], names[1], opt)
	if err != nil {
		return fail(err, *asJSON, stdout, stderr)
	}
	switch {
	case *asJSON:
		if err := writeJSON(stdout, c); err != nil {
			return fail(err, false, stdout, stderr)
		}
		return 0
	case *asHTML:
		if err := report.Comparison(stdout, c, report.Title(displayName(fl.Arg(0)), displayName(fl.Arg(1)))); err != nil {
			return fail(err, false, stdout, stderr)
		}
		return 0
	}
	ew := &errWriter{w: stdout}
	writeComparison(ew, c, useColor(*color, stdout))
	if ew.err != nil {
		return fail(fmt.Errorf("cannot write the output: %v", ew.err), false, stdout, stderr)
	}
	return 0
}

func useColor(mode string, w io.Writer) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	if os.Getenv("NO_COLOR") != "" {
		return false
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// style marks inserted, deleted and moved text: ANSI colours on a terminal,
// and always a textual mark, so the diff reads without colour too.
type style struct{ color bool }

func (s style) wrap(code, open, close, text string) string {
	text = printable(text)
	if s.color {
		return "\x1b[" + code + "m" + open + text + close + "\x1b[0m"
	}
	return open + text + close
}

func (s style) del(t string) string  { return s.wrap("31;9", "[-", "-]", t) }
func (s style) ins(t string) string  { return s.wrap("32;4", "{+", "+}", t) }
func (s style) note(t string) string { return s.wrap("33", "", "", t) }

// writeComparison prints a comparison for a person: the figures, the
// attribution changes, then every block that is not equal.
func writeComparison(w io.Writer, c *contract.Comparison, color bool) {
	st := style{color}
	fmt.Fprintf(w, "similarity %s · %s of B verbatim from A · longest copied run %d words\n",
		report.Percent(c.Similarity), report.Percent(c.Reuse.BFromA), c.Reuse.LongestRun)
	if c.Unrelated {
		fmt.Fprintf(w, "\n%s\n", report.UnrelatedLine(c.Similarity))
	} else if c.Summary != nil {
		fmt.Fprintf(w, "\nSourcing: %s\n", report.SummaryLine(c.Summary))
	}
	if len(c.AttributionChanges) > 0 {
		fmt.Fprintln(w, "\nAttribution changes")
		for _, ch := range c.AttributionChanges {
			// The page's and the report's words: one label, then the detail.
			label, detail := report.ChangeLabel(ch)
			d := printable(detail)
			if ch.Direction != "" {
				d += " [" + ch.Direction + " in B]"
			}
			fmt.Fprintf(w, "  %s %s\n", st.note(label+":"), d)
		}
	}
	if len(c.EntityChanges)+len(c.NumberChanges)+len(c.TitleChanges) > 0 {
		fmt.Fprintln(w, "\nNames, titles and numbers")
		for _, e := range c.EntityChanges {
			fmt.Fprintf(w, "  %s %s (%s)\n", st.note("entity "+e.Op+":"), printable(e.Span.Text), e.Label)
		}
		for _, t := range c.TitleChanges {
			fmt.Fprintf(w, "  %s %s → %s\n", st.note("title changed:"), printable(t.A.Text), printable(t.B.Text))
		}
		for _, n := range c.NumberChanges {
			fmt.Fprintf(w, "  %s %s → %s\n", st.note("number changed:"), printable(n.A.Text), printable(n.B.Text))
		}
	}
	equal := 0
	fmt.Fprintln(w)
	for _, b := range c.Blocks {
		switch b.Op {
		case "equal":
			equal++
			continue
		case "insert":
			fmt.Fprintf(w, "%s %s\n", st.note("+ inserted:"), st.ins(strings.TrimSpace(b.B.Text)))
		case "delete":
			fmt.Fprintf(w, "%s %s\n", st.note("- deleted:"), st.del(strings.TrimSpace(b.A.Text)))
		case "move", "edit":
			label := "~ edited:"
			if b.Op == "move" {
				label = "↷ moved:"
			}
			fmt.Fprintf(w, "%s %s\n", st.note(label), words(st, b))
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "%d of %d blocks unchanged\n", equal, len(c.Blocks))
}

func words(st style, b contract.Block) string {
	if b.Words == nil {
		return printable(strings.TrimSpace(b.B.Text))
	}
	var sb strings.Builder
	for _, wd := range b.Words {
		switch wd.Op {
		case "insert":
			sb.WriteString(st.ins(wd.Text))
		case "delete":
			sb.WriteString(st.del(wd.Text))
		default:
			sb.WriteString(printable(wd.Text))
		}
	}
	return strings.TrimSpace(sb.String())
}

// displayName names an input file in a report: its base name, or "standard
// input" for "-".
func displayName(arg string) string {
	if arg == "-" {
		return "standard input"
	}
	return filepath.Base(arg)
}
