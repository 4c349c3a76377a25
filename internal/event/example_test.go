package event_test

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kroniek"
	"kroniek/internal/event"
	"kroniek/internal/golddev"
	"kroniek/internal/ingest"
	"kroniek/internal/pipeline"
	"kroniek/internal/shared"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// golden is an event as offsets and labels only; the text comes from
// ../shared at run time. Actor and target are the code point spans of the
// entity's first mention (or of nothing).
type golden struct {
	Type       string `json:"type"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Actor      [2]int `json:"actor"`
	Target     [2]int `json:"target"`
	Place      *int   `json:"place"`
	Time       *int   `json:"time"`
	Factuality string `json:"factuality"`
	Sentence   int    `json:"sentence"`
}

func firstMention(doc *kroniek.Document, id kroniek.Opt) [2]int {
	if e := doc.EntityByID(string(id)); e != nil && len(e.Mentions) > 0 {
		return [2]int{e.Mentions[0].Start, e.Mentions[0].End}
	}
	return [2]int{-1, -1}
}

func extractExample(t *testing.T) (*kroniek.Document, golddev.Gold, string) {
	t.Helper()
	path := shared.Need(t, "examples", "000_79b112c5e57ff094.txt")
	g, err := golddev.LoadExample(filepath.Join(filepath.Dir(path), "000_79b112c5e57ff094.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	// Read the file as `kroniek extract` does: its "date 2023-09" header
	// sets the date and is not part of the text (parsed as text, "date"
	// became the first sentence's subject).
	var art *kroniek.Article
	err = ingest.Walk(context.Background(), []string{path}, ingest.Options{Lang: "nl"}, func(a *kroniek.Article, d *kroniek.Diagnostic) error {
		if a != nil {
			art = a
		}
		return nil
	})
	if err != nil || art == nil {
		t.Fatalf("read example: %v", err)
	}
	if art.Published != g.Published {
		t.Fatalf("example date %q, gold %q", art.Published, g.Published)
	}
	p := pipeline.New(pipeline.Options{Lang: "nl"})
	doc, err := p.Extract(context.Background(), *art)
	if err != nil {
		t.Fatal(err)
	}
	return doc, g, art.Text
}

// TestExampleGold checks the defining example against its reference: the
// seven events of .gold.json must all be found with the right type, actor,
// target, factuality and source.
func TestExampleGold(t *testing.T) {
	doc, g, text := extractExample(t)
	var s event.Score
	misses := s.ScoreDoc(text, g.Events, doc)
	for _, m := range misses {
		t.Errorf("missed %s %q (%s)", m.Type, m.Trigger, m.Factuality)
	}
	// Sources: the example's events are attributed to de Amerikanen, the
	// Witte Huis and Remco Breuker.
	for _, ge := range g.Events {
		for _, e := range doc.Events {
			if e.Type == ge.Type && strings.Contains(ge.Trigger, e.Trigger.Text) {
				if !event.SameName(string(e.Source), golddev.Str(ge.Source)) {
					t.Errorf("%s %q: source %q, want %q", ge.Type, ge.Trigger, e.Source, golddev.Str(ge.Source))
				}
				break
			}
		}
	}
	for _, e := range doc.Events {
		t.Logf("got %s %q actor %q target %q %s source %q", e.Type, e.Trigger.Text, e.ActorName, e.TargetName, e.Factuality, e.Source)
	}
	t.Logf("example: matched %d of %d, actor %d target %d factuality %d", s.Matched, s.Gold, s.Actor, s.Target, s.Factual)
	if s.Actor != s.Matched || s.Target != s.Matched || s.Factual != s.Matched {
		t.Errorf("actor %d, target %d, factuality %d right of %d matched", s.Actor, s.Target, s.Factual, s.Matched)
	}
}

// TestExampleGolden guards the example's full event output against
// regressions; rewrite with -update after a deliberate change.
func TestExampleGolden(t *testing.T) {
	doc, _, _ := extractExample(t)
	var got []golden
	for _, e := range doc.Events {
		got = append(got, golden{e.Type, e.Trigger.Start, e.Trigger.End, firstMention(doc, e.Actor), firstMention(doc, e.Target),
			e.Place, e.Time, e.Factuality, e.Sentence})
	}
	gp := filepath.Join("testdata", "example.golden.json")
	if *update {
		out, err := json.MarshalIndent(got, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(gp, append(out, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(gp)
	if err != nil {
		t.Fatal(err)
	}
	var want []golden
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	gj, _ := json.Marshal(got)
	wj, _ := json.Marshal(want)
	if string(gj) != string(wj) {
		t.Errorf("events differ from %s (run go test -update after checking):\ngot  %s\nwant %s", gp, gj, wj)
	}
}
