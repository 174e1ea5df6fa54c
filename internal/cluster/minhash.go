package cluster

import (
	"strings"

	"wirediff/internal/diff"
)

// The shape of a signature, measured on the OneStop corpus (126 reports,
// each in three versions rewritten for readers of three levels): with word
// bigrams the exact resemblance of two versions of one report is at least
// 0.179 and that of two different reports at most 0.051 (trigrams: 0.112
// and 0.013; single words: 0.332 and 0.285, no gap).
const (
	// shingleWords is the number of words in a shingle.
	shingleWords = 2
	// hashes is the number of hash functions: the signature's length.
	// The error of an estimate is sqrt(J(1-J)/hashes), 0.014 at J = 0.05.
	hashes = 256
	// rows is the number of hashes in an LSH band. With 128 bands of 2,
	// two texts of resemblance 0.1 meet in some band with probability
	// 0.72, of resemblance 0.18 with probability 0.985, of 0.01 with 0.013.
	rows  = 2
	bands = hashes / rows
)

// Signature is the MinHash signature of a text: for each of 256 hash
// functions the least hash of the text's word bigrams. The share of
// positions where two signatures agree estimates the Jaccard resemblance
// of the two texts' sets of bigrams.
type Signature [hashes]uint32

// Sign returns the signature of text and its number of distinct shingles.
// Words are diff.Tokenize's words and numbers, lower-cased, so that case,
// punctuation and white space do not count. Its cost is linear in the
// length of text. A text of one word has one shingle, the word; an empty
// text has none and an all-ones signature.
func Sign(text string) (Signature, int) {
	var sig Signature
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	keys := wordKeys(text)
	if len(keys) == 1 {
		keys = append(keys, 0)
	}
	seen := make(map[uint64]struct{}, len(keys))
	for i := 0; i+shingleWords <= len(keys); i++ {
		h := keys[i]
		for _, k := range keys[i+1 : i+shingleWords] {
			h = mix(h*31 + k)
		}
		if _, dup := seen[h]; dup {
			continue
		}
		seen[h] = struct{}{}
		for j := range sig {
			if v := uint32(mix(h^seeds[j]) >> 32); v < sig[j] {
				sig[j] = v
			}
		}
	}
	return sig, len(seen)
}

// Resemblance estimates the Jaccard resemblance of the texts signed a and b:
// the share of hash functions on which they agree.
func Resemblance(a, b *Signature) float64 {
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return float64(n) / hashes
}

// wordKeys hashes each word of text, lower-cased.
func wordKeys(text string) []uint64 {
	var keys []uint64
	for _, t := range diff.Tokenize(text) {
		if t.Kind != diff.KindWord && t.Kind != diff.KindNumber {
			continue
		}
		keys = append(keys, fnv(strings.ToLower(text[t.Start:t.End])))
	}
	return keys
}

// fnv is the 64-bit FNV-1a hash of s: fixed, so that signatures made in
// different processes (the workers of a pipeline) agree.
func fnv(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// mix is SplitMix64's finaliser, a bijection that spreads every input bit
// over the output.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// seeds tell the hash functions apart: h_j(x) = mix(x ^ seeds[j]).
var seeds = func() (s [hashes]uint64) {
	x := uint64(0x9e3779b97f4a7c15)
	for i := range s {
		x += 0x9e3779b97f4a7c15
		s[i] = mix(x)
	}
	return s
}()
