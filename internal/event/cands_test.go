package event

import (
	"slices"
	"testing"
)

// TestCachedCandidates: the cache gives what computing gives, and a
// caller's append does not reach it.
func TestCachedCandidates(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		lx, err := lexiconFor(lang)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range [][2]string{{"Vergaderden", "vergaderen"}, {"opgeroepen", ""}, {"gearresteerd", "arresteren"},
			{"walked", "walk"}, {"went", ""}, {"Ontmoet", "ontmoeten"}} {
			want := lx.computeCandidates(c[0], c[1])
			for pass := 0; pass < 2; pass++ {
				got := lx.lemmaCandidates(c[0], c[1])
				if !slices.Equal(got, want) {
					t.Errorf("%s %q pass %d: %v, want %v", lang, c, pass, got, want)
				}
				_ = append(got, "x")
			}
		}
	}
}
