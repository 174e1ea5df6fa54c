package analyze

import "strings"

// agencyLines and agencyBytes bound the search for a dateline: a wire
// story's dateline opens its first paragraph, after at most a headline,
// a byline and a few lines of page furniture.
const (
	agencyLines = 12
	agencyBytes = 4096
	// agencyParagraph is the length in words from which a line is a
	// paragraph of the story rather than a headline, byline or furniture.
	agencyParagraph = 20
)

// Agency returns the news agency named in a dateline that opens one of the
// first lines of text ("Reuters" for "WASHINGTON (Reuters) - …", "AP" for
// "JERUSALEM, June 15 (AP) — …"), or "" when none does. The search stops
// at the first paragraph of the story (a line of 20 words or more). It reads at most
// the first 4 KiB and 12 non-blank lines, so its cost does not grow with
// the text.
func Agency(text string) string {
	if len(text) > agencyBytes {
		text = text[:agencyBytes]
	}
	seen := 0
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if seen++; seen > agencyLines {
			break
		}
		m := reDateline.FindStringSubmatch(line + " ")
		if m != nil && m[2] != "" && dateline(line+" ") != "" {
			return strings.TrimSpace(strings.Trim(m[2], "()"))
		}
		if len(strings.Fields(line)) >= agencyParagraph {
			// The first paragraph of the story, and it has no dateline.
			break
		}
	}
	return ""
}
