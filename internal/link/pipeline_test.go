package link_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"kroniek"
	"kroniek/internal/golddev"
	"kroniek/internal/link"
	"kroniek/internal/pipeline"
	"kroniek/internal/shared"
)

func hasStage(name string) bool {
	for _, s := range pipeline.Stages() {
		if s.Name() == name {
			return true
		}
	}
	return false
}

// TestGoldDevPipeline holds the bars on gold-dev with the full
// pipeline (NER included): places found and within 161 km F1 >= 0.90,
// multi-name entities merged >= 0.85.
func TestGoldDevPipeline(t *testing.T) {
	if !hasStage("ner") {
		t.Skip("the ner stage is not in the pipeline yet; TestGoldDevOracle measures linking alone")
	}
	if testing.Short() {
		t.Skip("short")
	}
	dir := shared.Need(t, "data", "gold-dev")
	p := pipeline.New(pipeline.Options{Workers: 1})
	s, err := link.EvalGoldDev(t.Context(), dir, func(ctx context.Context, a kroniek.Article) (*kroniek.Document, error) {
		return p.Extract(ctx, a)
	}, false)
	if err != nil {
		t.Fatal(err)
	}
	_, _, f := s.GeoPRF()
	t.Logf("full pipeline: geo F1 %.3f, merged %.3f of %d", f, s.MergeRate(), s.Multi)
	if f < 0.90 {
		t.Errorf("places within 161 km F1 %.3f < 0.90", f)
	}
	if s.MergeRate() < 0.85 {
		t.Errorf("multi-name entities merged %.3f < 0.85", s.MergeRate())
	}
}

// BenchmarkExtract measures `kroniek extract` on gold-dev with and without
// the link stage; the difference is the cost of linking (bar: <= 15%).
func BenchmarkExtract(b *testing.B) {
	dir := shared.Need(b, "data", "gold-dev")
	items, err := golddev.Load(dir)
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		skip map[string]bool
	}{{"all", nil}, {"nolink", map[string]bool{"link": true}}} {
		b.Run(bc.name, func(b *testing.B) {
			p := pipeline.New(pipeline.Options{Workers: 1, Skip: bc.skip})
			// Warm up: models and the knowledge base load once per process.
			if _, err := p.Extract(context.Background(), items[0].Article); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				for _, it := range items {
					if _, err := p.Extract(context.Background(), it.Article); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// TestExamplePipeline checks the example article's acceptance criteria with
// the full pipeline (NER included).
func TestExamplePipeline(t *testing.T) {
	if !hasStage("ner") {
		t.Skip("the ner stage is not in the pipeline yet; TestExample covers linking alone")
	}
	dir := shared.Need(t, "examples")
	raw, err := os.ReadFile(filepath.Join(dir, "000_79b112c5e57ff094.txt"))
	if err != nil {
		t.Fatal(err)
	}
	p := pipeline.New(pipeline.Options{Workers: 1})
	doc, err := p.Extract(t.Context(), kroniek.Article{ID: "example", Lang: "nl", Text: string(raw)})
	if err != nil {
		t.Fatal(err)
	}
	text := []rune(doc.Text)
	entityOf := func(s string) []string {
		var ids []string
		for _, e := range doc.Entities {
			for _, m := range e.Mentions {
				if string(text[m.Start:m.End]) == s {
					ids = append(ids, e.ID)
					break
				}
			}
		}
		return ids
	}
	n := 0
	for _, pl := range doc.Places {
		if pl.Text == "Vladivostok" && pl.Lat > 43.0 && pl.Lat < 43.2 && pl.Lon > 131.8 && pl.Lon < 132.0 {
			n++
		}
	}
	if n != 4 {
		t.Errorf("%d Vladivostok places at 43.1N 131.9E, want 4", n)
	}
	for _, want := range []struct{ text, country string }{{"Oekraïne", "UA"}, {"Rusland", "RU"}, {"Noord-Korea", "KP"}, {"Hanoi", "VN"}} {
		ok := false
		for _, pl := range doc.Places {
			ok = ok || pl.Text == want.text && pl.Country == want.country
		}
		if !ok {
			t.Errorf("no place %s in %s", want.text, want.country)
		}
	}
	same := func(a, b string) bool {
		x, y := entityOf(a), entityOf(b)
		return len(x) == 1 && len(y) == 1 && x[0] == y[0]
	}
	if !same("Breuker", "Remco Breuker") {
		t.Error("Breuker does not join Remco Breuker")
	}
	if !same("Kim", "Kim Jong-un") || same("Kim", "Kim Jong-il") || same("Kim Jong-un", "Kim Jong-il") {
		t.Errorf("Kim in %v, Kim Jong-un in %v, Kim Jong-il in %v", entityOf("Kim"), entityOf("Kim Jong-un"), entityOf("Kim Jong-il"))
	}
	ids := entityOf("Poetin")
	if len(ids) != 1 {
		t.Fatalf("Poetin in %d entities", len(ids))
	}
	if e := doc.EntityByID(ids[0]); e.Name != "Vladimir Poetin" || e.KB == "" {
		t.Errorf("Poetin's entity: %+v", e)
	}
}

// TestShoutedDateline: a place in capitals (a dateline) is named as the
// knowledge base names it, while acronyms keep their capitals.
func TestShoutedDateline(t *testing.T) {
	p := pipeline.New(pipeline.Options{})
	doc, err := p.Extract(context.Background(), kroniek.Article{ID: "t", Lang: "nl", Published: "2025-09-08",
		Text: "KAPELLE - Minister Sanne de Wit heeft maandag in Kapelle telers gesproken. In DEN HAAG vroeg de VVD om een debat."})
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, e := range doc.Entities {
		names[e.Name] = true
	}
	for _, want := range []string{"Kapelle", "Den Haag"} {
		if !names[want] {
			t.Errorf("no entity named %q in %v", want, names)
		}
	}
	if names["KAPELLE"] || names["DEN HAAG"] {
		t.Errorf("shouted names kept: %v", names)
	}
}
