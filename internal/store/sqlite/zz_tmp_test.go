package sqlite

import (
	"context"
	"os"
	"testing"
	"time"

	"kroniek/internal/store"
)

func TestZZOther(t *testing.T) {
	path := os.Getenv("ZZ_DB")
	if path == "" {
		t.Skip()
	}
	ctx := context.Background()
	db, _ := Open(ctx, path)
	defer db.Close()
	tm := func(name string, f func() error) {
		for i := range 2 {
			t0 := time.Now()
			err := f()
			if i == 1 {
				t.Logf("%-28s %v %v", name, time.Since(t0), err)
			}
		}
	}
	e := func(_ any, err error) error { return err }
	tm("entities q=jan", func() error { return e(db.Entities(ctx, store.EntityQuery{Q: "jan"})) })
	tm("entities q=trump", func() error { return e(db.Entities(ctx, store.EntityQuery{Q: "trump"})) })
	tm("entities all", func() error { return e(db.Entities(ctx, store.EntityQuery{Limit: 100})) })
	tm("entities PER", func() error { return e(db.Entities(ctx, store.EntityQuery{Type: "PER", Limit: 100})) })
	tm("timeline all month", func() error { return e(db.Timeline(ctx, store.TimelineQuery{})) })
	tm("timeline all week", func() error { return e(db.Timeline(ctx, store.TimelineQuery{Interval: "week"})) })
	tm("timeline q=trump", func() error { return e(db.Timeline(ctx, store.TimelineQuery{Q: "trump"})) })
	tm("timeline q=de", func() error { return e(db.Timeline(ctx, store.TimelineQuery{Q: "de"})) })
	tm("timeline ent week", func() error { return e(db.Timeline(ctx, store.TimelineQuery{Entity: "Q22686", Interval: "week"})) })
	tm("places all", func() error { return e(db.Places(ctx, store.PlaceQuery{})) })
	tm("places q=trump", func() error { return e(db.Places(ctx, store.PlaceQuery{Q: "trump"})) })
	tm("places ent", func() error { return e(db.Places(ctx, store.PlaceQuery{Entity: "Q22686"})) })
	tm("quotes all", func() error { return e(db.Quotes(ctx, store.QuoteQuery{})) })
	tm("quotes speaker name", func() error { return e(db.Quotes(ctx, store.QuoteQuery{Speaker: "trump"})) })
	tm("quotes q", func() error { return e(db.Quotes(ctx, store.QuoteQuery{Q: "economie"})) })
	tm("events all", func() error { return e(db.Events(ctx, store.EventQuery{})) })
	tm("search none", func() error { return e(db.SearchArticles(ctx, store.ArticleQuery{})) })
	tm("search none facets", func() error { return e(db.SearchArticles(ctx, store.ArticleQuery{Facets: true})) })
	tm("search from/to", func() error { return e(db.SearchArticles(ctx, store.ArticleQuery{From: "2019-03", To: "2019-03"})) })
	tm("search q+from", func() error { return e(db.SearchArticles(ctx, store.ArticleQuery{Q: "politie", From: "2019-03", To: "2019-03"})) })
	tm("search lang", func() error { return e(db.SearchArticles(ctx, store.ArticleQuery{Lang: "en"})) })
	tm("search ent+q", func() error { return e(db.SearchArticles(ctx, store.ArticleQuery{Entity: "Q22686", Q: "election"})) })
	tm("search ent", func() error { return e(db.SearchArticles(ctx, store.ArticleQuery{Entity: "Q22686", Facets: true})) })
	tm("article", func() error { return e(db.Article(ctx, "dpg-10730731~5")) })
}
