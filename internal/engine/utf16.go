package engine

import (
	"unicode/utf8"

	"wirediff/internal/contract"
)

// offsets converts byte offsets into one text to UTF-16 code units, the
// unit of the contract's spans. A text that is all ASCII needs no table.
type offsets struct {
	text string
	// u16[i] is the UTF-16 offset of byte i; nil when text is ASCII.
	u16 []int32
}

func newOffsets(text string) *offsets {
	o := &offsets{text: text}
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return o
	}
	o.u16 = make([]int32, len(text)+1)
	var u int32
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		for k := 0; k < n; k++ {
			o.u16[i+k] = u
		}
		if r >= 0x10000 {
			u += 2
		} else {
			u++ // an invalid byte counts as one unit, as U+FFFD would
		}
		i += n
	}
	o.u16[len(text)] = u
	return o
}

// unit returns the UTF-16 offset of byte offset b.
func (o *offsets) unit(b int) int {
	if o.u16 == nil {
		return b
	}
	return int(o.u16[b])
}

// span builds the contract span of the byte range [start, end).
func (o *offsets) span(start, end int) contract.Span {
	return contract.Span{Text: o.text[start:end], Start: o.unit(start), End: o.unit(end)}
}
