package parse

import (
	"strings"
	"testing"
)

// v1Toy is a hand-written UD v1 sentence in the old LassySmall style: the
// passive auxiliary heads the clause, punctuation hangs on the root.
const v1Toy = `1	Gisteren	gisteren	ADV	_	_	2	advmod	_	_
2	werd	worden	VERB	_	VerbForm=Fin	0	root	_	_
3	de	de	DET	_	Definite=Def	4	det	_	_
4	brug	brug	NOUN	_	_	2	nsubj	_	_
5	,	,	PUNCT	_	_	2	punct	_	_
6	een	een	DET	_	_	7	det	_	_
7	oud	oud	ADJ	_	_	4	appos	_	_
8	en	en	CONJ	_	_	7	cc	_	_
9	smal	smal	ADJ	_	_	7	conj	_	_
10	ding	ding	NOUN	_	_	7	mwe	_	_
11	,	,	PUNCT	_	_	2	punct	_	_
12	in	in	ADP	_	_	13	case	_	_
13	Delft	Delft	PROPN	_	_	14	nmod	_	_
14	geopend	openen	VERB	_	VerbForm=Part	2	ccomp	_	_
15	.	.	PUNCT	_	_	2	punct	_	_

`

func TestConvertV1(t *testing.T) {
	ss, err := ReadCoNLLUv1(strings.NewReader(v1Toy))
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 1 {
		t.Fatalf("got %d sentences, want 1", len(ss))
	}
	s := ss[0]
	want := []struct {
		head int
		rel  string
	}{
		{14, "advmod"}, {14, "aux:pass"}, {4, "det"}, {14, "nsubj:pass"}, {7, "punct"},
		{7, "det"}, {4, "appos"}, {9, "cc"}, {7, "conj"}, {7, "flat"},
		{4, "punct"}, {13, "case"}, {14, "obl"}, {0, "root"}, {14, "punct"},
	}
	for i, w := range want {
		if s.Heads[i] != w.head || s.Deprels[i] != w.rel {
			t.Errorf("word %d %q: got %d %s, want %d %s", i+1, s.Forms[i], s.Heads[i], s.Deprels[i], w.head, w.rel)
		}
	}
	if s.UPOS[1] != "AUX" || s.UPOS[7] != "CCONJ" {
		t.Errorf("tags: got %s %s, want AUX CCONJ", s.UPOS[1], s.UPOS[7])
	}
}

func FuzzReadCoNLLUv1(f *testing.F) {
	f.Add(v1Toy)
	f.Add("1\tx\tx\tX\t_\t_\t5\tpunct\t_\t_\n\n")
	f.Add("1\t(\t(\tPUNCT\t_\t_\t0\tpunct\t_\t_\n2\t(\t(\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\n")
	f.Fuzz(func(t *testing.T, in string) {
		ss, err := ReadCoNLLUv1(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, s := range ss {
			if len(s.Heads) != len(s.Forms) || len(s.Deprels) != len(s.Forms) {
				t.Fatalf("ragged sentence")
			}
		}
	})
}
