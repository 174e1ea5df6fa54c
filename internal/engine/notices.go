package engine

import (
	"regexp"
	"strings"
)

// minTags is how many tags in the first 64 KB make a text HTML source.
const minTags = 20

// markup matches an HTML tag or comment.
var markup = regexp.MustCompile(`(?i)<(?:/?[a-z][a-z0-9-]*(?:\s[^<>]*)?/?|!--.*?--|!doctype[^<>]*)>`)

// notices returns what a reader should know about text before trusting its
// analysis. They never stop the analysis: the text is data and is read as
// it is.
func notices(text string) []string {
	var out []string
	head := text
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	if strings.IndexByte(head, '<') < 0 {
		return nil // every tag starts with one
	}
	if tags := markup.FindAllStringIndex(head, minTags); len(tags) >= minTags || strings.Contains(strings.ToLower(head), "<!doctype html") {
		out = append(out, "This looks like HTML source: wirediff reads it as plain text, tags included. For a cleaner analysis, copy the article from the page as it reads in the browser.")
	}
	return out
}
