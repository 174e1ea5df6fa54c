//go:build js && wasm

// Command wasm is the Go↔JS boundary of wirediff: it registers
// globalThis.wirediff = {version, analyze, compare, report, preload,
// article} and
// waits. Strings go in, JSON strings come out; every error and every panic
// becomes the contract's {"error": {...}} object, never a JavaScript
// exception.
//
// Built with -tags wording,noprose it is the small module the page's first
// comparison needs: globalThis.wirediffWording = {version, compare}, the
// wording diff alone, without the language model (see wording_js.go).
package main

import (
	"encoding/json"
	"fmt"
	"syscall/js"

	"wirediff/internal/contract"
	"wirediff/internal/engine"
)

func main() {
	name, funcs := api()
	funcs["version"] = contract.Version
	js.Global().Set(name, js.ValueOf(funcs))
	select {}
}

// call runs f and turns its result, error or panic into a JSON string.
func call(f func() (any, error)) (out any) {
	defer func() {
		if r := recover(); r != nil {
			out = string(engine.ErrorJSON(&contract.Error{Code: engine.CodeInternal,
				Message: fmt.Sprintf("The engine failed: %v. Your texts are kept; try again.", r)}))
		}
	}()
	v, err := f()
	if err != nil {
		return string(engine.ErrorJSON(err))
	}
	if s, ok := v.(string); ok {
		return s
	}
	b, err := json.Marshal(v)
	if err != nil {
		return string(engine.ErrorJSON(err))
	}
	return string(b)
}

// arg returns args[i] as a string, "" when absent, null or undefined, and an
// error when it is not a string.
func arg(args []js.Value, i int, name string) (string, error) {
	if i >= len(args) || args[i].IsUndefined() || args[i].IsNull() {
		return "", nil
	}
	if args[i].Type() != js.TypeString {
		return "", &contract.Error{Code: engine.CodeBadOptions, Message: name + " must be a string."}
	}
	return args[i].String(), nil
}

func compareArgs(args []js.Value) (a, b string, opt engine.Options, err error) {
	if a, err = arg(args, 0, "Version A"); err != nil {
		return
	}
	if b, err = arg(args, 1, "Version B"); err != nil {
		return
	}
	var js string
	if js, err = arg(args, 2, "The options"); err != nil {
		return
	}
	opt, err = engine.ParseOptions(js)
	return
}
