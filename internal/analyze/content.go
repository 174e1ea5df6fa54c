package analyze

import "strings"

// timeWords may follow a cue before its content ("said on Friday, “…”").
var timeWords = toSet(`on last this late early earlier monday tuesday wednesday thursday friday saturday sunday night morning
	afternoon evening week month year weekend day today yesterday in january february march april may june july august
	september october november december`)

// viaNouns are media a statement is made in ("in a post on X", "in a statement").
var viaNouns = toSet(`interview interviews post posts statement tweet video letter op-ed message blog podcast speech remarks
	column essay broadcast email note filing`)

// setContents finds what each hit of sentence si attributes, the media it
// was said in, and folds "according to the report, officials said" into one
// attribution whose via is the report.
func (r *reader) setContents(si int, hits []*hit) {
	s := r.sents[si]
	toks := s.toks
	inQ := make([]bool, len(toks))
	for i, t := range toks {
		inQ[i] = quoteAt(r.quotes, t.Start) >= 0
	}
	for n, h := range hits {
		if (h.according && h.asStart || r.asClause(h, toks)) && n+1 < len(hits) && hits[n+1].cueType == CueSpeech && r.foldable(h, toks) && opensClause(toks, h.afterCue, hits[n+1]) {
			g := hits[n+1]
			if g.via == nil {
				sp := Span{toks[h.np.first].Start, toks[h.np.last].End}
				g.via = &sp
			}
			h.drop = true
		}
	}
	lo := 0 // where the previous attribution's cue phrase ended
	for n, h := range hits {
		if h.drop {
			continue
		}
		b := len(toks)
		skipped := false
		for _, g := range hits[n+1:] {
			if g.drop {
				continue
			}
			c := g.cueFirst
			if g.from == nil && g.np.ok() && g.np.first < c {
				c = g.np.first
			}
			// "she said officials believe…", "Benford says he didn't know
			// much before he announced…": the next attribution is part of
			// h's content. Only the next one, so that no token is in the
			// content of more than three attributions.
			if !skipped && (g.cueType != CueSpeech || embedded(toks, h, c) || !punctBetween(toks, inQ, h.afterCue, c)) {
				skipped = true
				continue
			}
			for c > h.afterCue && (toks[c-1].Text == "," || functionWords[toks[c-1].lower()] && !inQ[c-1]) {
				c--
			}
			if c > h.cueLast {
				b = c
				break
			}
		}
		r.content(h, toks, inQ, lo, b)
		if h.content.Start >= h.content.End {
			h.drop = true
		}
		lo = max(lo, h.afterCue)
	}
	if v := r.viaPhrase(toks, inQ); v != nil {
		for _, h := range hits {
			if h.via == nil && !h.drop {
				h.via = v
			}
		}
	}
}

// A belief, intention or other non-speech attribution after h in the
// sentence is taken to be inside h's content ("told X that officials
// wanted…"); a speech one only when it opens the content.

// punctBetween reports whether a comma, semicolon, colon, dash or
// quotation mark outside quotations lies in toks[from:to].
func punctBetween(toks []token, inQ []bool, from, to int) bool {
	for i := from; i < to && i < len(toks); i++ {
		if t := toks[i].Text; !toks[i].Word && (inQ[i] || t == "," || t == ";" || t == ":" || t == "—" || t == "–" || isOpenQuote(t) || isCloseQuote(t)) {
			return true
		}
	}
	return false
}

// embedded reports whether an attribution whose clause starts at token c
// opens h's content: "X said (that) officials believe…", "According to X,
// the agency wanted…".
func embedded(toks []token, h *hit, c int) bool {
	k := h.afterCue
	if k < len(toks) && (toks[k].Text == "," || toks[k].lower() == "that") {
		k++
	}
	return c == k
}

// opensClause reports whether g's source opens the clause after the comma
// at token k: "According to the report, officials said…".
func opensClause(toks []token, k int, g *hit) bool {
	if k >= len(toks) || toks[k].Text != "," {
		return false
	}
	first := g.cueFirst
	if g.from == nil && g.np.ok() {
		first = g.np.first
	}
	return first <= k+2
}

// asClause reports whether h is "As Reuters reported," opening the sentence.
func (r *reader) asClause(h *hit, toks []token) bool {
	if h.according || !h.np.ok() || h.np.first == 0 || h.from != nil {
		return false
	}
	a := h.np.first - 1
	return toks[a].lower() == "as" && opensSentence(toks, a) && h.cueLast+1 < len(toks) && toks[h.cueLast+1].Text == ","
}

// foldable reports whether h's source is a publication or document that the
// next attribution in the sentence was reported through.
func (r *reader) foldable(h *hit, toks []token) bool {
	if !h.np.ok() {
		return false
	}
	phrase := strings.ToLower(r.text[toks[h.np.first].Start:toks[h.np.last].End])
	for i := h.np.first; i <= h.np.last; i++ {
		if w := toks[i].lower(); documentNouns[w] || newsOrgs[w] {
			return true
		}
	}
	return newsOrgs[phrase] || newsOrgs[strings.TrimPrefix(phrase, "the ")] || r.outlet != "" && outletKey(phrase) == r.outlet
}

