package sqlite

import (
	"context"
	"os"
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
		tm("places", func() {
			db.places(ctx, `p.article IN (SELECT article FROM article_entities WHERE entity = ? ORDER BY published DESC LIMIT ?)`, []any{n, entityRecent}, 20)
		})
		tm("co", func() {
			rows, _ := db.r.QueryContext(ctx, `WITH recent AS (SELECT article FROM article_entities WHERE entity = ?1 ORDER BY published DESC LIMIT ?2)
		SELECT `+entityCols+`, count(DISTINCT ae.article) AS c
		FROM article_entities ae JOIN entities e ON e.n = ae.entity
		WHERE ae.article IN recent AND ae.entity != ?1
		GROUP BY ae.entity ORDER BY c DESC, e.articles DESC LIMIT 20`, n, entityRecent)
			for rows.Next() {
			}
			rows.Close()
		})
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
