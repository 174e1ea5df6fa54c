// Package cluster finds the near-duplicates in a set of texts — the copies
// of one story that sites trimmed, restyled or rewrote — and proposes the
// original of each group, saying why.
//
// Texts are compared by MinHash signatures of their word bigrams (Sign);
// locality-sensitive hashing over bands of the signatures finds the pairs
// worth comparing, so the cost grows with the number of texts times the
// number of near-duplicates each has, not with the number of pairs. Texts
// whose estimated resemblance reaches Threshold are linked, and each group
// of linked texts is a Cluster.
//
// The package is plain Go; it keeps signatures, not texts, so a corpus of
// a million texts takes about 1 GiB.
package cluster

import (
	"sort"

	"wirediff/internal/analyze"
)

// Threshold is the estimated resemblance (Jaccard index of the sets of
// word bigrams) from which two texts are versions of one story: between
// the 0.051 of the two most alike different reports in the OneStop corpus
// and the 0.179 of the two least alike versions of one report.
const Threshold = 0.1

// bucketCap bounds the texts of one LSH bucket a new text is checked
// against: a story copied a thousand times fills its buckets with copies,
// and checking the first few finds the cluster.
const bucketCap = 8

// Doc is what clustering keeps of one text.
type Doc struct {
	Sig Signature
	// Shingles is the number of distinct word bigrams.
	Shingles int
	// Agency is the news agency of the dateline opening the text
	// (analyze.Agency), or "".
	Agency string
}

// Describe returns the Doc of text, in time linear in its length.
func Describe(text string) Doc {
	sig, n := Sign(text)
	return Doc{Sig: sig, Shingles: n, Agency: analyze.Agency(text)}
}

// Member is one text of a Cluster.
type Member struct {
	// Index is the text's index in the slice given to Group.
	Index int
	// Resemblance is the estimated resemblance with the cluster's
	// original (1 for the original itself).
	Resemblance float64
	// Shared estimates the share of this text's bigrams that the original
	// has too (1 for the original itself; near 1 for a trimmed copy).
	Shared float64
}

// Cluster is one group of near-duplicates.
type Cluster struct {
	// Original indexes the text proposed as the original.
	Original int
	// Members are every text of the cluster, the original first, then by
	// decreasing resemblance with it (by index when equal).
	Members []Member
	// Why says in a sentence why Original was chosen.
	Why string
}

// Group clusters docs. Every index of docs is in exactly one Cluster;
// clusters come in the order of their first text's index.
func Group(docs []Doc) []Cluster {
	parent := make([]int32, len(docs))
	for i := range parent {
		parent[i] = int32(i)
	}
	find := func(i int32) int32 {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	buckets := make(map[uint64][]int32)
	for i := range docs {
		if docs[i].Shingles == 0 {
			continue
		}
		for b := 0; b < bands; b++ {
			key := uint64(b)
			for _, v := range docs[i].Sig[b*rows : (b+1)*rows] {
				key = mix(key*31 + uint64(v))
			}
			bucket := buckets[key]
			for _, j := range bucket {
				ri, rj := find(int32(i)), find(j)
				if ri != rj && Resemblance(&docs[i].Sig, &docs[j].Sig) >= Threshold {
					parent[max(ri, rj)] = min(ri, rj)
				}
			}
			if len(bucket) < bucketCap {
				buckets[key] = append(bucket, int32(i))
			}
		}
	}
	groups := make(map[int32][]int)
	var roots []int32
	for i := range docs {
		r := find(int32(i))
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], i)
	}
	out := make([]Cluster, 0, len(roots))
	for _, r := range roots {
		out = append(out, describe(docs, groups[r]))
	}
	return out
}

// describe chooses the original of the texts idx and orders its members.
func describe(docs []Doc, idx []int) Cluster {
	orig, why := original(docs, idx)
	o := &docs[orig]
	ms := make([]Member, len(idx))
	for k, i := range idx {
		if i == orig {
			ms[k] = Member{Index: i, Resemblance: 1, Shared: 1}
			continue
		}
		j := Resemblance(&o.Sig, &docs[i].Sig)
		ms[k] = Member{Index: i, Resemblance: j, Shared: shared(j, o.Shingles, docs[i].Shingles)}
	}
	sort.SliceStable(ms, func(a, b int) bool {
		if (ms[a].Index == orig) != (ms[b].Index == orig) {
			return ms[a].Index == orig
		}
		return ms[a].Resemblance > ms[b].Resemblance
	})
	return Cluster{Original: orig, Members: ms, Why: why}
}

// shared estimates the share of a text of n shingles found in one of m
// shingles they resemble by j: |A∩B| = j(|A|+|B|)/(1+j).
func shared(j float64, m, n int) float64 {
	if n == 0 {
		return 0
	}
	return min(1, j*float64(m+n)/(1+j)/float64(n))
}
