package link_test

import (
	"context"
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
