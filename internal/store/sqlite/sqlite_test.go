package sqlite

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"kroniek"
	"kroniek/internal/store"
	"kroniek/internal/store/storebench"
	"kroniek/internal/store/storetest"
)

func openTemp(t testing.TB) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return checked{openTemp(t)} })
}

// checked checks the store's consistency when the suite closes it, so that
// every test's end state is verified too.
type checked struct{ *DB }

func (c checked) Close() error {
	return errors.Join(c.DB.Check(context.Background()), c.DB.Close())
}

// TestFaultyPut fails Put at each of its write steps and checks that the
// store is exactly as before: no half-stored article, entity counts intact.
func TestFaultyPut(t *testing.T) {
	ctx := context.Background()
	steps := []string{"article", "fts", "entities", "quotes", "places", "events"}
	for _, step := range steps {
		t.Run(step, func(t *testing.T) {
			db := openTemp(t)
			defer db.Close()
			docs := storetest.Corpus()
			for _, d := range docs[:2] {
				if _, err := db.Put(ctx, d); err != nil {
					t.Fatal(err)
				}
			}
			before := snapshot(t, db)
			boom := errors.New("disk on fire")
			db.fault = func(s string) error {
				if s == step {
					return boom
				}
				return nil
			}
			// A new article (shares entities with the stored ones) and a
			// changed one (replaces stored rows) must both fail cleanly.
			changed := *docs[1]
			changed.Text += " Extra."
			for _, d := range []*kroniek.Document{docs[3], &changed} {
				if ok, err := db.Put(ctx, d); !errors.Is(err, boom) || ok {
					t.Fatalf("Put %s with failing %s = %v, %v", d.ID, step, ok, err)
				}
				if after := snapshot(t, db); after != before {
					t.Fatalf("store changed by failed Put %s at %s:\nbefore %s\nafter  %s", d.ID, step, before, after)
				}
			}
			db.fault = nil
			if err := db.Check(ctx); err != nil {
				t.Fatal(err)
			}
			if ok, err := db.Put(ctx, docs[3]); err != nil || !ok {
				t.Fatalf("Put after fault = %v, %v", ok, err)
			}
			if err := db.Check(ctx); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// snapshot summarises every table, for comparing store states.
func snapshot(t *testing.T, db *DB) string {
	t.Helper()
	var parts []string
	for _, q := range []string{
		`SELECT count(*) || ':' || coalesce(group_concat(id || '=' || hash, ','), '') FROM articles`,
		`SELECT count(*) || ':' || coalesce(group_concat(id || '/' || articles || '/' || mentions || '/' || name, ','), '') FROM entities`,
		`SELECT count(*) || ':' || coalesce(sum(count), 0) FROM aliases`,
		`SELECT count(*) FROM article_entities`,
		`SELECT count(*) FROM mentions`,
		`SELECT count(*) FROM quotes`,
		`SELECT count(*) FROM times`,
		`SELECT count(*) FROM places`,
		`SELECT count(*) FROM events`,
		`SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'kim'`,
	} {
		var s string
		if err := db.r.QueryRow(q).Scan(&s); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " | ")
}

func TestMigrations(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "k.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	v, err := db.SchemaVersion(ctx)
	if err != nil || v < 1 {
		t.Fatalf("SchemaVersion = %d, %v", v, err)
	}
	if _, err := db.Put(ctx, storetest.Corpus()[0]); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	// Opening again applies nothing twice and keeps the data.
	db, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var rows int
	if err := db.r.QueryRow(`SELECT count(*) FROM schema_version`).Scan(&rows); err != nil || rows != v {
		t.Errorf("schema_version rows = %d, %v; want %d", rows, err, v)
	}
	if n, err := db.Count(ctx); err != nil || n != 1 {
		t.Errorf("Count after reopen = %d, %v", n, err)
	}
	var mode string
	if err := db.r.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
	if _, err := Open(ctx, ":memory:"); err == nil {
		t.Errorf("Open(:memory:) succeeded")
	}
}

func FuzzMatchExpr(f *testing.F) {
	for _, s := range []string{"kim", `"`, `a OR b`, `NEAR(x y)`, "ontmoeten Poetin", "\x00", `'; DROP TABLE x; --`, "é́", "*"} {
		f.Add(s, "2023-09", "2023-09-30", "nl")
	}
	f.Add("kim", "2023", "", "")
	f.Add("kim", "", "20x3-1", "e\"n")
	db := openTemp(f)
	defer db.Close()
	if _, err := db.Put(context.Background(), storetest.Corpus()[0]); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q, from, to, lang string) {
		// Whatever the query and filters, FTS5 must accept the expression
		// and every search method must answer.
		ctx := context.Background()
		if _, err := db.SearchArticles(ctx, store.ArticleQuery{Q: q, From: from, To: to, Lang: lang, Entity: "Q56226", Facets: true}); err != nil {
			t.Fatalf("SearchArticles(%q, %q, %q, %q): %v (expr %q)", q, from, to, lang, err, matchExpr(q))
		}
		if _, err := db.SearchArticles(ctx, store.ArticleQuery{Q: q, From: from, To: to, Lang: lang}); err != nil {
			t.Fatalf("SearchArticles(%q, %q, %q, %q): %v", q, from, to, lang, err)
		}
		if _, err := db.Timeline(ctx, store.TimelineQuery{Q: q, From: from, To: to}); err != nil {
			t.Fatalf("Timeline(%q, %q, %q): %v", q, from, to, err)
		}
		if _, err := db.Places(ctx, store.PlaceQuery{Q: q, From: from, To: to}); err != nil {
			t.Fatalf("Places(%q, %q, %q): %v", q, from, to, err)
		}
	})
}

func TestMonthsBetween(t *testing.T) {
	tests := []struct {
		from, to string
		want     []string
	}{
		{"2023-11", "2024-02", []string{"zzkm202311", "zzkm202312", "zzkm202401", "zzkm202402"}},
		{"2023-11-15", "2023-11-20", []string{"zzkm202311"}},
		{"2023", "2023-02", []string{"zzkm202301", "zzkm202302"}},
		{"2024", "2023", nil},
		{"x", "2023", nil},
		{"2023-13", "2024", nil},
	}
	for _, tt := range tests {
		if got := monthsBetween(tt.from, tt.to, 100); !slices.Equal(got, tt.want) {
			t.Errorf("monthsBetween(%q, %q) = %v; want %v", tt.from, tt.to, got, tt.want)
		}
	}
	if got := monthsBetween("1000", "2999", 100); got != nil {
		t.Errorf("too many months: %d", len(got))
	}
}

func FuzzSnippet(f *testing.F) {
	for _, s := range []string{"kim", "ontmoeten", "", "é"} {
		f.Add("Kim Jong-un ontmoette Poetin in Vladivostok, zegt İstanbul.", s, 40)
	}
	f.Fuzz(func(t *testing.T, text, q string, width int) {
		width = width%500 + 1
		if width < 1 {
			width = -width + 1
		}
		s := snippet(text, q, width)
		if !utf8.ValidString(text) {
			return
		}
		if !utf8.ValidString(s) {
			t.Fatalf("snippet(%q, %q) = %q: invalid UTF-8", text, q, s)
		}
	})
}

// TestReplicate checks that a replicated store is consistent and answers
// like one filled through Put.
func TestReplicate(t *testing.T) {
	ctx := context.Background()
	docs := storetest.Corpus()
	a, b := openTemp(t), openTemp(t)
	defer a.Close()
	defer b.Close()
	const n = 16 // two full copies and part of a third
	for i, d := range docs {
		if _, err := a.Put(ctx, d); err != nil {
			t.Fatal(err)
		}
		_ = i
	}
	if err := a.Replicate(ctx, docs, n); err != nil {
		t.Fatal(err)
	}
	if err := storebench.Fill(ctx, b, docs, n, nil); err != nil {
		t.Fatal(err)
	}
	for _, db := range []*DB{a, b} {
		if err := db.Check(ctx); err != nil {
			t.Fatal(err)
		}
		if c, _ := db.Count(ctx); c != n {
			t.Fatalf("Count = %d", c)
		}
	}
	js := func(v any, err error) string {
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(v)
		return string(b)
	}
	for _, q := range []store.ArticleQuery{{Q: "kim", Facets: true, Limit: 50}, {Entity: "Q7747", Limit: 50}, {From: "2023-09-01", Limit: 50},
		{Q: "kim", From: "2023-09-01", Lang: "nl", Limit: 50}, {Q: "kim", Entity: "Q7747", To: "2023-09", Limit: 50}, {Q: "kremlin", From: "2023-08", Limit: 50}} {
		if x, y := js(a.SearchArticles(ctx, q)), js(b.SearchArticles(ctx, q)); x != y {
			t.Errorf("%+v:\nreplicated %s\nput        %s", q, x, y)
		}
	}
	if x, y := js(a.Entities(ctx, store.EntityQuery{Limit: 100})), js(b.Entities(ctx, store.EntityQuery{Limit: 100})); x != y {
		t.Errorf("entities:\nreplicated %s\nput        %s", x, y)
	}
	for _, id := range []string{"Q7747", "org-kremlin", "per-remco-breuker"} {
		if x, y := js(a.Entity(ctx, id)), js(b.Entity(ctx, id)); x != y {
			t.Errorf("entity %s:\nreplicated %s\nput        %s", id, x, y)
		}
	}
	if x, y := js(a.Places(ctx, store.PlaceQuery{})), js(b.Places(ctx, store.PlaceQuery{})); x != y {
		t.Errorf("places:\nreplicated %s\nput        %s", x, y)
	}
}

// TestDatePlan checks the date-range plans of full-text search (month
// tokens, NOT over the months outside, checked cut months and undated
// articles) against the plain comparison of published dates.
func TestDatePlan(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	defer db.Close()
	dates := []string{"", "2019", "2018-12-31", "2019-01-01", "2019-01-15T10:00", "2019-01-31T23:59", "2019-02-01",
		"2019-02-14", "2019-03-01", "2019-03-31", "2019-12-01", "2020-06-30", "x-date"}
	for i, d := range dates {
		doc := &kroniek.Document{Article: kroniek.Article{ID: "d" + string(rune('a'+i)), Lang: []string{"nl", "en"}[i%2],
			Published: d, Title: "gemeente", Text: "De gemeente vergadert."}, Offsets: kroniek.CodePoints}
		if _, err := db.Put(ctx, doc); err != nil {
			t.Fatal(err)
		}
	}
	bounds := []string{"", "2018", "2019", "2019-01", "2019-01-15", "2019-01-31", "2019-02", "2019-02-14", "2019-03",
		"2019-12", "2020", "2030", "x"}
	defer func(r int64) { rareMatches = r }(rareMatches)
	for _, rare := range []int64{0, 1000} { // month-token plans, then checking every match
		rareMatches = rare
		testDatePlan(t, db, dates, bounds)
	}
}

func testDatePlan(t *testing.T, db *DB, dates, bounds []string) {
	ctx := context.Background()
	for _, from := range bounds {
		for _, to := range bounds {
			for _, lang := range []string{"", "nl"} {
				res, err := db.SearchArticles(ctx, store.ArticleQuery{Q: "gemeente", From: from, To: to, Lang: lang, Limit: 100})
				if err != nil {
					t.Fatal(err)
				}
				var want []string
				for i, d := range dates {
					if (from == "" || d >= from) && (to == "" || d <= to+"~") && (lang == "" || i%2 == 0) {
						want = append(want, "d"+string(rune('a'+i)))
					}
				}
				var got []string
				for _, h := range res.Articles {
					got = append(got, h.ID)
				}
				slices.Sort(got)
				if int(res.Total) != len(want) || !slices.Equal(got, want) {
					t.Errorf("from %q to %q lang %q: total %d %v, want %v", from, to, lang, res.Total, got, want)
				}
			}
		}
	}
}
