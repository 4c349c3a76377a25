package sqlite

import (
	"context"
	"os"
	"sort"
	"testing"
	"time"

	"kroniek/internal/store"
)

func TestZZProfileEntity(t *testing.T) {
	path := os.Getenv("ZZ_DB")
	if path == "" {
		t.Skip()
	}
	ctx := context.Background()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	es, _ := db.Entities(ctx, store.EntityQuery{Limit: 3})
	for _, e := range es {
		id := e.ID
		n, _ := db.entityN(ctx, id)
		tm := func(name string, f func()) {
			t0 := time.Now()
			f()
			t.Logf("%s %s: %v", id, name, time.Since(t0))
		}
		tm("whole", func() { db.Entity(ctx, id) })
		tm("quotes", func() { db.Quotes(ctx, store.QuoteQuery{Speaker: id, Limit: 50}) })
		tm("timeline", func() { db.Timeline(ctx, store.TimelineQuery{Entity: id}) })
		tm("actor", func() { db.Events(ctx, store.EventQuery{Actor: id, Limit: 50}) })
		_ = n
		tm("places-all", func() { db.Places(ctx, store.PlaceQuery{}) })
		tm("places-ent", func() { db.Places(ctx, store.PlaceQuery{Entity: id}) })
		tm("timeline-all", func() { db.Timeline(ctx, store.TimelineQuery{}) })
		tm("timeline-week", func() { db.Timeline(ctx, store.TimelineQuery{Entity: id, Interval: "week"}) })
		tm("search-ent", func() { db.SearchArticles(ctx, store.ArticleQuery{Entity: id}) })
		tm("search-all", func() { db.SearchArticles(ctx, store.ArticleQuery{}) })
		tm("search-facets", func() { db.SearchArticles(ctx, store.ArticleQuery{Q: "voor", Facets: true}) })
		tm("entities", func() { db.Entities(ctx, store.EntityQuery{Q: "jan"}) })
		tm("quotes", func() { db.Quotes(ctx, store.QuoteQuery{}) })
		tm("aliases", func() {
			rows, _ := db.r.QueryContext(ctx, `SELECT text, count FROM aliases WHERE entity = ? AND count > 0 ORDER BY count DESC, text LIMIT 50`, n)
			for rows.Next() {
			}
			rows.Close()
		})
	}
}

func TestZZSearch(t *testing.T) {
	path := os.Getenv("ZZ_DB")
	if path == "" {
		t.Skip()
	}
	ctx := context.Background()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range []string{"voor", "trump", "amsterdam", "ontmoeten", "politie", "de"} {
		expr := matchExpr(q)
		tm := func(name, sql string, args ...any) {
			t0 := time.Now()
			rows, err := db.r.QueryContext(ctx, sql, args...)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for rows.Next() {
				n++
			}
			rows.Close()
			t.Logf("%-10s %-12s %v (%d rows)", q, name, time.Since(t0), n)
		}
		tm("count-fts", `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?`, expr)
		tm("count-join", `SELECT count(*) FROM articles_fts JOIN articles a ON a.n = articles_fts.rowid WHERE articles_fts MATCH ?`, expr)
		tm("rank-ids", `SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT 20`, expr)
		tm("rowid-desc", `SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT 20`, expr)
		tm("rank-join", `SELECT a.id, a.text FROM articles_fts JOIN articles a ON a.n = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY articles_fts.rank LIMIT 20`, expr)
		tm("sub-join", `SELECT a.id, a.text FROM (SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT 20) f JOIN articles a ON a.n = f.rowid ORDER BY f.rank`, expr)
	}
}

func TestZZSlowEntities(t *testing.T) {
	path := os.Getenv("ZZ_DB")
	if path == "" {
		t.Skip()
	}
	ctx := context.Background()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	es, _ := db.Entities(ctx, store.EntityQuery{Limit: 1000})
	type r struct {
		id string
		d  time.Duration
	}
	var rs []r
	for _, e := range es {
		t0 := time.Now()
		db.Entity(ctx, e.ID)
		rs = append(rs, r{e.ID, time.Since(t0)})
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].d > rs[j].d })
	for _, x := range rs[:5] {
		id := x.id
		t.Logf("%s %v", id, x.d)
		tm := func(name string, f func()) {
			t0 := time.Now()
			f()
			t.Logf("   %s: %v", name, time.Since(t0))
		}
		tm("quotes", func() { db.Quotes(ctx, store.QuoteQuery{Speaker: id, Limit: 50}) })
		tm("timeline", func() { db.Timeline(ctx, store.TimelineQuery{Entity: id}) })
		tm("actor", func() { db.Events(ctx, store.EventQuery{Actor: id, Limit: 50}) })
		tm("target", func() { db.Events(ctx, store.EventQuery{Target: id, Limit: 50}) })
	}
}

func TestZZPlan(t *testing.T) {
	path := os.Getenv("ZZ_DB")
	if path == "" {
		t.Skip()
	}
	ctx := context.Background()
	db, _ := Open(ctx, path)
	defer db.Close()
	for _, q := range []string{
		`SELECT ` + entityCols + `, count(DISTINCT ae.article) AS c
		FROM article_entities ae JOIN entities e ON e.n = ae.entity
		WHERE ae.article IN (SELECT value FROM json_each(?)) AND ae.entity != ?
		GROUP BY ae.entity ORDER BY c DESC, e.articles DESC, e.n LIMIT 20`,
		`SELECT p.name, p.country, p.lat, p.lon, p.geonames, coalesce(e.id, ''), p.article, p.published
		FROM places p LEFT JOIN entities e ON e.n = p.entity WHERE p.article IN (SELECT value FROM json_each(?))`,
		`SELECT article, start, end, text FROM mentions WHERE entity = ? AND article IN (SELECT value FROM json_each(?)) ORDER BY article, start`,
	} {
		rows, err := db.r.QueryContext(ctx, "EXPLAIN QUERY PLAN "+q, "[1,2]", 1)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var a, b, c int
			var d string
			rows.Scan(&a, &b, &c, &d)
			t.Log(d)
		}
		rows.Close()
		t.Log("---")
	}
}

func TestZZPence(t *testing.T) {
	path := os.Getenv("ZZ_DB")
	if path == "" {
		t.Skip()
	}
	ctx := context.Background()
	db, _ := Open(ctx, path)
	defer db.Close()
	for range 10 {
		db.Entity(ctx, "per-mike-pence")
	}
}
