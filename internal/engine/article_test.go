package engine_test

import (
	"strings"
	"testing"

	"wirediff/internal/engine"
)

func TestArticleFromHTML(t *testing.T) {
	para := "The minister said on Tuesday that the talks would resume next week, according to two officials briefed on the plan. "
	page := `<!doctype html><html><head><title>Talks to resume | The Daily</title>
<style>body { color: red }</style><script>window.__ran = "script text that must go";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Talks to resume</h1><p>` + strings.Repeat(para, 3) + `</p><p>A re<b>port</b> said so.</p><p>` + strings.Repeat("A second paragraph follows with more detail. ", 6) + `</p>
<script>document.write("injected")</script></article>
<footer>Copyright The Daily</footer></body></html>`
	a, err := engine.ArticleFromHTML(page)
	if err != nil {
		t.Fatalf("ArticleFromHTML: %v", err)
	}
	for _, want := range []string{"The minister said on Tuesday", "A second paragraph follows", "\n\nA report said so.\n\n"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("ArticleFromHTML text = %q, want it to contain %q", a.Text, want)
		}
	}
	for _, gone := range []string{"window.__ran", "document.write", "color: red", "Copyright The Daily", "World"} {
		if strings.Contains(a.Text, gone) {
			t.Errorf("ArticleFromHTML text kept %q: %q", gone, a.Text)
		}
	}
	if !strings.Contains(a.Title, "Talks to resume") {
		t.Errorf("ArticleFromHTML title = %q, want Talks to resume", a.Title)
	}
	if strings.Contains(a.Text, "\n\n\n") {
		t.Errorf("ArticleFromHTML left runs of blank lines: %q", a.Text)
	}
}

func TestArticleFromHTMLNoText(t *testing.T) {
	if _, err := engine.ArticleFromHTML(`<html><head><script>x()</script></head><body></body></html>`); err == nil {
		t.Error("ArticleFromHTML of a page with no text: got no error, want one")
	}
}
