// Package testtext makes the re-typed copies of real articles that tests
// compare with the originals: the same words hard-wrapped, as a mail
// client, a terminal or a wire feed leaves them; and the adversarial pairs
// that cost tests run (adversarial.go). Only tests import it.
package testtext

import "strings"

// Wrap breaks every line of s at spaces into lines of at most width units
// as measured by size (bytes with Bytes, characters with Runes), with a
// blank line after each paragraph, the way a greedy wrapper does. A word
// longer than width stands on a line of its own.
func Wrap(s string, width int, size func(string) int) string {
	var out []string
	for _, para := range strings.Split(s, "\n") {
		line := ""
		for _, w := range strings.Fields(para) {
			if line != "" && size(line)+1+size(w) > width {
				out = append(out, line)
				line = ""
			}
			if line != "" {
				line += " "
			}
			line += w
		}
		out = append(out, line, "")
	}
	return strings.Join(out, "\n")
}

// Bytes measures s in bytes, as fold does.
func Bytes(s string) int { return len(s) }

// Runes measures s in characters, as fmt and most editors do.
func Runes(s string) int { return len([]rune(s)) }
