package engine

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"wirediff/internal/contract"
)

// MaxBytes is the largest text the engine takes, in bytes of UTF-8: 1 MiB,
// about 170,000 words of English, fifteen long investigations. Larger
// texts get an error that names the limit and what to do rather than a
// browser tab that stops answering.
//
// The wording-only comparison's cost is linear in the input: on the
// adversarial pairs of TestCostIsLinear (endless sentences, repeated cues
// and attributions, numbers, CRLF lines, tens of thousands of short lines
// or paragraphs, no spaces, Chinese) at this limit on both sides it took
// at most 3.3 s of CPU (GC included) and 330 MB of memory natively, with
// at most 8 bytes of JSON per input byte (measured on a loaded two-core
// machine; ordinary prose takes well under a second).
const MaxBytes = 1 << 20

// checkText reports why text cannot be analysed, naming it as label
// ("the text", "version A") in the message; nil if it can.
func checkText(label, text string) *contract.Error {
	if len(text) > MaxBytes {
		return errorf(CodeTooLarge, "%s is %s; wirediff takes at most %s. Compare the part that matters, or split the text and compare the parts.",
			capital(label), size(len(text)), size(MaxBytes))
	}
	if enc := utf16Encoding(text); enc != "" {
		return errorf(CodeNotUTF8, "%s is %s text, not UTF-8. Save it as UTF-8 (for example: iconv -f %s -t UTF-8 FILE > FILE.txt) and try again.", capital(label), enc, enc)
	}
	if i := strings.IndexByte(text, 0); i >= 0 {
		return errorf(CodeBinary, "%s looks like a binary file (a NUL byte at byte %d), not text. Paste or open the article's text.", capital(label), i)
	}
	if !utf8.ValidString(text) {
		i := firstInvalid(text)
		return errorf(CodeNotUTF8, "%s is not UTF-8 text (an invalid byte at byte %d). Save it as UTF-8 (for example: iconv -f WINDOWS-1252 -t UTF-8) and try again.", capital(label), i)
	}
	if strings.TrimSpace(text) == "" {
		return errorf(CodeEmpty, "%s is empty: paste an article.", capital(label))
	}
	return nil
}

// utf16Encoding names the encoding of text when it is UTF-16 ("UTF-16LE"
// or "UTF-16BE", read from its byte order mark, else from NUL bytes on
// every other byte of its start, as ASCII in UTF-16 has), "" otherwise.
func utf16Encoding(text string) string {
	switch {
	case strings.HasPrefix(text, "\xff\xfe"):
		return "UTF-16LE"
	case strings.HasPrefix(text, "\xfe\xff"):
		return "UTF-16BE"
	}
	head := text[:min(len(text), 64)&^1]
	if len(head) < 4 {
		return ""
	}
	even, odd := 0, 0
	for i := 0; i < len(head); i += 2 {
		if head[i] == 0 {
			even++
		}
		if head[i+1] == 0 {
			odd++
		}
	}
	switch half := len(head) / 2; {
	case odd == half && even == 0:
		return "UTF-16LE"
	case even == half && odd == 0:
		return "UTF-16BE"
	}
	return ""
}

func firstInvalid(s string) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
				return i
			}
		}
	}
	return len(s)
}

func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func size(n int) string {
	switch {
	case n >= 1<<20:
		return strings.TrimSuffix(strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64), ".0") + " MB"
	case n >= 1<<10:
		return strconv.Itoa(n>>10) + " KB"
	}
	return strconv.Itoa(n) + " bytes"
}
