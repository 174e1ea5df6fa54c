package main

import (
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"wirediff/internal/contract"
)

func cmdAnalyze(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fl.SetOutput(stderr)
	asJSON := fl.Bool("json", false, "print the contract's Analysis JSON")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if fl.NArg() != 1 {
		fmt.Fprint(stderr, "usage: wirediff analyze [--json] FILE|-\n")
		return 2
	}
	ws, names, err := workspace(fl.Args(), stdin)
	if err != nil {
		return fail(err, *asJSON, stdout, stderr)
	}
	a, err := ws.Analyze(names[0])
	if err != nil {
		return fail(err, *asJSON, stdout, stderr)
	}
	if *asJSON {
		if err := writeJSON(stdout, a); err != nil {
			return fail(err, false, stdout, stderr)
		}
		return 0
	}
	ew := &errWriter{w: stdout}
	writeAnalysis(ew, a)
	if ew.err != nil {
		return fail(fmt.Errorf("cannot write the output: %v", ew.err), false, stdout, stderr)
	}
	return 0
}

// writeAnalysis prints an analysis for a person: the sources, each
// attribution, the hedges and the claims without a source.
func writeAnalysis(w io.Writer, a *contract.Analysis) {
	st := a.Stats
	fmt.Fprintf(w, "%d words, %d sentences, %d quotes, %d attributions (%.0f%% to anonymous sources)\n",
		st.Words, st.Sentences, st.Quotes, st.Attributions, 100*st.AnonymousShare)
	if a.Byline != "" {
		fmt.Fprintf(w, "byline: %s\n", printable(a.Byline))
	}
	if a.Dateline != "" {
		fmt.Fprintf(w, "dateline: %s\n", printable(a.Dateline))
	}
	fmt.Fprintln(w, "\nSources")
	for _, s := range sources(a) {
		fmt.Fprintf(w, "  %s (%s) — %s\n", printable(s.name), s.kind, s.summary())
	}
	fmt.Fprintln(w, "\nAttributions")
	for _, at := range a.Attributions {
		via := ""
		if at.Via != nil {
			via = " via " + printable(at.Via.Text)
		}
		mark := "  "
		if at.Direct {
			mark = "“ "
		}
		fmt.Fprintf(w, "%s[%s %s%s, %s] %s\n", mark, printable(at.Source.Text), printable(at.Cue.Text), via, at.Stance, clip(at.Content.Text, 100))
	}
	if len(a.Hedges) > 0 {
		hs := make([]string, len(a.Hedges))
		for i, h := range a.Hedges {
			hs[i] = printable(h.Text)
		}
		fmt.Fprintf(w, "\nHedges: %s\n", strings.Join(hs, ", "))
	}
	if un := unattributed(a); len(un) > 0 {
		fmt.Fprintln(w, "\nSentences with no attribution")
		for _, s := range un {
			fmt.Fprintf(w, "  %s\n", clip(s, 120))
		}
	}
}

// source is one entry of the sources list: the statements credited to one
// resolved name.
type source struct {
	name, kind              string
	direct, indirect, first int
}

func (s source) summary() string {
	var parts []string
	if s.direct > 0 {
		parts = append(parts, plural(s.direct, "direct quote"))
	}
	if s.indirect > 0 {
		parts = append(parts, plural(s.indirect, "other attribution"))
	}
	return strings.Join(parts, ", ")
}

func sources(a *contract.Analysis) []source {
	idx := map[string]int{}
	var out []source
	for i, at := range a.Attributions {
		name := at.Resolved
		if name == "" {
			name = at.Source.Text
		}
		key := strings.ToLower(name)
		j, ok := idx[key]
		if !ok {
			j = len(out)
			idx[key] = j
			out = append(out, source{name: name, kind: at.Kind, first: i})
		}
		if at.Direct {
			out[j].direct++
		} else {
			out[j].indirect++
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		return out[i].direct+out[i].indirect > out[j].direct+out[j].indirect
	})
	return out
}

// unattributed returns the sentences that make a claim with no attribution.
func unattributed(a *contract.Analysis) []string {
	var out []string
	for _, i := range a.Unattributed {
		out = append(out, a.Sentences[i].Text)
	}
	return out
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// clip makes s one printable line of at most n characters.
func clip(s string, n int) string {
	s = printable(strings.Join(strings.Fields(s), " "))
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
