// Package engine is the one composition of wirediff that both doors call, the
// browser (wasm/) and the command line (cmd/wirediff): it checks the input,
// analyses the texts, aligns them, finds what happened to the attribution,
// and builds the contract's JSON values (internal/contract) with offsets in
// UTF-16 code units.
package engine

import (
	"encoding/json"
	"fmt"
	"strings"

	"wirediff/internal/contract"
)

// Options are the options of Compare, as the contract's JSON object.
type Options struct {
	// Attribution asks for the analysis of both texts and the attribution
	// changes; false gives the wording diff alone. Default true.
	Attribution bool
	// LabelA and LabelB are the names the reader gives the two versions
	// (an outlet, "Reuters", or an author); "" when not given. The
	// attribution diff takes A's to know when B credits the original.
	LabelA, LabelB string
}

// ParseOptions reads the contract's options object ("" or "{}" give the
// defaults). Unknown fields are ignored so that newer pages work with older
// engines.
func ParseOptions(js string) (Options, error) {
	opt := Options{Attribution: true}
	if strings.TrimSpace(js) == "" {
		return opt, nil
	}
	var raw struct {
		Attribution *bool  `json:"attribution"`
		LabelA      string `json:"labelA"`
		LabelB      string `json:"labelB"`
	}
	if err := json.Unmarshal([]byte(js), &raw); err != nil {
		return opt, errorf(CodeBadOptions, "The options are not a JSON object: %v.", err)
	}
	if raw.Attribution != nil {
		opt.Attribution = *raw.Attribution
	}
	opt.LabelA, opt.LabelB = strings.TrimSpace(raw.LabelA), strings.TrimSpace(raw.LabelB)
	return opt, nil
}

// Error codes of the contract's error object.
const (
	CodeEmpty      = "empty"
	CodeTooLarge   = "too-large"
	CodeBinary     = "binary"
	CodeNotUTF8    = "not-utf8"
	CodeBadOptions = "bad-options"
	CodeNotFound   = "not-found"
	CodeNotFile    = "not-a-file" // a directory named where a document was wanted
	CodeInternal   = "internal"
)

func errorf(code, format string, args ...any) *contract.Error {
	return &contract.Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorJSON encodes err as the contract's {"error": {"code", "message"}}.
// An error that is not a *contract.Error gets the code "internal".
func ErrorJSON(err error) []byte {
	e, ok := err.(*contract.Error)
	if !ok {
		e = &contract.Error{Code: CodeInternal, Message: err.Error()}
	}
	out, _ := json.Marshal(contract.ErrorDoc{Error: e})
	return out
}

// recovered turns a panic into an internal error, so that nothing panics
// across either door. Use as: defer recovered(&err).
func recovered(err *error) {
	if r := recover(); r != nil {
		*err = errorf(CodeInternal, "internal error: %v (please report it with the text that caused it)", r)
	}
}
