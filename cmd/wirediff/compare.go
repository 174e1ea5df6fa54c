package main

import (
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"strings"

	"wirediff/internal/contract"
	"wirediff/internal/engine"
)

func cmdCompare(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("compare", flag.ContinueOnError)
	fl.SetOutput(stderr)
	asJSON := fl.Bool("json", false, "print the contract's Comparison JSON")
	noAttr := fl.Bool("no-attribution", false, "compare the wording only")
	color := fl.String("color", "auto", "colour the terminal diff: auto, always or never")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if fl.NArg() != 2 {
		fmt.Fprint(stderr, "usage: wirediff compare [--json] [--no-attribution] A B\n")
		return 2
	}
	ws, names, err := workspace(fl.Args(), stdin)
	if err != nil {
		return fail(err, *asJSON, stdout, stderr)
	}
	opt := engine.Options{Attribution: !*noAttr}
	c, err := ws.Compare(names[0], names[1], opt)
	if err != nil {
		return fail(err, *asJSON, stdout, stderr)
	}
	if *asJSON {
		if err := writeJSON(stdout, c); err != nil {
			return fail(err, false, stdout, stderr)
		}
		return 0
	}
	writeComparison(stdout, c, useColor(*color, stdout))
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
		percent(c.Similarity), percent(c.Reuse.BFromA), c.Reuse.LongestRun)
	if c.Summary != nil {
		fmt.Fprintf(w, "\nSourcing: %s\n", summaryLine(c.Summary))
	}
	if len(c.AttributionChanges) > 0 {
		fmt.Fprintln(w, "\nAttribution changes")
		for _, ch := range c.AttributionChanges {
			fmt.Fprintf(w, "  %s %s\n", st.note(ch.Kind+":"), ch.Detail)
		}
	}
	if len(c.EntityChanges)+len(c.NumberChanges)+len(c.TitleChanges) > 0 {
		fmt.Fprintln(w, "\nNames, titles and numbers")
		for _, e := range c.EntityChanges {
			fmt.Fprintf(w, "  %s %s (%s)\n", st.note("entity "+e.Op+":"), e.Span.Text, e.Label)
		}
		for _, t := range c.TitleChanges {
			fmt.Fprintf(w, "  %s %s → %s\n", st.note("title changed:"), t.A.Text, t.B.Text)
		}
		for _, n := range c.NumberChanges {
			fmt.Fprintf(w, "  %s %s → %s\n", st.note("number changed:"), n.A.Text, n.B.Text)
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
		return strings.TrimSpace(b.B.Text)
	}
	var sb strings.Builder
	for _, wd := range b.Words {
		switch wd.Op {
		case "insert":
			sb.WriteString(st.ins(wd.Text))
		case "delete":
			sb.WriteString(st.del(wd.Text))
		default:
			sb.WriteString(wd.Text)
		}
	}
	return strings.TrimSpace(sb.String())
}

// percent prints a share as a percentage that says 100% only when the share
// is whole and 0% only when it is nothing.
func percent(x float64) string {
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

// summaryLine is the one-line count of what happened to the sourcing, as
// the page shows it: "4 quotes kept verbatim · 1 hedge removed".
func summaryLine(s *contract.Summary) string {
	var parts []string
	add := func(n int, one, many string) {
		switch {
		case n == 1:
			parts = append(parts, "1 "+one)
		case n > 1:
			parts = append(parts, fmt.Sprintf("%d %s", n, many))
		}
	}
	add(s.QuotesVerbatim, "quote kept verbatim", "quotes kept verbatim")
	add(s.QuotesAltered, "quote altered", "quotes altered")
	add(s.QuotesParaphrased, "quote turned into paraphrase", "quotes turned into paraphrase")
	add(s.Dropped, "attribution dropped", "attributions dropped")
	add(s.Added, "attribution added", "attributions added")
	add(s.SourcesChanged, "source changed", "sources changed")
	add(s.CuesChanged, "cue changed", "cues changed")
	add(s.ViasChanged, "outlet changed", "outlets changed")
	add(s.HedgesRemoved, "hedge removed", "hedges removed")
	add(s.HedgesAdded, "hedge added", "hedges added")
	add(s.Unattributed, "claim now unattributed", "claims now unattributed")
	if len(parts) == 0 {
		return "no attributions found"
	}
	return strings.Join(parts, " · ")
}
