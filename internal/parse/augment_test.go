package parse

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// augToy is an invented main clause: "De bakker opent morgen een winkel ."
func augToy() Sentence {
	return Sentence{
		Forms:   strings.Fields("De bakker opent morgen een winkel ."),
		UPOS:    strings.Fields("DET NOUN VERB ADV DET NOUN PUNCT"),
		XPOS:    strings.Fields("_ _ _ _ _ _ _"),
		Feats:   strings.Fields("_ _ VerbForm=Fin _ _ _ _"),
		Heads:   []int{2, 3, 0, 3, 6, 3, 3},
		Deprels: strings.Fields("det nsubj root advmod det obj punct"),
	}
}

func TestAugmentNews(t *testing.T) {
	r := News{Verbs: []string{"zei"}, Speakers: []string{"de/DET *trainer/NOUN"}, Quotes: [][2]string{{"\"", "\""}}}
	var ss []Sentence
	for i := 0; i < 200; i++ {
		ss = append(ss, augToy())
	}
	out := AugmentNews(ss, r, 1, 7)
	if len(out) != len(ss) {
		t.Fatalf("got %d trees, want %d", len(out), len(ss))
	}
	// every pattern: the quote's verb is the root, the reporting phrase its
	// parataxis, the speaker the verb's subject
	want := map[string][]string{
		`" De bakker opent morgen een winkel " , zei de trainer .`: {
			"4 punct", "3 det", "4 nsubj", "0 root", "4 advmod", "7 det", "4 obj", "4 punct",
			"10 punct", "4 parataxis", "12 det", "10 nsubj", "4 punct"},
		`De bakker opent morgen een winkel , zei de trainer .`: {
			"2 det", "3 nsubj", "0 root", "3 advmod", "6 det", "3 obj",
			"8 punct", "3 parataxis", "10 det", "8 nsubj", "3 punct"},
		`De trainer : " De bakker opent morgen een winkel . "`: {
			"2 det", "7 parataxis", "2 punct", "2 punct", "6 det", "7 nsubj", "0 root", "7 advmod", "10 det", "7 obj",
			"7 punct", "7 punct"},
		`De trainer zei : " De bakker opent morgen een winkel . "`: {
			"2 det", "3 nsubj", "8 parataxis", "3 punct", "3 punct", "7 det", "8 nsubj", "0 root", "8 advmod", "11 det",
			"8 obj", "8 punct", "8 punct"},
	}
	seen := map[string]bool{}
	for _, s := range out {
		text := strings.Join(s.Forms, " ")
		w, ok := want[text]
		if !ok {
			t.Fatalf("unexpected tree %q", text)
		}
		seen[text] = true
		if len(s.UPOS) != len(s.Forms) || len(s.Feats) != len(s.Forms) || len(s.Heads) != len(s.Forms) {
			t.Fatalf("%q: columns of different lengths", text)
		}
		var got []string
		for i := range s.Forms {
			got = append(got, fmt.Sprintf("%d %s", s.Heads[i], s.Deprels[i]))
		}
		if !reflect.DeepEqual(got, w) {
			t.Fatalf("%q:\n got %v\nwant %v", text, got, w)
		}
	}
	if len(seen) != len(want) {
		t.Errorf("saw %d of the %d patterns", len(seen), len(want))
	}
	if again := AugmentNews(ss, r, 1, 7); !reflect.DeepEqual(again, out) {
		t.Error("not deterministic")
	}
	// sentences that already quote, or do not end in a full stop, stay out
	q := augToy()
	q.Forms[3] = ":"
	noStop := augToy()
	noStop.Forms[6] = "?"
	if out := AugmentNews([]Sentence{q, noStop}, r, 1, 7); len(out) != 0 {
		t.Errorf("got %d trees from ineligible sentences", len(out))
	}
}
