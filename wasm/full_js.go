//go:build js && wasm && !wording

package main

import (
	"syscall/js"

	"wirediff/internal/engine"
)

// api is the full engine: globalThis.wirediff.
func api() (string, map[string]any) {
	return "wirediff", map[string]any{
		"analyze": js.FuncOf(analyze),
		"compare": js.FuncOf(compare),
		"report":  js.FuncOf(reportHTML),
		"preload": js.FuncOf(preload),
		"article": js.FuncOf(article),
		"_crash":  js.FuncOf(crash),
	}
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

func compare(_ js.Value, args []js.Value) any {
	return call(func() (any, error) {
		a, b, opt, err := compareArgs(args)
		if err != nil {
			return nil, err
		}
		return engine.Compare(a, b, opt)
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
