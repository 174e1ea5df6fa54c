package attrdiff

import "strings"

// The directions of a Change: whether B presents the claim as more
// authoritative or certain than A did, or less.
const (
	Stronger = "stronger"
	Weaker   = "weaker"
)

// kindRank orders the kinds of source by the authority they lend a claim:
// a document, an unnamed person, a named one.
var kindRank = map[string]int{"document": 0, "anonymous": 1, "named": 2}

// rankWords are the words that make an unnamed source sound better placed
// ("senior", "top", "high-ranking"): adding one inflates the source.
var rankWords = toSet(`senior top high-ranking high-level highly-placed well-placed high-placed ranking chief leading
	key veteran authoritative reliable trusted credible informed knowledgeable prominent influential`)

// countWords give the number of sources a determiner or numeral stands for;
// several and more count as three.
var sourceCounts = map[string]int{
	"a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "both": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "multiple": 3,
	"many": 3, "numerous": 3, "various": 3, "some": 2, "few": 2,
}

// sourceCount is how many sources a source phrase names: its numeral, else
// two for a plural head noun, else one.
func sourceCount(k string) int {
	f := strings.Fields(k)
	for _, w := range f {
		if n, ok := sourceCounts[w]; ok {
			return n
		}
	}
	if len(f) > 0 && !pronouns[f[0]] && strings.HasSuffix(f[len(f)-1], "s") && !strings.HasSuffix(f[len(f)-1], "ss") {
		return 2
	}
	return 1
}

// rankDiff returns the rank words in b's key and not in a's (added) and the
// reverse (removed).
func rankDiff(a, b string) (added, removed []string) {
	in := func(k string) map[string]bool {
		out := map[string]bool{}
		for _, w := range strings.Fields(k) {
			if rankWords[w] {
				out[w] = true
			}
		}
		return out
	}
	ra, rb := in(a), in(b)
	for _, w := range strings.Fields(b) {
		if rb[w] && !ra[w] {
			added = append(added, w)
		}
	}
	for _, w := range strings.Fields(a) {
		if ra[w] && !rb[w] {
			removed = append(removed, w)
		}
	}
	return added, removed
}

// sourceDirection judges a change of source from x to y and names an
// inflation or deflation of rank ("+senior", "−senior"); "" when neither.
func sourceDirection(x, y *att) (dir, rank string) {
	kx, ky := kindRank[x.Kind], kindRank[y.Kind]
	added, removed := rankDiff(x.source, y.source)
	switch {
	case kx != ky:
		return towards(ky - kx), ""
	case len(added) > 0 && len(removed) == 0:
		return Stronger, "+" + strings.Join(added, " +")
	case len(removed) > 0 && len(added) == 0:
		return Weaker, "−" + strings.Join(removed, " −")
	}
	return towards(sourceCount(y.source) - sourceCount(x.source)), ""
}

// towards is Stronger for a positive difference, Weaker for a negative one.
func towards(d int) string {
	switch {
	case d > 0:
		return Stronger
	case d < 0:
		return Weaker
	}
	return ""
}

// Cue certainty: a tentative cue ("suggested", "claimed") leaves a claim in
// doubt, a certain one ("confirmed", "revealed") vouches for it; the rest
// ("said", "according to") are neutral.
var (
	tentativeCues = toSet(`suggest suggests suggested suggesting speculate speculates speculated speculating
		hint hints hinted hinting claim claims claimed claiming allege alleges alleged alleging believe believes
		believed believing think thinks thought guess guessed reckon reckons reckoned surmise surmised posit
		posited imply implies implied implying wonder wondered wondering floated mused`)
	certainCues = toSet(`confirm confirms confirmed confirming reveal reveals revealed revealing disclose discloses
		disclosed disclosing establish established show shows showed shown prove proves proved proven
		affirm affirmed assert asserts asserted declare declares declared declaring insist insists insisted
		stress stresses stressed emphasise emphasised emphasize emphasized acknowledge acknowledged admit
		admits admitted concede conceded verify verified clear`)
)

// cueLevel is −1 for a tentative cue, 1 for a certain one, 0 otherwise.
func cueLevel(k string) int {
	for _, w := range strings.Fields(k) {
		switch {
		case tentativeCues[w]:
			return -1
		case certainCues[w]:
			return 1
		}
	}
	return 0
}
