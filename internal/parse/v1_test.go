package parse

import (
	"fmt"
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

// v1Rows builds a UD v1 sentence from rows "form lemma UPOS FEATS head deprel".
func v1Rows(rows ...string) string {
	var b strings.Builder
	for i, r := range rows {
		f := strings.Fields(r)
		fmt.Fprintf(&b, "%d\t%s\t%s\t%s\t_\t%s\t%s\t%s\t_\t_\n", i+1, f[0], f[1], f[2], f[3], f[4], f[5])
	}
	return b.String() + "\n"
}

// TestConvertV1Rules checks each conversion rule on an invented sentence:
// want maps a word (1-based) to "head deprel" or "head deprel UPOS".
func TestConvertV1Rules(t *testing.T) {
	tests := []struct {
		name string
		v1   string
		want map[int]string
	}{
		{"copula worden under a modal heads the clause", v1Rows(
			"Hij hij PRON _ 2 nsubj", "zou zullen VERB VerbForm=Fin 0 root",
			"leraar leraar NOUN _ 2 xcomp", "worden worden AUX _ 3 cop", ". . PUNCT _ 2 punct"),
			map[int]string{1: "4 nsubj", 2: "4 aux AUX", 3: "4 xcomp", 4: "0 root VERB", 5: "4 punct"}},
		{"a PP before a worden predicate goes to the verb", v1Rows(
			"In in ADP _ 2 case", "2001 2001 NUM _ 5 nmod", "werd worden AUX _ 5 cop",
			"zij zij PRON _ 5 nsubj", "burgemeester burgemeester NOUN _ 0 root", ". . PUNCT _ 5 punct"),
			map[int]string{2: "3 obl", 3: "0 root", 4: "3 nsubj", 5: "3 xcomp"}},
		{"a PP before a zijn predicate is obl, after it nmod", v1Rows(
			"In in ADP _ 2 case", "2001 2001 NUM _ 5 nmod", "was zijn AUX _ 5 cop",
			"zij zij PRON _ 5 nsubj", "burgemeester burgemeester NOUN _ 0 root",
			"van van ADP _ 7 case", "Delft Delft PROPN _ 5 nmod"),
			map[int]string{2: "5 obl", 3: "5 cop", 7: "5 nmod"}},
		{"an auxiliary above a predicate with its own copula", v1Rows(
			"Het het DET _ 2 det", "weer weer NOUN _ 3 nsubj", "was zijn VERB VerbForm=Fin 0 root",
			"mooi mooi ADJ _ 3 xcomp", "geweest zijn AUX _ 4 cop", ". . PUNCT _ 3 punct"),
			map[int]string{2: "4 nsubj", 3: "4 aux AUX", 4: "0 root", 5: "4 cop", 6: "4 punct"}},
		{"geboren is a passive participle", v1Rows(
			"Zij zij PRON _ 2 nsubj", "werd worden VERB VerbForm=Fin 0 root", "in in ADP _ 4 case",
			"Gent Gent PROPN _ 5 nmod", "geboren geboren ADJ Degree=Pos 2 ccomp"),
			map[int]string{1: "5 nsubj:pass", 2: "5 aux:pass", 4: "5 obl", 5: "0 root VERB"}},
		{"zijn is the auxiliary of a te-infinitive", v1Rows(
			"Het het PRON _ 2 nsubj", "is zijn VERB VerbForm=Fin 0 root", "niet niet ADV _ 5 neg",
			"te te PART _ 5 mark", "zien zien VERB VerbForm=Inf 2 ccomp"),
			map[int]string{1: "5 nsubj", 2: "5 aux", 3: "5 advmod", 4: "5 mark", 5: "0 root"}},
		{"zijn with a participle is passive", v1Rows(
			"Het het DET _ 2 det", "huis huis NOUN _ 3 nsubj", "is zijn VERB VerbForm=Fin 0 root",
			"gebouwd bouwen VERB VerbForm=Part 3 xcomp"),
			map[int]string{2: "4 nsubj:pass", 3: "4 aux:pass", 4: "0 root"}},
		{"zijn with a verb of motion is a plain auxiliary", v1Rows(
			"Hij hij PRON _ 2 nsubj", "is zijn VERB VerbForm=Fin 0 root",
			"binnengekomen binnenkomen VERB VerbForm=Part 2 xcomp"),
			map[int]string{1: "3 nsubj", 2: "3 aux", 3: "0 root"}},
		{"a te-infinitive without a subject is xcomp, with om it stays", v1Rows(
			"Zij zij PRON _ 2 nsubj", "probeert proberen VERB VerbForm=Fin 0 root", "te te PART _ 4 mark",
			"winnen winnen VERB VerbForm=Inf 2 ccomp", "om om PART _ 8 mark", "de de DET _ 7 det",
			"prijs prijs NOUN _ 8 dobj", "krijgen krijgen VERB VerbForm=Inf 4 ccomp"),
			map[int]string{4: "2 xcomp", 5: "8 mark", 8: "4 ccomp"}},
		{"predicates of verbs are xcomp, other adjectives advmod", v1Rows(
			"Zij zij PRON _ 2 nsubj", "noemde noemen VERB VerbForm=Fin 0 root", "hem hij PRON _ 2 dobj",
			"held held NOUN _ 2 amod", "en en CONJ _ 2 cc", "maakte maken VERB VerbForm=Fin 2 conj",
			"hem hij PRON _ 6 dobj", "blij blij ADJ _ 6 amod", "en en CONJ _ 2 cc",
			"zong zingen VERB VerbForm=Fin 2 conj", "mooi mooi ADJ _ 10 amod"),
			map[int]string{4: "2 xcomp", 8: "6 xcomp", 11: "10 advmod"}},
		{"an adverb on a nominal predicate stays advmod, on a noun amod", v1Rows(
			"Ook ook ADV _ 3 advmod", "de de DET _ 3 det", "leden lid NOUN _ 6 nsubj",
			"zijn zijn AUX _ 6 cop", "ook ook ADV _ 6 advmod", "kiezers kiezer NOUN _ 0 root"),
			map[int]string{1: "3 amod", 5: "6 advmod"}},
		{"veel without a preposition is an adverb", v1Rows(
			"Zij zij PRON _ 2 nsubj", "lazen lezen VERB VerbForm=Fin 0 root", "veel veel PRON _ 4 nmod",
			"boeken boek NOUN _ 2 dobj", "en en CONJ _ 6 cc", "sliepen slapen VERB VerbForm=Fin 2 conj",
			"weinig weinig PRON _ 6 nmod"),
			map[int]string{3: "4 amod ADV", 4: "2 obj", 7: "6 advmod ADV"}},
		{"genitive names and numbers are not determiners", v1Rows(
			"Jans Jan PROPN _ 3 det", "twee twee NUM _ 3 det", "fietsen fiets NOUN _ 0 root"),
			map[int]string{1: "3 nmod:poss", 2: "3 nummod"}},
		{"inherent zich is expl:pv, zich noemen obj, a PP object obl", v1Rows(
			"Hij hij PRON _ 2 nsubj", "schaamt schamen VERB VerbForm=Fin 0 root", "zich zich PRON _ 2 dobj",
			"en en CONJ _ 5 cc", "noemt noemen VERB VerbForm=Fin 2 conj", "zich zich PRON _ 5 dobj",
			"aan aan ADP _ 8 case", "haar zij PRON _ 5 iobj"),
			map[int]string{3: "2 expl:pv", 6: "5 obj", 8: "5 obl"}},
		{"a noun in brackets is nmod, a phrase after a dash on the root parataxis", v1Rows(
			"Piet Piet PROPN _ 0 root", "( ( PUNCT _ 1 punct", "bakker bakker NOUN _ 1 appos",
			") ) PUNCT _ 1 punct", "- - PUNCT _ 1 punct", "burgemeester burgemeester NOUN _ 1 appos"),
			map[int]string{3: "1 nmod", 6: "1 parataxis"}},
		{"a bare noun on a noun is nmod, a finite clause acl:relcl", v1Rows(
			"de de DET _ 2 det", "firma firma NOUN _ 0 root", "Jansen Jansen PROPN _ 2 acl",
			"die die PRON PronType=Rel 5 nsubj", "bakt bakken VERB VerbForm=Fin 2 acl"),
			map[int]string{3: "2 nmod", 5: "2 acl:relcl"}},
		{"zowel stays on the first conjunct as cc:preconj", v1Rows(
			"zowel zowel ADV _ 2 cc", "Gent Gent PROPN _ 0 root", "als als SCONJ _ 2 cc", "Delft Delft PROPN _ 2 conj"),
			map[int]string{1: "2 cc:preconj", 3: "4 cc"}},
		{"nominalised adjectives and verbs keep nmod and amod", v1Rows(
			"de de DET _ 2 det", "jongste jong ADJ _ 0 root", "van van ADP _ 4 case", "allen al PRON _ 2 nmod",
			"en en CONJ _ 8 cc", "het het DET _ 8 det", "lange lang ADJ _ 8 amod", "wachten wachten VERB VerbForm=Inf 2 conj"),
			map[int]string{4: "2 nmod", 7: "8 amod"}},
		{"particles are compound:prt, door in a passive obl:agent", v1Rows(
			"Het het PRON _ 2 nsubj", "werd worden VERB VerbForm=Fin 0 root", "door door ADP _ 4 case",
			"hem hij PRON _ 6 nmod", "terug terug ADV _ 6 compound", "gebracht brengen VERB VerbForm=Part 2 ccomp"),
			map[int]string{4: "6 obl:agent", 5: "6 compound:prt", 6: "0 root"}},
		{"punctuation in a name is SYM, ordinals ADJ", v1Rows(
			"de de DET _ 3 det", "eerste één NUM _ 3 nummod", "Rock rock PROPN _ 0 root",
			"& & PUNCT _ 3 mwe", "Roll roll PROPN _ 3 mwe"),
			map[int]string{2: "3 amod ADJ", 4: "3 flat SYM"}},
	}
	for _, tc := range tests {
		ss, err := ReadCoNLLUv1(strings.NewReader(tc.v1))
		if err != nil || len(ss) != 1 {
			t.Fatalf("%s: %d sentences, %v", tc.name, len(ss), err)
		}
		s := ss[0]
		for w, want := range tc.want {
			got := fmt.Sprintf("%d %s", s.Heads[w-1], s.Deprels[w-1])
			if len(strings.Fields(want)) == 3 {
				got += " " + s.UPOS[w-1]
			}
			if got != want {
				t.Errorf("%s: word %d %q: got %s, want %s", tc.name, w, s.Forms[w-1], got, want)
			}
		}
	}
}
