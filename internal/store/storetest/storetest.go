package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"kroniek"
	"kroniek/internal/store"
)

// Opener opens a fresh, empty store for one test.
type Opener func(t *testing.T) store.Store

// Run runs the conformance suite.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		f    func(t *testing.T, s store.Store)
	}{
		{"PutIdempotent", testPutIdempotent},
		{"Replace", testReplace},
		{"Article", testArticle},
		{"Search", testSearch},
		{"SearchHostile", testSearchHostile},
		{"Facets", testFacets},
		{"Entities", testEntities},
		{"EntityPage", testEntityPage},
		{"Quotes", testQuotes},
		{"Timeline", testTimeline},
		{"Places", testPlaces},
		{"Events", testEvents},
		{"Export", testExport},
		{"Limits", testLimits},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() {
				if err := s.Close(); err != nil {
					t.Errorf("close: %v", err)
				}
			})
			tt.f(t, s)
		})
	}
}

func putAll(t *testing.T, s store.Store) []*kroniek.Document {
	t.Helper()
	docs := Corpus()
	for _, d := range docs {
		ok, err := s.Put(context.Background(), d)
		if err != nil {
			t.Fatalf("put %s: %v", d.ID, err)
		}
		if !ok {
			t.Fatalf("put %s: not stored into an empty store", d.ID)
		}
	}
	return docs
}

func testPutIdempotent(t *testing.T, s store.Store) {
	ctx := context.Background()
	docs := putAll(t, s)
	for _, d := range Corpus() {
		ok, err := s.Put(ctx, d)
		if err != nil || ok {
			t.Errorf("second put %s = %v, %v; want false, nil", d.ID, ok, err)
		}
	}
	n, err := s.Count(ctx)
	if err != nil || n != len(docs) {
		t.Errorf("Count = %d, %v; want %d", n, err, len(docs))
	}
	for _, d := range docs {
		ok, err := s.Has(ctx, d.ID, store.Hash(&d.Article))
		if err != nil || !ok {
			t.Errorf("Has(%s, hash) = %v, %v", d.ID, ok, err)
		}
		ok, err = s.Has(ctx, d.ID, "other")
		if err != nil || ok {
			t.Errorf("Has(%s, other) = %v, %v", d.ID, ok, err)
		}
	}
	if ok, err := s.Has(ctx, "missing", "x"); err != nil || ok {
		t.Errorf("Has(missing) = %v, %v", ok, err)
	}
	// Lang is not part of the content hash: the pipeline may fill it in.
	d := Corpus()[0]
	d.Lang = ""
	if store.Hash(&d.Article) != store.Hash(&docs[0].Article) {
		t.Errorf("Hash depends on Lang")
	}
	d.Text += " "
	if store.Hash(&d.Article) == store.Hash(&docs[0].Article) {
		t.Errorf("Hash ignores Text")
	}
}

func entity(t *testing.T, s store.Store, id string) *store.EntityPage {
	t.Helper()
	p, err := s.Entity(context.Background(), id)
	if err != nil {
		t.Fatalf("Entity(%s): %v", id, err)
	}
	return p
}

