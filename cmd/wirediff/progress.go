package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// progress draws a bar on a terminal: "[#####.....] 512/1000 copies". On
// anything else it draws nothing, so that logs and pipes stay clean.
type progress struct {
	w     io.Writer
	total int
	what  string
}

// newProgress returns a bar on w when w is a terminal, else nil (whose
// methods do nothing).
func newProgress(w io.Writer, total int, what string) *progress {
	f, ok := w.(*os.File)
	if !ok {
		return nil
	}
	if st, err := f.Stat(); err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	return &progress{w: w, total: total, what: what}
}

// set draws the bar at done of total.
func (p *progress) set(done int) {
	if p == nil || p.total == 0 {
		return
	}
	const width = 30
	n := done * width / p.total
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d %s", strings.Repeat("#", n), strings.Repeat(".", width-n), done, p.total, p.what)
}

// end clears the bar's line.
func (p *progress) end() {
	if p != nil {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", 60+len(p.what)))
	}
}
