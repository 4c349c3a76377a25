package demo

import (
	"context"
	"path/filepath"
	"testing"

	"kroniek/internal/pipeline"
	"kroniek/internal/store"
	"kroniek/internal/store/sqlite"
)

// TestDemoCollection runs the sample collection through the real pipeline
// into SQLite, as `kroniek demo` does, and checks that there is something
// to browse: the demo is the first thing a user sees.
func TestDemoCollection(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	n, err := Load(ctx, st, pipeline.New(pipeline.Options{}))
	if err != nil {
		t.Fatal(err)
	}
	arts, _ := Articles()
	if n != len(arts) {
		t.Fatalf("stored %d of %d", n, len(arts))
	}
	// Loading again stores nothing: the demo is idempotent like ingest.
	if again, err := Load(ctx, st, pipeline.New(pipeline.Options{})); err != nil || again != 0 {
		t.Errorf("second load: %d stored, %v", again, err)
	}
	res, err := st.SearchArticles(ctx, store.ArticleQuery{Q: "storm"})
	if err != nil || res.Total == 0 {
		t.Errorf("search storm: %+v %v", res, err)
	}
	counts := map[string]int{}
	for _, typ := range []string{"PER", "ORG", "LOC"} {
		es, err := st.Entities(ctx, store.EntityQuery{Type: typ, Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		counts[typ] = len(es)
	}
	qs, err := st.Quotes(ctx, store.QuoteQuery{Limit: 200})
	if err != nil {
		t.Fatal(err)
	}
	ps, err := st.Places(ctx, store.PlaceQuery{Limit: 200})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("demo: %d people, %d organisations, %d places as entities, %d quotes, %d located places", counts["PER"], counts["ORG"], counts["LOC"], len(qs), len(ps))
	// Weak floors: the demo must show each kind of fact, whatever the
	// models of the day.
	if counts["PER"] < 10 || counts["ORG"] < 3 || counts["LOC"] < 10 || len(qs) < 15 || len(ps) < 10 {
		t.Errorf("demo collection too bare to show the UI")
	}
}
