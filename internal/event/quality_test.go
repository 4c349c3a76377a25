package event_test

import (
	"context"
	"kroniek/internal/bars"
	"testing"

	"kroniek"
	"kroniek/internal/event"
	"kroniek/internal/golddev"
	"kroniek/internal/pipeline"
	"kroniek/internal/shared"
)

// TestGoldDevBars fails below the bars on gold-dev (55 hand-coded
// news articles): event F1 >= 0.60, actor >= 0.80, factuality >= 0.75.
func TestGoldDevBars(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline on gold-dev")
	}
	dir := shared.Need(t, "data", "gold-dev")
	items, err := golddev.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	p := pipeline.New(pipeline.Options{})
	var s event.Score
	for _, it := range items {
		if it.Gold.Events == nil {
			continue
		}
		doc, err := p.Extract(context.Background(), it.Article)
		if err != nil {
			t.Fatal(err)
		}
		s.ScoreDoc(it.Article.Text, it.Gold.Events, doc)
	}
	t.Logf("gold %d pred %d matched %d: P %.3f R %.3f F1 %.3f; actor %.3f target %.3f factuality %.3f",
		s.Gold, s.Pred, s.Matched, s.P(), s.R(), s.F1(), s.ActorAcc(), s.TargetAcc(), s.FactualityAcc())
	bars.Check(t, "events/gold-dev/f1", s.F1(), 0.60)
	bars.Check(t, "events/gold-dev/actor", s.ActorAcc(), 0.80)
	bars.Check(t, "events/gold-dev/factuality", s.FactualityAcc(), 0.75)
}

// BenchmarkStage measures the event stage alone on the example article,
// annotated by all earlier stages once.
func BenchmarkStage(b *testing.B) {
	items, err := golddev.Load(shared.Need(b, "data", "gold-dev"))
	if err != nil {
		b.Fatal(err)
	}
	var docs []*kroniek.Document
	tokens := 0
	for _, it := range items[:10] {
		// Run the earlier stages directly: Extract would convert the offsets
		// to code points, and the stage works on bytes.
		doc := &kroniek.Document{Article: it.Article}
		for _, st := range pipeline.Stages() {
			if st.Name() == "event" {
				continue
			}
			if err := st.Annotate(context.Background(), doc); err != nil {
				b.Fatal(err)
			}
		}
		docs = append(docs, doc)
		tokens += len(doc.Tokens)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			d.Events = nil
			if err := (event.Stage{}).Annotate(context.Background(), d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(tokens*b.N)/b.Elapsed().Seconds(), "tokens/s")
}
