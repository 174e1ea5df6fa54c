//go:build js && wasm && wording

package main

import (
	"syscall/js"

	"wirediff/internal/contract"
	"wirediff/internal/engine"
)

// api is the wording-only engine: globalThis.wirediffWording = {version,
// compare}. Its compare answers {"attribution": false} alone; asked for
// attribution it returns the contract's "bad-options" error, as this build
// has no language model (the worker sends such requests to the full module).
func api() (string, map[string]any) {
	return "wirediffWording", map[string]any{
		"compare": js.FuncOf(compareWording),
	}
}

func compareWording(_ js.Value, args []js.Value) any {
	return call(func() (any, error) {
		a, b, opt, err := compareArgs(args)
		if err != nil {
			return nil, err
		}
		if opt.Attribution {
			return nil, &contract.Error{Code: engine.CodeBadOptions, Message: "This module compares wording only: pass {\"attribution\": false}."}
		}
		return engine.Compare(a, b, opt)
	})
}
