package parse

import (
	"bytes"
	"strings"
	"testing"
)

func TestSelectAgreed(t *testing.T) {
	// tr builds a parse of a sentence of len(heads) words; the same
	// relation everywhere except where named.
	tr := func(heads []int, rels ...string) Sentence {
		s := Sentence{Forms: make([]string, len(heads)), Heads: heads, Deprels: make([]string, len(heads))}
		for i := range heads {
			s.Deprels[i] = "dep"
			if heads[i] == 0 {
				s.Deprels[i] = "root"
			}
		}
		for i := 0; i+1 < len(rels); i += 2 {
			for k := range s.Forms {
				if rels[i] == string(rune('a'+k)) {
					s.Deprels[k] = rels[i+1]
				}
			}
		}
		return s
	}
	a := tr([]int{2, 0, 2})
	b := tr([]int{0, 1, 1})
	c := tr([]int{2, 0, 2}, "a", "nsubj")
	long := tr([]int{2, 0, 2, 3, 4, 5})
	tests := []struct {
		name              string
		teachers          [][]Sentence
		agree, lo, hi     int
		want              int // sentences kept
		wantFirstRootWord int // 1-based root of the first kept tree
	}{
		{"all agree", [][]Sentence{{a}, {a}, {a}}, 2, 0, 0, 1, 2},
		{"two of three, not the first", [][]Sentence{{b}, {a}, {a}}, 2, 0, 0, 1, 2},
		{"labels differ", [][]Sentence{{a}, {c}, {b}}, 2, 0, 0, 0, 0},
		{"all three needed", [][]Sentence{{a}, {a}, {b}}, 3, 0, 0, 0, 0},
		{"too long", [][]Sentence{{long}, {long}}, 2, 0, 5, 0, 0},
		{"too short", [][]Sentence{{a}, {a}}, 2, 4, 0, 0, 0},
		{"one teacher", [][]Sentence{{b}}, 1, 0, 0, 1, 1},
		{"no teachers", nil, 2, 0, 0, 0, 0},
	}
	// Tri-training: the first teacher is the student's configuration.
	tri := []struct {
		name     string
		teachers [][]Sentence
		want     int
	}{
		{"others agree, student differs", [][]Sentence{{b}, {a}, {a}}, 1},
		{"all agree: nothing to learn", [][]Sentence{{a}, {a}, {a}}, 0},
		{"others differ", [][]Sentence{{a}, {a}, {c}}, 0},
		{"no others", [][]Sentence{{a}}, 0},
	}
	for _, tc := range tri {
		if got := SelectTriTraining(tc.teachers, 2, 0, 0); len(got) != tc.want {
			t.Errorf("tri-training, %s: kept %d, want %d", tc.name, len(got), tc.want)
		}
	}
	for _, tc := range tests {
		got := SelectAgreed(tc.teachers, tc.agree, tc.lo, tc.hi)
		if len(got) != tc.want {
			t.Errorf("%s: kept %d, want %d", tc.name, len(got), tc.want)
			continue
		}
		if len(got) > 0 {
			for i, h := range got[0].Heads {
				if h == 0 && i+1 != tc.wantFirstRootWord {
					t.Errorf("%s: root %d, want %d", tc.name, i+1, tc.wantFirstRootWord)
				}
			}
		}
	}
}

// TestTrainSilver checks that silver trees parsed by a VForm teacher carry
// its verb forms and train a student deterministically.
func TestTrainSilver(t *testing.T) {
	gold := toySents(t)
	for i := range gold {
		for k, u := range gold[i].UPOS {
			if u == "VERB" || u == "AUX" {
				gold[i].Feats[k] = "VerbForm=Fin"
			}
		}
	}
	opt := TrainOptions{Lang: "nl", Epochs: 3, Seed: 1, VForm: true, RootEnd: true}
	m, err := Train(gold, opt)
	if err != nil {
		t.Fatal(err)
	}
	raw := []Sentence{{Forms: []string{"Piet", "slaapt", "."}, UPOS: []string{"PROPN", "VERB", "PUNCT"}}}
	silver := ParseSilver(m, raw)
	if len(silver) != 1 || len(silver[0].Heads) != 3 || silver[0].Feats[1] != "VerbForm=Fin" {
		t.Fatalf("silver %+v", silver)
	}
	opt.Silver = silver
	var sums []string
	for k := 0; k < 2; k++ {
		s, err := Train(gold, opt)
		if err != nil {
			t.Fatal(err)
		}
		sums = append(sums, modelBytes(t, s))
	}
	if sums[0] != sums[1] {
		t.Error("training with silver trees is not deterministic")
	}
}

func modelBytes(t *testing.T, m *Model) string {
	t.Helper()
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestReverse(t *testing.T) {
	s := toySents(t)[2] // Piet heeft gezien dat Anna hier woont .
	r := Reverse([]Sentence{s})[0]
	if r.Forms[0] != "." || r.Forms[7] != "Piet" {
		t.Fatalf("forms %v", r.Forms)
	}
	// "gezien" (3) is the root; "Piet" (1) hangs on it: reversed, word 8
	// hangs on word 6.
	if r.Heads[5] != 0 || r.Heads[7] != 6 || r.Deprels[7] != "nsubj" {
		t.Errorf("heads %v rels %v", r.Heads, r.Deprels)
	}
	back := Reverse([]Sentence{r})[0]
	if !sameTree(back, s) || strings.Join(back.Forms, " ") != strings.Join(s.Forms, " ") {
		t.Errorf("reversed twice: %v %v", back.Forms, back.Heads)
	}
}

// TestBeamTeacher checks that the globally trained beam parser learns the
// toy treebank and parses it back.
func TestBeamTeacher(t *testing.T) {
	gold := toySents(t)
	for _, end := range []bool{false, true} {
		m, err := Train(gold, TrainOptions{Lang: "nl", Epochs: 10, Seed: 1, Beam: 4, RootEnd: end})
		if err != nil {
			t.Fatal(err)
		}
		for i, s := range ParseBeam(m, gold, 4) {
			if !sameTree(s, gold[i]) {
				t.Errorf("root at end %v: sentence %d: heads %v rels %v", end, i, s.Heads, s.Deprels)
			}
		}
	}
}
