package quote_test

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"kroniek"
	"kroniek/internal/pipeline"
	"kroniek/internal/shared"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// golden is a quote as offsets and labels only: the text comes from
// ../shared at run time.
type golden struct {
	Start       int    `json:"start"`
	End         int    `json:"end"`
	Kind        string `json:"kind"`
	SpeakerName string `json:"speaker_name"`
	Cue         string `json:"cue"`
}

// TestExample checks the defining example: three direct quotes by Remco
// Breuker (cues zeggen, none, uitleggen) and two indirect attributions, to
// "de Amerikanen" and "Het Witte huis". Offsets are code points.
func TestExample(t *testing.T) {
	path := shared.Need(t, "examples", "000_79b112c5e57ff094.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p := pipeline.New(pipeline.Options{Lang: "nl"})
	doc, err := p.Extract(context.Background(), kroniek.Article{ID: "000_79b112c5e57ff094", Lang: "nl", Text: string(b)})
	if err != nil {
		t.Fatal(err)
	}
	var got []golden
	for _, q := range doc.Quotes {
		got = append(got, golden{q.Start, q.End, q.Kind, string(q.SpeakerName), string(q.Cue)})
	}
	gp := filepath.Join("testdata", "example.golden.json")
	if *update {
		out, _ := json.MarshalIndent(got, "", "  ")
		if err := os.WriteFile(gp, append(out, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	gb, err := os.ReadFile(gp)
	if err != nil {
		t.Fatal(err)
	}
	var want []golden
	if err := json.Unmarshal(gb, &want); err != nil {
		t.Fatal(err)
	}
	rs := []rune(string(b))
	show := func(g golden) string {
		if g.Start < 0 || g.End > len(rs) || g.Start > g.End {
			return "?"
		}
		s := string(rs[g.Start:g.End])
		if len(s) > 40 {
			s = s[:40] + "…"
		}
		return s
	}
	if len(got) != len(want) {
		for _, g := range got {
			t.Logf("got %+v %q", g, show(g))
		}
		t.Fatalf("got %d quotes, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("quote %d: got %+v %q, want %+v %q", i, got[i], show(got[i]), want[i], show(want[i]))
		}
	}
	// Once entities are found, Breuker's quotes link to his entity.
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			if m.Text != "Remco Breuker" {
				continue
			}
			for _, q := range doc.Quotes {
				if q.Kind == kroniek.Direct && string(q.Speaker) != e.ID {
					t.Errorf("quote %q: speaker %q, want entity %s (Remco Breuker)", show(golden{Start: q.Start, End: q.End}), q.Speaker, e.ID)
				}
			}
		}
	}
}
