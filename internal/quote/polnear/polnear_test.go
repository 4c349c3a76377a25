package polnear

import (
	"strings"
	"testing"
)

// An invented annotation; T3's text runs over two lines, as in the corpus.
const ann = "T1\tSource 0 3\tAnn\nT2\tCue 4 8\tsaid\nT3\tContent 10 20;22 30\tfirst part\nThe second line\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"

func TestParse(t *testing.T) {
	as, err := Parse(strings.NewReader(ann))
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 1 {
		t.Fatalf("got %d attributions, want 1", len(as))
	}
}

func FuzzParse(f *testing.F) {
	f.Add(ann)
	f.Add("T1\tSource 5 3\tx\n")
	f.Fuzz(func(t *testing.T, s string) {
		_, _ = Parse(strings.NewReader(s))
	})
}
