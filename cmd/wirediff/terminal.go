package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

// printable makes text from a document safe to print on a terminal: C0
// and C1 control characters other than newline and tab (ESC starts the
// sequences that retitle the window, clear the screen or print a
// hyperlink; CR and BS overwrite what was printed), DEL, and the
// bidirectional controls that reorder what a line shows are written as
// Go escapes (\x1b, \u202e), so they show instead of acting.
func printable(s string) string {
	i := strings.IndexFunc(s, unsafeRune)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		switch {
		case !unsafeRune(r):
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	return b.String()
}

// unsafeRune tells the runes printable escapes.
func unsafeRune(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20 || r >= 0x7f && r < 0xa0:
		return true
	case r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069:
		return true
	}
	return unicode.Is(unicode.Cc, r)
}

// errWriter remembers the first error of its writes and drops the rest,
// so that text output is written with fmt and checked once at the end.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}