func testReplace(t *testing.T, s store.Store) {
	ctx := context.Background()
	putAll(t, s)
	before := entity(t, s, "org-kremlin")
	if before.Articles != 3 || before.Mentions != 3 {
		t.Fatalf("kremlin before: %d articles, %d mentions; want 3, 3", before.Articles, before.Mentions)
	}
	// en-2 changes: the Kremlin is gone, the Bundesbank is new.
	changed := newDoc("en-2", "en", "2022-01", "Markets",
		"The Bundesbank said little about the markets in January. The Bundesbank waits.").
		entity("e1", kroniek.ORG, "Bundesbank", "", "Bundesbank").doc
	ok, err := s.Put(ctx, changed)
	if err != nil || !ok {
		t.Fatalf("put changed = %v, %v; want true", ok, err)
	}
	if n, _ := s.Count(ctx); n != len(Corpus()) {
		t.Errorf("Count after replace = %d", n)
	}
	after := entity(t, s, "org-kremlin")
	if after.Articles != 2 || after.Mentions != 2 {
		t.Errorf("kremlin after: %d articles, %d mentions; want 2, 2", after.Articles, after.Mentions)
	}
	bb := entity(t, s, "org-bundesbank")
	if bb.Articles != 1 || bb.Mentions != 2 {
		t.Errorf("bundesbank: %d articles, %d mentions; want 1, 2", bb.Articles, bb.Mentions)
	}
	got, err := s.Article(ctx, "en-2")
	if err != nil || got.Text != changed.Text {
		t.Errorf("Article after replace: %v", err)
	}
	res, err := s.SearchArticles(ctx, store.ArticleQuery{Q: "markets"})
	if err != nil || res.Total != 1 {
		t.Errorf("search after replace: %+v, %v", res, err)
	}
	res, err = s.SearchArticles(ctx, store.ArticleQuery{Q: "kremlin"})
	if err != nil || res.Total != 2 {
		t.Errorf("search kremlin after replace: total %d, %v; want 2", res.Total, err)
	}
	// Replacing the only article of an entity removes the entity.
	again := newDoc("en-2", "en", "2022-01", "Markets", "Nothing to see.").doc
	if err := s.Replace(ctx, again); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Entity(ctx, "org-bundesbank"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Entity(bundesbank) after its article changed: %v; want ErrNotFound", err)
	}
	// Replace stores even an unchanged document.
	if err := s.Replace(ctx, again); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.Count(ctx); n != len(Corpus()) {
		t.Errorf("Count after replace = %d", n)
	}
}

func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func testArticle(t *testing.T, s store.Store) {
	ctx := context.Background()
	docs := putAll(t, s)
	for _, d := range docs {
		got, err := s.Article(ctx, d.ID)
		if err != nil {
			t.Fatalf("Article(%s): %v", d.ID, err)
		}
		// Tokens are not stored (the extract contract leaves them out).
		d.Tokens = nil
		if g, w := jsonOf(t, got), jsonOf(t, d); g != w {
			t.Errorf("Article(%s) round trip:\n got %s\nwant %s", d.ID, g, w)
		}
	}
	if _, err := s.Article(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Article(nope) error = %v; want ErrNotFound", err)
	}
	if _, err := s.Entity(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Entity(nope) error = %v; want ErrNotFound", err)
	}
}

func ids(hits []store.ArticleHit) []string {
	out := []string{}
	for _, h := range hits {
		out = append(out, h.ID)
	}
	slices.Sort(out)
	return out
}

