package ner

import (
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

// TestSplitFeatures: wordFeatures and contextFeatures together are
// features, as a multiset.
func TestSplitFeatures(t *testing.T) {
	for name, tg := range splitTaggers(t) {
		st := newDocState()
		tg.prepare(st, splitSents)
		for s := 0; s+1 < len(st.bounds); s++ {
			toks := st.toks[st.bounds[s]:st.bounds[s+1]]
			for i := range toks {
				want := features(toks, i, nil)
				got := contextFeatures(toks, i, wordFeatures(&toks[i], nil))
				slices.Sort(want)
				slices.Sort(got)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s: sentence %d word %q: split features differ", name, s, toks[i].w)
				}
			}
		}
	}
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