// content sets h.content and h.direct; lo is the token after the previous
// attribution's cue phrase and b the token where the next attribution's
// clause starts, so that no token is in the content of more than two
// attributions and the output stays linear in the sentence.
func (r *reader) content(h *hit, toks []token, inQ []bool, lo, b int) {
	k := h.afterCue
	for b > k && !toks[b-1].Word && !isCloseQuote(toks[b-1].Text) && !isOpenQuote(toks[b-1].Text) {
		b-- // the full stop
	}
	if h.according || r.asClause(h, toks) {
		if h.asStart || !h.according {
			if k < b && toks[k].Text == "," {
				h.content = r.tail(toks, k+1, b)
				h.direct = r.isQuotation(h.content)
				return
			}
		}
		h.content = r.head(toks, lo, h.cueFirst)
		return
	}
	for range 2 {
		k = skipTime(toks, k, b)
		k = skipMedium(toks, k, b)
	}
	if k < b && toks[k].lower() == "that" {
		k++
	} else if h.participle && h.cueType == CueSpeech && !bareClause[toks[h.cueLast].lower()] && !(k < b && (isOpenQuote(toks[k].Text) || toks[k].Text == ":")) {
		return // "explaining the logic" names no statement
	}
	// The statement comes before the cue: "“…,” he said" or "…, officials said."
	cs := h.cueFirst
	if h.np.ok() && h.from == nil && h.np.first < cs {
		cs = h.np.first
	}
	p := cs - 1
	for p >= 0 && toks[p].Text == "," {
		p--
	}
	if p >= 0 && isCloseQuote(toks[p].Text) {
		if q := quoteAt(r.quotes, toks[p].Start); q >= 0 {
			c := r.quotes[q].Span
			// A quotation split by its attribution: "“…,” he said, “…”".
			for m := k; m < b; m++ {
				if isOpenQuote(toks[m].Text) && m > 0 && toks[m-1].Text == "," {
					if q2 := quoteAt(r.quotes, toks[m].Start); q2 > q {
						c.End = r.quotes[q2].End
					}
					break
				}
			}
			h.content, h.direct = c, true
			return
		}
	}
	// A colon before a quotation: "dismissed speculation: “…”".
	for m := k; m+1 < b; m++ {
		if toks[m].Text == ":" && !inQ[m] && isOpenQuote(toks[m+1].Text) {
			if q := quoteAt(r.quotes, toks[m+1].Start); q >= 0 {
				h.content, h.direct = r.quotes[q].Span, true
				return
			}
		}
	}
	if k < b && (isOpenQuote(toks[k].Text) || toks[k].Text == "," && k+1 < b && isOpenQuote(toks[k+1].Text)) {
		comma := toks[k].Text == ","
		if comma {
			k++
		}
		if q := quoteAt(r.quotes, toks[k].Start); q >= 0 {
			if comma || r.quotes[q].Close >= r.tail(toks, k, b).End {
				h.content, h.direct = r.quotes[q].Span, true
				return
			}
		}
	}
	if k < b && (toks[k].Word || isOpenQuote(toks[k].Text)) && !h.participle || h.participle && k < b {
		h.content = r.tail(toks, k, b)
		return
	}
	pre := r.head(toks, lo, cs)
	words := 0
	for i := lo; i < cs; i++ {
		if toks[i].Word && !functionWords[toks[i].lower()] {
			words++
		}
	}
	after := k < b && toks[k].Text == "," && k+1 < b && toks[k+1].Word
	switch {
	case words < 1 && after:
		h.content = r.tail(toks, k+1, b)
	case after && !trailing(toks[k+1].lower()):
		h.content = Span{pre.Start, r.tail(toks, k+1, b).End}
	default:
		h.content = pre
	}
}

// trailing reports whether a word opens a phrase that trails an attribution
// rather than continuing the statement (", articulating…", ", who…").
func trailing(w string) bool {
	return strings.HasSuffix(w, "ing") || w == "who" || w == "which" || w == "a" || w == "an" || w == "the" || w == "according"
}

// skipTime skips "on Friday", "last week" and the like when a comma, "that"
// or a quotation follows.
func skipTime(toks []token, k, b int) int {
	m := k
	for m < b && m < k+4 && toks[m].Word && timeWords[toks[m].lower()] {
		m++
	}
	if m > k && (m == b || toks[m].Text == "," || toks[m].lower() == "that" || isOpenQuote(toks[m].Text)) {
		return m
	}
	return k
}

// bareClause are participles that take a statement without "that" ("…, saying the talks failed").
var bareClause = toSet(`saying adding noting`)

