package tag

import "testing"

// TestGuessIndex: the suffix index gives the lemmas the bucket map gives.
func TestGuessIndex(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		tg, err := For(lang)
		if err != nil {
			t.Fatal(err)
		}
		lz := tg.lem
		if lz.bySuffix == nil {
			t.Fatalf("%s: no suffix index", lang)
		}
		plain := *lz
		plain.bySuffix = nil
		words := []string{"gefietst", "gewandeld", "fietsers", "blauwe", "liepen", "gebeurtenissen", "geel", "ge",
			"zwommen", "walked", "running", "happier", "geese", "studies", "a", "", "één", "gezegd", "geopend"}
		for _, w := range words {
			for _, u := range []string{"NOUN", "VERB", "ADJ", "AUX", "ADV", "PROPN", "X"} {
				if got, want := lz.guess(w, u), plain.guess(w, u); got != want {
					t.Errorf("%s: guess(%q, %s) = %q with the index, %q without", lang, w, u, got, want)
				}
			}
		}
	}
}
