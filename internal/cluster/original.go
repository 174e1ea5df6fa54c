package cluster

import (
	"fmt"
	"strings"
)

// scoreSample bounds the texts an original's candidates are scored
// against, so that choosing the original of a cluster of a million
// verbatim copies costs no more than choosing among a hundred.
const scoreSample = 64

// original proposes the original among the texts idx and says why: the
// texts opening with an agency's dateline are the candidates when there
// are any (a wire story credits its agency; sites that rewrite it rarely
// keep the dateline), else every text is; of the candidates, the one the
// others share most text with — the version the rest were cut from — wins,
// the longer when two tie, the first when they tie again.
func original(docs []Doc, idx []int) (int, string) {
	if len(idx) == 1 {
		return idx[0], "the only version of this story"
	}
	var cands []int
	for _, i := range idx {
		if docs[i].Agency != "" {
			cands = append(cands, i)
		}
	}
	agency := len(cands) > 0
	if !agency {
		cands = idx
	}
	others := sample(idx, scoreSample)
	if len(cands) > scoreSample {
		cands = sample(cands, scoreSample)
	}
	best, bestScore := -1, -1.0
	for _, c := range cands {
		s := score(docs, c, others)
		if s > bestScore || s == bestScore && docs[c].Shingles > docs[best].Shingles {
			best, bestScore = c, s
		}
	}
	share := fmt.Sprintf("the other versions share %s of their text with it on average", percent(bestScore))
	if agency {
		names := agencies(docs, idx)
		if len(cands) == 1 {
			return best, fmt.Sprintf("the only version whose dateline credits %s; %s", names, share)
		}
		return best, fmt.Sprintf("of the %d versions whose dateline credits %s, %s", len(cands), names, share)
	}
	return best, fmt.Sprintf("no version opens with an agency's dateline; %s, more than with any other", share)
}

// score is the mean share of the texts others found in c.
func score(docs []Doc, c int, others []int) float64 {
	sum, n := 0.0, 0
	for _, o := range others {
		if o == c {
			continue
		}
		j := Resemblance(&docs[c].Sig, &docs[o].Sig)
		sum += shared(j, docs[c].Shingles, docs[o].Shingles)
		n++
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// sample returns at most n of idx, evenly spaced.
func sample(idx []int, n int) []int {
	if len(idx) <= n {
		return idx
	}
	out := make([]int, n)
	for k := range out {
		out[k] = idx[k*len(idx)/n]
	}
	return out
}

// agencies names the agencies of the datelines among idx, in order of
// first appearance: "Reuters", "Reuters and AP".
func agencies(docs []Doc, idx []int) string {
	var names []string
	seen := map[string]bool{}
	for _, i := range idx {
		if a := docs[i].Agency; a != "" && !seen[a] {
			seen[a] = true
			names = append(names, a)
		}
	}
	if len(names) > 3 {
		names = append(names[:3], "others")
	}
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// percent writes a share as a whole percentage: "62%".
func percent(x float64) string { return fmt.Sprintf("%.0f%%", 100*x) }
