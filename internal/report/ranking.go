package report

import (
	"io"
	"sort"
	"strconv"
	"strings"

	"wirediff/internal/contract"
)

// Ranking writes a standalone HTML report ranking copies of one story
// against their original: one row per copy, the most faithful first (by
// similarity, then verbatim reuse, then the fewest attribution changes),
// copies that could not be compared last. original names the original.
// Like Comparison it carries no script and escapes every name. It fails
// only when w does.
func Ranking(w io.Writer, rows []contract.CopyRow, original string) error {
	rows = append([]contract.CopyRow(nil), rows...)
	sort.SliceStable(rows, func(i, j int) bool { return before(rows[i], rows[j]) })
	title := strconv.Itoa(len(rows)) + " copies of " + strings.TrimSpace(original)
	p := &printer{}
	p.head(title, "table.ranking { table-layout: auto; }\ntd.num { text-align: end; font-variant-numeric: tabular-nums; }\n")
	p.raw("</header>\n<main>\n<table class=\"ranking\">\n<caption class=\"sr\">Copies ranked from the most faithful to the least</caption>\n<thead><tr>")
	for _, h := range []string{"#", "Copy", "Similarity", "Verbatim from the original", "Longest copied run", "Attribution changes", "Unsourced claims", "Names, numbers, titles changed"} {
		p.raw(`<th scope="col">`)
		p.text(h)
		p.raw("</th>")
	}
	p.raw("</tr></thead>\n<tbody>\n")
	for i, r := range rows {
		name := r.File
		if name == "" {
			name = r.ID
		}
		p.raw(`<tr><td class="num">` + strconv.Itoa(i+1) + `</td><td dir="auto">`)
		p.text(name)
		if r.Error != nil {
			p.raw(`</td><td colspan="6" class="notice">`)
			p.text(r.Error.Message)
			p.raw("</td></tr>\n")
			continue
		}
		p.raw(`</td><td class="num">`)
		p.text(Percent(r.Similarity))
		p.raw(`</td><td class="num">`)
		p.text(Percent(r.Reuse.BFromA))
		p.raw(`</td><td class="num">`)
		p.text(strconv.Itoa(r.Reuse.LongestRun) + " words")
		p.raw(`</td><td>`)
		p.text(changeLine(r))
		p.raw(`</td><td class="num">`)
		p.text(strconv.Itoa(r.Unattributed))
		p.raw(`</td><td class="num">`)
		p.text(strconv.Itoa(r.EntityChanges + r.NumberChanges + r.TitleChanges))
		p.raw("</td></tr>\n")
	}
	p.raw("</tbody>\n</table>\n</main>\n<footer><p>Made by wirediff. Similarity and reuse measure the copy's wording against the original's; attribution changes count how the copy's sourcing differs.</p></footer>\n</body>\n</html>\n")
	_, err := io.WriteString(w, p.b.String())
	return err
}

// before orders copies for the ranking: compared before failed, then by
// similarity, verbatim reuse and fewest attribution changes.
func before(a, b contract.CopyRow) bool {
	if (a.Error == nil) != (b.Error == nil) {
		return a.Error == nil
	}
	if a.Similarity != b.Similarity {
		return a.Similarity > b.Similarity
	}
	if a.Reuse.BFromA != b.Reuse.BFromA {
		return a.Reuse.BFromA > b.Reuse.BFromA
	}
	return a.AttributionChanges < b.AttributionChanges
}

// changeLine counts a copy's attribution changes by kind, the most
// frequent first: "3 · 2 quote-altered, 1 source-changed", or "none".
func changeLine(r contract.CopyRow) string {
	if r.AttributionChanges == 0 {
		return "none"
	}
	kinds := make([]string, 0, len(r.Changes))
	for k := range r.Changes {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool {
		if r.Changes[kinds[i]] != r.Changes[kinds[j]] {
			return r.Changes[kinds[i]] > r.Changes[kinds[j]]
		}
		return kinds[i] < kinds[j]
	})
	parts := make([]string, len(kinds))
	for i, k := range kinds {
		parts[i] = strconv.Itoa(r.Changes[k]) + " " + k
	}
	return strconv.Itoa(r.AttributionChanges) + " · " + strings.Join(parts, ", ")
}
