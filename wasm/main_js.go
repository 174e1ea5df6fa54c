//go:build js && wasm

// Command wasm is the Go↔JS boundary of wirediff: it registers
// globalThis.wirediff = {version, analyze, compare, report, preload,
// article} and
// waits. Strings go in, JSON strings come out; every error and every panic
// becomes the contract's {"error": {...}} object, never a JavaScript
// exception.
package main

import (
	"encoding/json"
	"fmt"
	"syscall/js"

	"wirediff/internal/contract"
	"wirediff/internal/engine"
)

func main() {
	js.Global().Set("wirediff", js.ValueOf(map[string]any{
		"version": contract.Version,
		"analyze": js.FuncOf(analyze),
		"compare": js.FuncOf(compare),
		"report":  js.FuncOf(reportHTML),
		"preload": js.FuncOf(preload),
		"article": js.FuncOf(article),
		"_crash":  js.FuncOf(crash),
	}))
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

// article reduces a saved web page's HTML source to its article text:
// article(html) → {"title", "byline", "siteName", "text"}.
func article(_ js.Value, args []js.Value) any {
	return call(func() (any, error) {
		src, err := arg(args, 0, "The page")
		if err != nil {
			return nil, err
		}
		return engine.ArticleFromHTML(src)
	})
}

func analyze(_ js.Value, args []js.Value) any {
	return call(func() (any, error) {
		text, err := arg(args, 0, "The text")
		if err != nil {
			return nil, err
		}
		return engine.Analyze(text)
	})
}

func compare(_ js.Value, args []js.Value) any {
	return call(func() (any, error) {
		a, b, opt, err := compareArgs(args)
		if err != nil {
			return nil, err
		}
		return engine.Compare(a, b, opt)
	})
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

// reportHTML renders a comparison (its JSON, as compare returned it) as a
// standalone HTML report: report(comparisonJSON, title?) → {"html": "..."}.
func reportHTML(_ js.Value, args []js.Value) any {
	return call(func() (any, error) {
		c, err := arg(args, 0, "The comparison")
		if err != nil {
			return nil, err
		}
		title, err := arg(args, 1, "The title")
		if err != nil {
			return nil, err
		}
		html, err := engine.Report(c, title)
		if err != nil {
			return nil, err
		}
		return map[string]string{"html": html}, nil
	})
}

func preload(_ js.Value, _ []js.Value) any {
	return call(func() (any, error) {
		if err := engine.Preload(); err != nil {
			return nil, err
		}
		return map[string]any{"ok": true}, nil
	})
}

// crash ends the Go program the way an unrecovered panic would, so that the
// browser tests can check that the page survives a dead engine and starts a
// new one. Nothing on the page calls it.
func crash(_ js.Value, _ []js.Value) any {
	go func() { panic("wirediff: crash forced by a test") }()
	return nil
}
