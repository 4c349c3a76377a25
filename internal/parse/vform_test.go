package parse

import (
	"strings"
	"testing"

	"kroniek/internal/conllu"
)

func TestFeatVerbForm(t *testing.T) {
	for _, tc := range []struct{ upos, feats, want string }{
		{"VERB", "Number=Sing|Tense=Pres|VerbForm=Fin", "Fin"},
		{"AUX", "VerbForm=Inf", "Inf"},
		{"VERB", "VerbForm=Part|Voice=Pass", "Part"},
		{"VERB", "_", ""},
		{"NOUN", "VerbForm=Inf", ""},
	} {
		if got := featVerbForm(tc.upos, tc.feats); got != tc.want {
			t.Errorf("featVerbForm(%q, %q) = %q, want %q", tc.upos, tc.feats, got, tc.want)
		}
	}
}

// vfToy is a hand-written treebank with verb forms (written for this test).
const vfToy = `1	Jan	Jan	PROPN	_	_	3	nsubj	_	_
2	heeft	hebben	AUX	_	VerbForm=Fin	3	aux	_	_
3	gewerkt	werken	VERB	_	VerbForm=Part	0	root	_	_
4	.	.	PUNCT	_	_	3	punct	_	_

1	Wij	wij	PRON	_	_	2	nsubj	_	_
2	willen	willen	VERB	_	VerbForm=Fin	0	root	_	_
3	te	te	ADP	_	_	4	mark	_	_
4	werken	werken	VERB	_	VerbForm=Inf	2	xcomp	_	_
5	.	.	PUNCT	_	_	2	punct	_	_

1	Zij	zij	PRON	_	_	2	nsubj	_	_
2	werkt	werken	VERB	_	VerbForm=Fin	0	root	_	_
3	.	.	PUNCT	_	_	2	punct	_	_

`

// TestVerbFormModel trains a VForm model twice, expects the same bytes and a
// round trip, and the toy's verb forms learnt.
func TestVerbFormModel(t *testing.T) {
	sents, err := ReadCoNLLU(strings.NewReader(vfToy))
	if err != nil {
		t.Fatal(err)
	}
	m := trainTwice(t, sents, TrainOptions{Lang: "nl", Epochs: 10, Seed: 1, VForm: true})
	if !m.VForm {
		t.Fatal("model read back lost its verb-form flag")
	}
	if right, total := VerbFormAccuracy(m, sents); total != 5 || right != total {
		t.Errorf("verb forms: %d of %d right, want 5 of 5", right, total)
	}
	// Parsing without tags must not fail.
	NewParser(m).Parse([]string{"heeft", "gewerkt"}, nil, nil)
}

// TestV1CopulaForms checks the verb forms given to v1 copulas, which have
// no FEATS.
func TestV1CopulaForms(t *testing.T) {
	const v1 = `1	Hij	hij	PRON	_	_	3	nsubj	_	_
2	is	zijn	AUX	_	_	3	cop	_	_
3	ziek	ziek	ADJ	_	Degree=Pos	0	root	_	_
4	geweest	zijn	AUX	_	_	3	cop	_	_

1	Hij	hij	PRON	_	_	4	nsubj	_	_
2	wil	willen	VERB	_	VerbForm=Fin	4	aux	_	_
3	ziek	ziek	ADJ	_	_	4	advmod	_	_
4	zijn	zijn	AUX	_	_	0	root	_	_

`
	ss, err := conllu.ReadAll(strings.NewReader(v1))
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"", "Fin", "", "Part"}, {"", "Fin", "", "Inf"}}
	for k, s := range ss {
		got := goldSubtags(ConvertV1(s))
		for i := range want[k] {
			if got[i] != want[k][i] {
				t.Errorf("sentence %d: verb forms %q, want %q", k+1, got, want[k])
				break
			}
		}
	}
}