func testSearch(t *testing.T, s store.Store) {
	ctx := context.Background()
	putAll(t, s)
	tests := []struct {
		q    store.ArticleQuery
		want []string
	}{
		{store.ArticleQuery{Q: "ontmoeten"}, []string{"nl-1", "nl-2"}}, // lemma of "ontmoette", and the form itself
		{store.ArticleQuery{Q: "ontmoette"}, []string{"nl-1"}},
		{store.ArticleQuery{Q: "Zeggen"}, []string{"nl-1", "nl-3"}},
		{store.ArticleQuery{Q: "meet"}, []string{"en-1"}},
		{store.ArticleQuery{Q: "kim poetin"}, []string{"nl-1", "nl-2"}},
		{store.ArticleQuery{Q: "vladivostok"}, []string{"nl-1"}}, // title and text, one hit
		{store.ArticleQuery{Q: "noord-korea"}, []string{"nl-3"}},
		{store.ArticleQuery{Q: "kremlin", Lang: "en"}, []string{"en-2"}},
		{store.ArticleQuery{Q: "kremlin", From: "2023-10"}, []string{"nl-3"}},
		{store.ArticleQuery{Q: "kremlin", To: "2023-09"}, []string{"en-2", "nl-2"}},
		{store.ArticleQuery{Q: "kremlin", From: "2023-09-13", To: "2023-09-13"}, []string{"nl-2"}},
		{store.ArticleQuery{Q: "kim", From: "2023"}, []string{"en-1", "nl-1", "nl-2"}},
		{store.ArticleQuery{Q: "kim", To: "2023-09-13"}, []string{"nl-1", "nl-2"}},
		{store.ArticleQuery{Q: "kim", From: "2023-09-06", To: "2023-09-30", Lang: "nl"}, []string{"nl-2"}},
		{store.ArticleQuery{Q: "kremlin", From: "2022", To: "2022"}, []string{"en-2"}},
		{store.ArticleQuery{Q: "kremlin", Lang: "xx"}, []string{}},
		{store.ArticleQuery{Q: "kremlin", From: "2030"}, []string{}},
		{store.ArticleQuery{Q: "kremlin", Entity: "per-remco-breuker"}, []string{"nl-3"}},
		{store.ArticleQuery{Entity: "Q56226"}, []string{"en-1", "nl-1", "nl-2"}},
		{store.ArticleQuery{Entity: "Q56226", Q: "spaceport"}, []string{"en-1"}},
		{store.ArticleQuery{Entity: "per-remco-breuker"}, []string{"nl-1", "nl-3"}},
		{store.ArticleQuery{Entity: "unknown"}, []string{}},
		{store.ArticleQuery{Q: "nonexistentword"}, []string{}},
		{store.ArticleQuery{Lang: "nl"}, []string{"nl-1", "nl-2", "nl-3"}},
		{store.ArticleQuery{}, []string{"en-1", "en-2", "nl-1", "nl-2", "nl-3", `x-3'; DROP TABLE articles; --`}},
	}
	for _, tt := range tests {
		res, err := s.SearchArticles(ctx, tt.q)
		if err != nil {
			t.Errorf("%+v: %v", tt.q, err)
			continue
		}
		if got := ids(res.Articles); !reflect.DeepEqual(got, tt.want) || res.Total != len(tt.want) {
			t.Errorf("%+v = %v (total %d); want %v", tt.q, got, res.Total, tt.want)
		}
	}
	// Without a query, newest first; paging.
	res, err := s.SearchArticles(ctx, store.ArticleQuery{Limit: 2, Offset: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Articles) != 2 || res.Articles[0].ID != "en-1" || res.Articles[1].ID != "nl-2" || res.Total != 6 {
		t.Errorf("page 2 of 2 = %+v", res)
	}
	// Snippets show the text around the match.
	res, err = s.SearchArticles(ctx, store.ArticleQuery{Q: "spaceport"})
	if err != nil || len(res.Articles) != 1 {
		t.Fatalf("spaceport: %+v, %v", res, err)
	}
	if h := res.Articles[0]; h.Title != "Putin meets Kim" || h.Lang != "en" || h.Published != "2023-09-14" || !contains(h.Snippet, "spaceport") {
		t.Errorf("hit = %+v", h)
	}
}

func contains(s, sub string) bool { return len(sub) == 0 || (len(s) >= len(sub) && index(s, sub) >= 0) }

func index(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func testSearchHostile(t *testing.T, s store.Store) {
	ctx := context.Background()
	putAll(t, s)
	for _, q := range []string{
		`'; DROP TABLE articles; --`, `"`, `""`, `*`, `NEAR(a b)`, `kim OR poetin`, `kim AND`, `-kim`, `^kim`, `terms:kim`,
		`100%`, `a_b`, `\`, `O'Brien`, `<script>`, `))))`, "\x00", "kim\x00poetin",
	} {
		for _, qq := range []store.ArticleQuery{{Q: q}, {Q: q, Entity: q}, {Entity: q}, {From: q, To: q, Lang: q}} {
			if _, err := s.SearchArticles(ctx, qq); err != nil {
				t.Errorf("SearchArticles(%+v): %v", qq, err)
			}
		}
		if _, err := s.Entities(ctx, store.EntityQuery{Q: q, Type: q}); err != nil {
			t.Errorf("Entities(%q): %v", q, err)
		}
		if _, err := s.Quotes(ctx, store.QuoteQuery{Speaker: q, Q: q}); err != nil {
			t.Errorf("Quotes(%q): %v", q, err)
		}
		if _, err := s.Timeline(ctx, store.TimelineQuery{Q: q, Entity: q}); err != nil {
			t.Errorf("Timeline(%q): %v", q, err)
		}
		if _, err := s.Places(ctx, store.PlaceQuery{Q: q}); err != nil {
			t.Errorf("Places(%q): %v", q, err)
		}
		if _, err := s.Events(ctx, store.EventQuery{Type: q, Factuality: q}); err != nil {
			t.Errorf("Events(%q): %v", q, err)
		}
		if _, err := s.Entity(ctx, q); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Entity(%q): %v", q, err)
		}
	}
	// Metacharacters are data: they are found as written, and nothing was
	// dropped.
	hostile := `x-3'; DROP TABLE articles; --`
	d, err := s.Article(ctx, hostile)
	if err != nil {
		t.Fatalf("Article(hostile): %v", err)
	}
	if d.Title != Corpus()[5].Title {
		t.Errorf("hostile title = %q", d.Title)
	}
	res, err := s.SearchArticles(ctx, store.ArticleQuery{Q: "backslash"})
	if err != nil || res.Total != 1 || res.Articles[0].ID != hostile {
		t.Errorf("search backslash = %+v, %v", res, err)
	}
	q, err := s.Quotes(ctx, store.QuoteQuery{Q: "%"})
	if err != nil || len(q) != 0 {
		t.Errorf(`Quotes(Q "%%") = %+v, %v; want none (the %% is literal)`, q, err)
	}
	q, err = s.Quotes(ctx, store.QuoteQuery{Speaker: "O'Brien"})
	if err != nil || len(q) != 1 {
		t.Errorf(`Quotes(speaker O'Brien) = %+v, %v`, q, err)
	}
	if n, _ := s.Count(ctx); n != len(Corpus()) {
		t.Errorf("Count = %d after hostile queries", n)
	}
}

func facetValues(fs []store.Facet) map[string]int {
	m := map[string]int{}
	for _, f := range fs {
		m[f.Value] = f.Count
	}
	return m
}

func testFacets(t *testing.T, s store.Store) {
	ctx := context.Background()
	putAll(t, s)
	res, err := s.SearchArticles(ctx, store.ArticleQuery{Q: "kim", Facets: true})
	if err != nil {
		t.Fatal(err)
	}
	f := res.Facets
	if f == nil {
		t.Fatal("no facets")
	}
	if got, want := facetValues(f.Languages), map[string]int{"nl": 2, "en": 1}; !reflect.DeepEqual(got, want) {
		t.Errorf("languages = %v; want %v", got, want)
	}
	if got, want := facetValues(f.Months), map[string]int{"2023-09": 3}; !reflect.DeepEqual(got, want) {
		t.Errorf("months = %v; want %v", got, want)
	}
	people := facetValues(f.People)
	if people["Q56226"] != 3 || people["Q7747"] != 3 || people["per-remco-breuker"] != 1 {
		t.Errorf("people = %v", people)
	}
	if got := facetValues(f.Places); got["Q159"] != 2 || got["Q959"] != 1 {
		t.Errorf("places = %v", got)
	}
	if got := facetValues(f.Organisations); got["org-kremlin"] != 1 {
		t.Errorf("organisations = %v", got)
	}
	if f.People[0].Label == "" {
		t.Errorf("facet without label: %+v", f.People[0])
	}
	res, err = s.SearchArticles(ctx, store.ArticleQuery{Q: "nonexistentword", Facets: true})
	if err != nil || res.Facets == nil || len(res.Facets.People) != 0 {
		t.Errorf("facets of nothing = %+v, %v", res, err)
	}
}

func testEntities(t *testing.T, s store.Store) {
	ctx := context.Background()
	putAll(t, s)
	all, err := s.Entities(ctx, store.EntityQuery{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]store.EntitySummary{}
	for _, e := range all {
		byID[e.ID] = e
	}
	tests := []struct {
		id, name, typ, kb  string
		articles, mentions int
	}{
		{"Q56226", "Kim Jong-un", "PER", "Q56226", 3, 3},        // same KB id: one entity
		{"Q7747", "Vladimir Poetin", "PER", "Q7747", 3, 4},      // fullest name wins
		{"per-remco-breuker", "Remco Breuker", "PER", "", 2, 2}, // same type and name
		{"per-breuker", "Breuker", "PER", "", 1, 1},             // another name: another entity
		{"org-kremlin", "Kremlin", "ORG", "", 3, 3},             // across languages
		{"Q159", "Rusland", "LOC", "Q159", 2, 2},
	}
	for _, tt := range tests {
		e, ok := byID[tt.id]
		if !ok {
			t.Errorf("entity %s missing; have %v", tt.id, all)
			continue
		}
		if e.Name != tt.name || e.Type != tt.typ || e.KB != tt.kb || e.Articles != tt.articles || e.Mentions != tt.mentions {
			t.Errorf("entity %s = %+v; want %+v", tt.id, e, tt)
		}
	}
	if len(all) > 0 && all[0].Articles < all[len(all)-1].Articles {
		t.Errorf("entities not ordered by articles")
	}
	for _, tt := range []struct {
		q    store.EntityQuery
		want string
	}{
		{store.EntityQuery{Q: "jong"}, "Q56226"},
		{store.EntityQuery{Q: "Kim Jong Un"}, "Q56226"},
		{store.EntityQuery{Q: "putin"}, "Q7747"}, // by alias
		{store.EntityQuery{Q: "kreml", Type: "ORG"}, "org-kremlin"},
	} {
		got, err := s.Entities(ctx, tt.q)
		if err != nil || len(got) == 0 || got[0].ID != tt.want {
			t.Errorf("Entities(%+v) = %+v, %v; want %s first", tt.q, got, err, tt.want)
		}
	}
	got, err := s.Entities(ctx, store.EntityQuery{Q: "kremlin", Type: "PER"})
	if err != nil || len(got) != 0 {
		t.Errorf("Entities(kremlin, PER) = %+v, %v", got, err)
	}
	got, err = s.Entities(ctx, store.EntityQuery{Type: "LOC"})
	if err != nil || len(got) != 3 {
		t.Errorf("Entities(LOC) = %+v, %v; want 3", got, err)
	}
}

func testEntityPage(t *testing.T, s store.Store) {
	putAll(t, s)
	p := entity(t, s, "Q7747")
	aliases := map[string]int{}
	for _, a := range p.Aliases {
		aliases[a.Text] = a.Count
	}
	if want := map[string]int{"Poetin": 2, "Vladimir Putin": 1, "Putin": 1}; !reflect.DeepEqual(aliases, want) {
		t.Errorf("aliases = %v; want %v", aliases, want)
	}
	co := map[string]int{}
	for _, c := range p.CoEntities {
		co[c.ID] = c.Shared
	}
	if co["Q56226"] != 3 || co["Q159"] != 2 || co["Q7747"] != 0 {
		t.Errorf("co-entities = %v", co)
	}
	if len(p.Quotes) != 1 || p.Quotes[0].Text != "We will help" || p.Quotes[0].Article != "en-1" {
		t.Errorf("quotes = %+v", p.Quotes)
	}
	if want := []store.Bucket{{Start: "2023-09-01", Count: 3, Mentions: 4}}; !reflect.DeepEqual(p.Timeline, want) {
		t.Errorf("timeline = %+v; want %+v", p.Timeline, want)
	}
	if len(p.AsActor) != 2 || p.AsActor[0].Article != "en-1" || p.AsActor[0].Target != "Q56226" || len(p.AsTarget) != 1 {
		t.Errorf("events: actor %+v target %+v", p.AsActor, p.AsTarget)
	}
	if got := ids(p.Recent); !reflect.DeepEqual(got, []string{"en-1", "nl-1", "nl-2"}) || p.Recent[0].ID != "en-1" {
		t.Errorf("recent articles = %+v", p.Recent)
	}
	if len(p.MentionList) != 4 || p.MentionList[0].Article != "en-1" {
		t.Errorf("mentions = %+v", p.MentionList)
	}
	for _, m := range p.MentionList {
		d, err := s.Article(context.Background(), m.Article)
		if err != nil {
			t.Fatal(err)
		}
		if got := string([]rune(d.Text)[m.Start:m.End]); got != m.Text {
			t.Errorf("mention %+v: text at offsets is %q", m, got)
		}
	}
	places := map[string]int{}
	for _, pl := range p.Places {
		places[pl.Name] = pl.Articles
	}
	if places["Russia"] != 2 || places["Vladivostok"] != 1 {
		t.Errorf("places = %v", places)
	}
}

func testQuotes(t *testing.T, s store.Store) {
	ctx := context.Background()
	putAll(t, s)
	tests := []struct {
		q    store.QuoteQuery
		want []string
	}{
		{store.QuoteQuery{}, []string{"We will help", "Dit is uitzonderlijk.", "meer dan een beleefdheidsvisite", "capacity"}},
		{store.QuoteQuery{Speaker: "per-remco-breuker"}, []string{"meer dan een beleefdheidsvisite"}},
		{store.QuoteQuery{Speaker: "breuker"}, []string{"Dit is uitzonderlijk.", "meer dan een beleefdheidsvisite"}},
		{store.QuoteQuery{Speaker: "Putin"}, []string{"We will help"}},
		{store.QuoteQuery{Q: "BELEEFDHEID"}, []string{"meer dan een beleefdheidsvisite"}},
		{store.QuoteQuery{Entity: "Q159"}, []string{"We will help", "Dit is uitzonderlijk."}},
		{store.QuoteQuery{Limit: 1, Offset: 1}, []string{"Dit is uitzonderlijk."}},
	}
	for _, tt := range tests {
		got, err := s.Quotes(ctx, tt.q)
		if err != nil {
			t.Errorf("%+v: %v", tt.q, err)
			continue
		}
		var texts []string
		for _, h := range got {
			texts = append(texts, h.Text)
		}
		if !reflect.DeepEqual(texts, tt.want) {
			t.Errorf("Quotes(%+v) = %q; want %q", tt.q, texts, tt.want)
		}
	}
	got, err := s.Quotes(ctx, store.QuoteQuery{Speaker: "per-remco-breuker"})
	if err != nil || len(got) != 1 {
		t.Fatal(got, err)
	}
	want := store.QuoteHit{Text: "meer dan een beleefdheidsvisite", Kind: "direct", Speaker: "per-remco-breuker", SpeakerName: "Remco Breuker",
		Cue: "zei", Article: "nl-1", Title: "Kim reist naar Vladivostok", Published: "2023-09-05", Start: 76, End: 107}
	if got[0] != want {
		t.Errorf("quote = %+v\nwant %+v", got[0], want)
	}
}

func testTimeline(t *testing.T, s store.Store) {
	ctx := context.Background()
	putAll(t, s)
	tests := []struct {
		q    store.TimelineQuery
		want []store.Bucket
	}{
		{store.TimelineQuery{}, []store.Bucket{{Start: "2021-05-01", Count: 1}, {Start: "2022-01-01", Count: 1}, {Start: "2023-09-01", Count: 3}, {Start: "2023-10-01", Count: 1}}},
		{store.TimelineQuery{Q: "kremlin", Interval: store.Day}, []store.Bucket{{Start: "2023-09-13", Count: 1}, {Start: "2023-10-02", Count: 1}}},
		{store.TimelineQuery{Q: "kim", Interval: store.Week}, []store.Bucket{{Start: "2023-09-04", Count: 1}, {Start: "2023-09-11", Count: 2}}},
		{store.TimelineQuery{Entity: "org-kremlin"}, []store.Bucket{{Start: "2022-01-01", Count: 1, Mentions: 1}, {Start: "2023-09-01", Count: 1, Mentions: 1}, {Start: "2023-10-01", Count: 1, Mentions: 1}}},
		{store.TimelineQuery{Entity: "org-kremlin", Q: "zwijgt", Interval: store.Month}, []store.Bucket{{Start: "2023-10-01", Count: 1, Mentions: 1}}},
		{store.TimelineQuery{Entity: "org-kremlin", From: "2023"}, []store.Bucket{{Start: "2023-09-01", Count: 1, Mentions: 1}, {Start: "2023-10-01", Count: 1, Mentions: 1}}},
		{store.TimelineQuery{Entity: "nobody"}, []store.Bucket{}},
	}
	for _, tt := range tests {
		got, err := s.Timeline(ctx, tt.q)
		if err != nil {
			t.Errorf("%+v: %v", tt.q, err)
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Timeline(%+v) = %+v; want %+v", tt.q, got, tt.want)
		}
	}
	if _, err := s.Timeline(ctx, store.TimelineQuery{Interval: "year"}); err == nil {
		t.Errorf("Timeline(interval year): no error")
	}
}

func testPlaces(t *testing.T, s store.Store) {
	ctx := context.Background()
	putAll(t, s)
	got, err := s.Places(ctx, store.PlaceQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Fatalf("places = %+v", got)
	}
	ru := got[0]
	want := store.PlaceHit{Name: "Russia", Country: "RU", Lat: 61.5, Lon: 105.3, GeoNames: 2017370, Entity: "Q159", Articles: 2, Mentions: 2,
		Sample: []string{"en-1", "nl-2"}}
	if !reflect.DeepEqual(ru, want) {
		t.Errorf("first place = %+v\nwant %+v", ru, want)
	}
	got, err = s.Places(ctx, store.PlaceQuery{Entity: "Q7747"})
	if err != nil || len(got) != 2 || got[0].Name != "Russia" || got[0].Articles != 2 || got[1].Name != "Vladivostok" {
		t.Errorf("Places(Q7747) = %+v, %v", got, err)
	}
	for _, tt := range []struct {
		q    store.PlaceQuery
		want string
	}{
		{store.PlaceQuery{Q: "hoogleraar"}, "North Korea"},
		{store.PlaceQuery{Entity: "per-remco-breuker", From: "2023-10"}, "North Korea"},
		{store.PlaceQuery{Q: "ontmoette", Entity: "Q7747"}, "Vladivostok"},
		{store.PlaceQuery{Entity: "per-remco-breuker", To: "2023-09"}, "Vladivostok"},
	} {
		got, err := s.Places(ctx, tt.q)
		if err != nil || len(got) != 1 || got[0].Name != tt.want {
			t.Errorf("Places(%+v) = %+v, %v; want only %s", tt.q, got, err, tt.want)
		}
	}
}

func testEvents(t *testing.T, s store.Store) {
	ctx := context.Background()
	putAll(t, s)
	tests := []struct {
		q    store.EventQuery
		want []string // article ids
	}{
		{store.EventQuery{}, []string{"en-1", "nl-2", "nl-1"}},
		{store.EventQuery{Actor: "Q56226"}, []string{"nl-1"}},
		{store.EventQuery{Target: "Q56226"}, []string{"en-1", "nl-2"}},
		{store.EventQuery{Entity: "Q56226"}, []string{"en-1", "nl-2", "nl-1"}},
		{store.EventQuery{Factuality: kroniek.Planned}, []string{"nl-2"}},
		{store.EventQuery{Type: "CONSULT", From: "2023-09-13"}, []string{"en-1", "nl-2"}},
		{store.EventQuery{Type: "ASSAULT"}, nil},
		{store.EventQuery{Actor: "nobody"}, nil},
	}
	for _, tt := range tests {
		got, err := s.Events(ctx, tt.q)
		if err != nil {
			t.Errorf("%+v: %v", tt.q, err)
			continue
		}
		var arts []string
		for _, h := range got {
			arts = append(arts, h.Article)
		}
		if !reflect.DeepEqual(arts, tt.want) {
			t.Errorf("Events(%+v) = %v; want %v", tt.q, arts, tt.want)
		}
	}
	got, err := s.Events(ctx, store.EventQuery{Actor: "Q56226"})
	if err != nil || len(got) != 1 {
		t.Fatal(got, err)
	}
	want := store.EventHit{Type: "CONSULT", Trigger: "ontmoette", Start: 12, End: 21, Actor: "Q56226", ActorName: "Kim Jong-un",
		Target: "Q7747", TargetName: "Vladimir Poetin", Factuality: "asserted", Place: "Vladivostok", Time: "2023-09-05",
		Article: "nl-1", Published: "2023-09-05"}
	if got[0] != want {
		t.Errorf("event = %+v\nwant %+v", got[0], want)
	}
}

func testExport(t *testing.T, s store.Store) {
	ctx := context.Background()
	docs := putAll(t, s)
	want := map[string]string{}
	var wantIDs []string
	for _, d := range docs {
		d.Tokens = nil
		want[d.ID] = jsonOf(t, d)
		wantIDs = append(wantIDs, d.ID)
	}
	slices.Sort(wantIDs)
	var got []string
	err := s.Export(ctx, func(d *kroniek.Document) error {
		got = append(got, d.ID)
		if j := jsonOf(t, d); j != want[d.ID] {
			t.Errorf("export %s differs", d.ID)
		}
		return nil
	})
	if err != nil || !reflect.DeepEqual(got, wantIDs) {
		t.Errorf("Export = %v, %v; want %v", got, err, wantIDs)
	}
	var listed []string
	if err := s.IDs(ctx, func(id, hash string) error {
		listed = append(listed, id)
		return nil
	}); err != nil || !reflect.DeepEqual(listed, wantIDs) {
		t.Errorf("IDs = %v, %v", listed, err)
	}
	stop := errors.New("stop")
	n := 0
	if err := s.Export(ctx, func(*kroniek.Document) error { n++; return stop }); !errors.Is(err, stop) || n != 1 {
		t.Errorf("Export with failing callback = %v after %d", err, n)
	}
}

func testLimits(t *testing.T, s store.Store) {
	ctx := context.Background()
	// More articles than MaxLimit, cheaply: bare documents.
	for i := range store.MaxLimit + 5 {
		d := newDoc(fmt.Sprintf("bulk-%05d", i), "en", "2020-01-01", "bulk", "Some words here.").doc
		if _, err := s.Put(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	res, err := s.SearchArticles(ctx, store.ArticleQuery{Q: "words", Limit: 1 << 30})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Articles) != store.MaxLimit || res.Total != store.MaxLimit+5 {
		t.Errorf("huge limit gave %d hits (total %d); want %d", len(res.Articles), res.Total, store.MaxLimit)
	}
	res, err = s.SearchArticles(ctx, store.ArticleQuery{Q: "words", Limit: -5, Offset: -3})
	if err != nil || len(res.Articles) != store.DefaultLimit {
		t.Errorf("negative limit gave %d hits, %v; want %d", len(res.Articles), err, store.DefaultLimit)
	}
	res, err = s.SearchArticles(ctx, store.ArticleQuery{Q: "words", Offset: 1 << 40})
	if err != nil || len(res.Articles) != 0 {
		t.Errorf("huge offset: %d hits, %v", len(res.Articles), err)
	}
}
