package ner

import (
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

// splitSents are invented: a headline, a role noun and a compound, a
// gazetteer name, one-word and two-word sentences, repeated forms.
var splitSents = [][]string{
	{"MINISTER", "BEZOEKT", "ROTTERDAM", "EN", "GENT"},
	{"De", "burgemeester", "van", "Gent", "sprak", "met", "minister-president", "Rutte", "."},
	{"Koreakenner", "Jan", "de", "Vries", "woont", "in", "Parijs", "."},
	{"Ja"},
	{"Ja", "!"},
	{"De", "burgemeester", "van", "Gent", "sprak", "."},
}

func splitTaggers(t *testing.T) map[string]*Tagger {
	nl, err := For("nl")
	if err != nil {
		t.Fatal(err)
	}
	return map[string]*Tagger{"tiny": tinyTagger(t), "nl": nl}
}

// TestCachedScores: a caching state gives the same toks, scores and labels
// as a plain one, cold and warm.
func TestCachedScores(t *testing.T) {
	for name, tg := range splitTaggers(t) {
		plain := newDocState()
		tg.prepare(plain, splitSents)
		tg.run(plain)
		cached := newCachingDocState()
		for pass := 0; pass < 2; pass++ {
			tg.prepare(cached, splitSents)
			tg.run(cached)
			if !reflect.DeepEqual(cached.toks, plain.toks) || !reflect.DeepEqual(cached.scores, plain.scores) ||
				!reflect.DeepEqual(cached.score2, plain.score2) || !reflect.DeepEqual(cached.lab, plain.lab) {
				t.Errorf("%s, pass %d: the caching state tags differently", name, pass)
			}
		}
	}
}

// refViterbi is viterbi with allowed asked for every pair.
func refViterbi(scores [][nLabels]float32, trans *[nLabels + 1][nLabels]float32, out []uint8) {
	n := len(scores)
	back := make([][nLabels]uint8, n)
	var cur, next [nLabels]float32
	neg := float32(math.Inf(-1))
	for l := 0; l < nLabels; l++ {
		cur[l] = neg
		if allowed(nLabels, l) {
			cur[l] = scores[0][l] + trans[nLabels][l]
		}
	}
	for i := 1; i < n; i++ {
		for l := 0; l < nLabels; l++ {
			best, arg := neg, 0
			for p := 0; p < nLabels; p++ {
				if s := cur[p] + trans[p][l]; allowed(p, l) && s > best {
					best, arg = s, p
				}
			}
			next[l], back[i][l] = best+scores[i][l], uint8(arg)
		}
		cur = next
	}
	arg := 0
	for l := 1; l < nLabels; l++ {
		if cur[l] > cur[arg] {
			arg = l
		}
	}
	out[n-1] = uint8(arg)
	for i := n - 1; i > 0; i-- {
		out[i-1] = back[i][out[i]]
	}
}

// TestViterbi compares viterbi with refViterbi on random scores, ties
// (small integers) included.
func TestViterbi(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for k := 0; k < 2000; k++ {
		var trans [nLabels + 1][nLabels]float32
		for p := range trans {
			for l := range trans[p] {
				trans[p][l] = float32(rng.IntN(5) - 2)
			}
		}
		scores := make([][nLabels]float32, 1+rng.IntN(12))
		for i := range scores {
			for l := range scores[i] {
				scores[i][l] = float32(rng.IntN(7) - 3)
				if k%2 == 1 {
					scores[i][l] = rng.Float32()*8 - 4
				}
			}
		}
		got, want := make([]uint8, len(scores)), make([]uint8, len(scores))
		var d decoder
		d.viterbi(scores, &trans, got)
		refViterbi(scores, &trans, want)
		if !slices.Equal(got, want) {
			t.Fatalf("case %d: viterbi %v, reference %v", k, got, want)
		}
	}
}