// skipMedium skips "in a statement", "in a post on X" or "in Brussels"
// between a cue and its content, when "that", a comma, a quotation or the
// end follows.
func skipMedium(toks []token, k, b int) int {
	if k+1 < b && toks[k].lower() == "on" {
		// "on X", "on Truth Social"
		for n := min(k+2, b-1); n > k; n-- {
			var sb strings.Builder
			for m := k + 1; m <= n; m++ {
				if m > k+1 {
					sb.WriteByte(' ')
				}
				sb.WriteString(toks[m].lower())
			}
			if platforms[sb.String()] {
				return n + 1
			}
		}
	}
	if k >= b || toks[k].lower() != "in" {
		return k
	}
	medium, places := false, true
	for m := k + 1; m < b && m <= k+10; m++ {
		t := toks[m]
		if t.lower() == "that" || t.Text == "," || t.Text == ":" || isOpenQuote(t.Text) {
			if medium || places && m > k+1 {
				return m
			}
			return k
		}
		if !t.Word {
			return k
		}
		medium = medium || viaNouns[t.lower()]
		places = places && t.capitalized()
	}
	if medium || places {
		return b
	}
	return k
}

// head returns the sentence's text from token lo to before token c,
// without the trailing comma.
func (r *reader) head(toks []token, lo, c int) Span {
	e := c
	for e > lo && !toks[e-1].Word && !isCloseQuote(toks[e-1].Text) {
		e--
	}
	for lo < e && (toks[lo].Text == "," || toks[lo].Text == ";") {
		lo++
	}
	if e <= lo {
		return Span{}
	}
	return Span{toks[lo].Start, toks[e-1].End}
}

// tail returns the text of tokens [k, b) without trailing punctuation
// (closing quotes kept).
func (r *reader) tail(toks []token, k, b int) Span {
	for b > k && !toks[b-1].Word && !isCloseQuote(toks[b-1].Text) && toks[b-1].Text != ")" {
		b--
	}
	if b <= k {
		return Span{}
	}
	return Span{toks[k].Start, toks[b-1].End}
}

// isQuotation reports whether sp is exactly one quotation, marks included or not.
func (r *reader) isQuotation(sp Span) bool {
	q := quoteAt(r.quotes, sp.Start)
	return q >= 0 && r.quotes[q].Close >= sp.End && r.quotes[q].Open <= sp.Start
}

// platforms are the social networks a source posts on.
var platforms = toSet(`x twitter facebook instagram telegram tiktok linkedin youtube threads bluesky weibo wechat
	truth_social reddit substack mastodon`)

// mediumVerbs continue a medium rather than start a statement: "in a
// statement posted on Telegram".
var mediumVerbs = toSet(`posted published broadcast aired released issued shared uploaded`)

// viaPhrase finds the medium of a sentence's statements: "in an interview
// broadcast on Fox News", "in a post on X", "in a written statement".
func (r *reader) viaPhrase(toks []token, inQ []bool) *Span {
	if v := r.viaIn(toks, inQ); v != nil {
		return v
	}
	// "wrote on X", "said on Facebook", "posted on Truth Social".
	for i := 1; i+1 < len(toks); i++ {
		if inQ[i] || toks[i].lower() != "on" {
			continue
		}
		if _, cue := verbCues[toks[i-1].lower()]; !cue && !isAdverb(toks[i-1].lower()) {
			continue
		}
		for n := 2; n >= 1; n-- {
			if e := i + n; e < len(toks) && !inQ[e] {
				sp := Span{toks[i+1].Start, toks[e].End}
				if strings.HasSuffix(toks[e].Text, ".") {
					sp.End-- // "X." at the end of the sentence
				}
				if platforms[strings.ToLower(r.text[sp.Start:sp.End])] {
					return &sp
				}
			}
		}
	}
	return nil
}

// viaIn finds a medium introduced by "in": "in an interview broadcast on
// Fox News", "in a statement posted on Telegram".
func (r *reader) viaIn(toks []token, inQ []bool) *Span {
	for i := 0; i+2 < len(toks); i++ {
		if inQ[i] || toks[i].lower() != "in" {
			continue
		}
		n := i + 1
		for n < len(toks) && n < i+4 && !viaNouns[toks[n].lower()] && toks[n].Word {
			n++
		}
		if n >= len(toks) || !viaNouns[toks[n].lower()] {
			continue
		}
		e := n + 1
		for e < len(toks) && toks[e].Word && !inQ[e] && toks[e].lower() != "that" {
			if _, cue := verbCues[toks[e].lower()]; cue && !mediumVerbs[toks[e].lower()] {
				break
			}
			e++
		}
		start := i
		if noun := toks[n].lower(); noun == "interview" || noun == "interviews" {
			// The outlet: after "on", "with" or "to".
			for m := n + 1; m < e; m++ {
				if w := toks[m].lower(); w == "on" || w == "with" || w == "to" {
					start = m + 1
					break
				}
			}
			if start == i {
				continue // "in an interview" with no outlet named
			}
		}
		if start >= e {
			continue
		}
		sp := Span{toks[start].Start, toks[e-1].End}
		if start != i && r.isPress(r.text[sp.Start:sp.End]) {
			return nil
		}
		return &sp
	}
	return nil
}
