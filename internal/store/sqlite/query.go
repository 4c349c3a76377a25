package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"kroniek/internal/store"
)

// cond collects SQL conditions and their arguments. Conditions are fixed
// SQL text written here; user values only ever travel as arguments.
type cond struct {
	where []string
	args  []any
	// none is set when a filter can match nothing (an unknown entity id).
	none bool
}

func (c *cond) add(sql string, args ...any) {
	c.where = append(c.where, sql)
	c.args = append(c.args, args...)
}

func (c *cond) sql() string {
	if len(c.where) == 0 {
		return "1"
	}
	return strings.Join(c.where, " AND ")
}

// articleFilter is the common article selection of the queries, written for
// a table whose article number is column ncol and published date pubcol.
// langcol may be "" when the table has no language column.
type articleFilter struct {
	Q, Entity, From, To, Lang string
}

func (db *DB) filter(ctx context.Context, f articleFilter, ncol, pubcol, langcol string, withQ bool) (*cond, error) {
	c := &cond{}
	if withQ && f.Q != "" {
		expr := matchExpr(f.Q)
		if expr == "" {
			c.none = true
			return c, nil
		}
		c.add(ncol+` IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)`, expr)
	}
	if f.Entity != "" {
		n, err := db.entityN(ctx, f.Entity)
		if err != nil {
			return nil, err
		}
		if n == 0 {
			c.none = true
			return c, nil
		}
		c.add(ncol+` IN (SELECT article FROM article_entities WHERE entity = ?)`, n)
	}
	if f.From != "" {
		c.add(pubcol+` >= ?`, f.From)
	}
	if f.To != "" {
		// "~" sorts after every character of a date, so To "2019-03"
		// includes "2019-03-31T23:00".
		c.add(pubcol+` <= ?`, f.To+"~")
	}
	if f.Lang != "" {
		if langcol == "" {
			c.add(ncol+` IN (SELECT n FROM articles WHERE lang = ?)`, f.Lang)
		} else {
			c.add(langcol+` = ?`, f.Lang)
		}
	}
	return c, nil
}

// entityN returns the row number of a public entity id, 0 when unknown.
func (db *DB) entityN(ctx context.Context, id string) (int64, error) {
	var n int64
	err := db.rqueryRow(ctx, `SELECT n FROM entities WHERE id = ?`, id).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("entity %q: %w", id, err)
	}
	return n, nil
}

const snippetWidth = 200

// rankWindow bounds the cost of relevance ranking: results are the most
// relevant (BM25) among the rankWindow most recently stored matches (or
// more, to reach a deep page). A word in every article would otherwise be
// scored in every article. Facets count over the facetWindow most recently
// stored matches.
const (
	rankWindow  = 1000
	facetWindow = 500
)

// ftsMatch is a full-text selection: matches selects the article numbers
// n, for args; count counts them, for countArgs; words is the expression of
// the words alone, which ranking (BM25) uses: BM25 reads the whole doclist
// of every phrase in its query once, and a filter token is in most rows.
type ftsMatch struct {
	matches   string
	args      []any
	count     string
	countArgs []any
	words     string
}

const ftsSelect = `SELECT rowid AS n FROM articles_fts WHERE articles_fts MATCH ?`

// ftsQuery turns words and filters into FTS5 queries: language and entity
// become filter tokens (see filterTerms), so the index intersects them with
// the words. A date range is planned from the collection's articles per
// month (article_months): months wholly inside the range are matched by
// their month tokens, or, when that is cheaper, the months wholly outside
// are excluded with NOT; a range covering every dated month needs no
// tokens at all. Only articles in months the range cuts (day bounds) and
// articles without a month token are checked against their published
// dates, in a second query whose matches are added. It returns nil when
// nothing can match.
func (db *DB) ftsQuery(ctx context.Context, words string, f articleFilter) (*ftsMatch, error) {
	expr := matchExpr(words)
	if expr == "" {
		return nil, nil
	}
	var must []string
	if f.Lang != "" {
		t := langToken(f.Lang)
		if t == "" {
			return nil, nil
		}
		must = append(must, t)
	}
	if f.Entity != "" {
		n, err := db.entityN(ctx, f.Entity)
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return nil, nil
		}
		must = append(must, entityToken(n))
	}
	base := withFilters(expr, must, nil)
	if f.From == "" && f.To == "" {
		return &ftsMatch{matches: ftsSelect, args: []any{base}, words: expr,
			count: `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?`, countArgs: []any{base}}, nil
	}
	p, err := db.planDates(ctx, f.From, f.To)
	if err != nil {
		return nil, err
	}
	// Rare words: checking the dates of their few matches is cheaper than
	// opening the doclists of many month tokens.
	var nw int64
	if err := db.rqueryRow(ctx, `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?`, base).Scan(&nw); err != nil {
		return nil, err
	}
	if nw <= rareMatches {
		p.inside, p.outside, p.edges = nil, nil, nil
		p.edgeN, p.untokened = p.in+p.edgeN, p.untokened+p.in+p.out
		p.in, p.out = 0, 0
	}
	// exact: matches that need no date check, by their tokens alone.
	var exact string
	switch {
	case len(p.inside) == 0:
	case p.out == 0 && p.edgeN == 0 && p.untokened == 0:
		exact = base
	case p.untokened == 0 && p.out+p.edgeN < p.in:
		exact = "(" + base + ") NOT (" + quoteOr(append(append([]string{}, p.outside...), p.edges...)) + ")"
	default:
		exact = "(" + base + ") AND (" + quoteOr(p.inside) + ")"
	}
	// checked: matches in cut months, or without a month token, whose
	// dates are compared.
	var checked string
	switch {
	case p.edgeN == 0 && p.untokened == 0:
	case p.untokened == 0:
		checked = "(" + base + ") AND (" + quoteOr(p.edges) + ")"
	case len(p.inside)+len(p.outside) == 0:
		checked = base
	default:
		checked = "(" + base + ") NOT (" + quoteOr(append(append([]string{}, p.inside...), p.outside...)) + ")"
	}
	m := &ftsMatch{words: expr}
	var parts, counts []string
	if exact != "" {
		parts = append(parts, ftsSelect)
		counts = append(counts, `(SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?)`)
		m.args = append(m.args, exact)
		m.countArgs = append(m.countArgs, exact)
	}
	if checked != "" {
		post := &cond{}
		if f.From != "" {
			post.add(`a.published >= ?`, f.From)
		}
		if f.To != "" {
			// "~" sorts after every character of a date, so To "2019-03"
			// includes "2019-03-31T23:00".
			post.add(`a.published <= ?`, f.To+"~")
		}
		q := `SELECT articles_fts.rowid AS n FROM articles_fts JOIN articles a ON a.n = articles_fts.rowid
			WHERE articles_fts MATCH ? AND ` + post.sql()
		parts = append(parts, q)
		counts = append(counts, `(SELECT count(*) FROM (`+q+`))`)
		a := append([]any{checked}, post.args...)
		m.args = append(m.args, a...)
		m.countArgs = append(m.countArgs, a...)
	}
	if len(parts) == 0 {
		return nil, nil
	}
	m.matches = strings.Join(parts, " UNION ALL ")
	m.count = `SELECT ` + strings.Join(counts, " + ")
	return m, nil
}

// rareMatches is the number of word matches up to which a date range is
// checked on each match rather than planned with month tokens (a variable
// for tests).
var rareMatches int64 = 500

// datePlan sorts the collection's months against a date range.
type datePlan struct {
	inside, outside, edges []string // month tokens
	in, out, edgeN         int64    // articles in them
	// untokened counts articles without a month token that the range
	// may hold.
	untokened int64
}

// planDates compares each month of the collection with the range
// published >= from AND published <= to+"~", as strings.
func (db *DB) planDates(ctx context.Context, from, to string) (*datePlan, error) {
	rows, err := db.rquery(ctx, `SELECT month, sum(articles) FROM article_months GROUP BY month`)
	if err != nil {
		return nil, fmt.Errorf("date plan: %w", err)
	}
	defer rows.Close()
	p := &datePlan{}
	hi := to + "~"
	for rows.Next() {
		var month string
		var n int64
		if err := rows.Scan(&month, &n); err != nil {
			return nil, fmt.Errorf("date plan: %w", err)
		}
		t := monthToken(month)
		if t == "" {
			// No month token (article_months holds every article): the
			// undated fail a lower bound; others are checked.
			if month != "" || from == "" {
				p.untokened += n
			}
			continue
		}
		// Every date of the month starts with month and sorts between
		// month and month+"~".
		switch {
		case (from != "" && month+"~" < from) || (to != "" && month > hi):
			p.outside = append(p.outside, t)
			p.out += n
		case (from == "" || month >= from) && (to == "" || month+"~" <= hi):
			p.inside = append(p.inside, t)
			p.in += n
		default:
			p.edges = append(p.edges, t)
			p.edgeN += n
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("date plan: %w", err)
	}
	return p, nil
}

func quoteOr(tokens []string) string {
	return `"` + strings.Join(tokens, `" OR "`) + `"`
}

// SearchArticles returns a page of articles matching q.
func (db *DB) SearchArticles(ctx context.Context, q store.ArticleQuery) (*store.ArticleResult, error) {
	limit := store.ClampLimit(q.Limit, store.DefaultLimit)
	offset := store.ClampOffset(q.Offset)
	res := &store.ArticleResult{Articles: []store.ArticleHit{}}
	if q.Facets {
		res.Facets = emptyFacets()
	}
	c, err := db.filter(ctx, articleFilter{Entity: q.Entity, From: q.From, To: q.To, Lang: q.Lang}, "a.n", "a.published", "a.lang", false)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	var expr string
	if q.Q != "" {
		if expr = matchExpr(q.Q); expr == "" {
			c.none = true
		}
	}
	if c.none {
		return res, nil
	}
	// count, page and the result set facets count over, each with args.
	var countSQL, pageSQL, setSQL string
	var countArgs, pageArgs, setArgs []any
	snippetQ := q.Q
	if expr != "" {
		fq, err := db.ftsQuery(ctx, q.Q, articleFilter{Entity: q.Entity, From: q.From, To: q.To, Lang: q.Lang})
		if err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		if fq == nil {
			return res, nil
		}
		matches, args := fq.matches, fq.args
		// The full-text index counts its exact matches without a join.
		countSQL, countArgs = fq.count, fq.countArgs
		window := max(rankWindow, offset+limit)
		// Rank the window first (by the words alone; "+rowid" keeps the
		// window from becoming one index lookup per row), then join the
		// page only.
		pageSQL = `SELECT a.id, a.title, a.published, a.lang, a.text
			FROM (SELECT rowid AS n, bm25(articles_fts) AS r FROM articles_fts WHERE articles_fts MATCH ?
				AND +rowid IN (SELECT n FROM (` + matches + ` ORDER BY n DESC LIMIT ?))
				ORDER BY r, n DESC LIMIT ? OFFSET ?) w
			JOIN articles a ON a.n = w.n ORDER BY w.r, w.n DESC`
		pageArgs = append(append([]any{fq.words}, args...), window, limit, offset)
		setSQL = `SELECT n FROM (` + matches + ` ORDER BY n DESC LIMIT ?)`
		setArgs = append(append([]any{}, args...), facetWindow)
	} else if q.Entity != "" && q.From == "" && q.To == "" && q.Lang == "" {
		// An entity's articles: its counts and its index, newest first.
		countSQL = `SELECT articles FROM entities WHERE id = ?`
		countArgs = []any{q.Entity}
		recent := `SELECT DISTINCT ae.article, ae.published FROM article_entities ae JOIN entities e ON e.n = ae.entity
			WHERE e.id = ? ORDER BY ae.published DESC, ae.article DESC`
		pageSQL = `SELECT a.id, a.title, a.published, a.lang, a.text FROM (` + recent + ` LIMIT ? OFFSET ?) r
			JOIN articles a ON a.n = r.article ORDER BY r.published DESC, r.article DESC`
		pageArgs = []any{q.Entity, limit, offset}
		setSQL = `SELECT article FROM (` + recent + ` LIMIT ?)`
		setArgs = []any{q.Entity, facetWindow}
		if err := db.rqueryRow(ctx, `SELECT name FROM entities WHERE id = ?`, q.Entity).Scan(&snippetQ); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
	} else {
		where := c.sql()
		countSQL = `SELECT count(*) FROM articles a WHERE ` + where
		countArgs = c.args
		pageSQL = `SELECT a.id, a.title, a.published, a.lang, a.text FROM articles a WHERE ` + where +
			` ORDER BY a.published DESC, a.n DESC LIMIT ? OFFSET ?`
		pageArgs = append(append([]any{}, c.args...), limit, offset)
		setSQL = `SELECT a.n FROM articles a WHERE ` + where + ` ORDER BY a.published DESC, a.n DESC LIMIT ?`
		setArgs = append(append([]any{}, c.args...), facetWindow)
		if q.Entity != "" {
			// Without words, show where the entity is named.
			var name string
			if err := db.rqueryRow(ctx, `SELECT name FROM entities WHERE id = ?`, q.Entity).Scan(&name); err == nil {
				snippetQ = name
			}
		}
	}
	if err := db.rqueryRow(ctx, countSQL, countArgs...).Scan(&res.Total); err != nil {
		return nil, fmt.Errorf("search: count: %w", err)
	}
	rows, err := db.rquery(ctx, pageSQL, pageArgs...)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var h store.ArticleHit
		var text string
		if err := rows.Scan(&h.ID, &h.Title, &h.Published, &h.Lang, &text); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		h.Snippet = snippet(text, snippetQ, snippetWidth)
		res.Articles = append(res.Articles, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	if q.Facets {
		if err := db.facets(ctx, res.Facets, setSQL, setArgs); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
	}
	return res, nil
}

func emptyFacets() *store.Facets {
	return &store.Facets{People: []store.Facet{}, Organisations: []store.Facet{}, Places: []store.Facet{},
		Languages: []store.Facet{}, Months: []store.Facet{}}
}

// facets counts the articles of set (SQL selecting article numbers) by
// language, month and the entities named in them.
func (db *DB) facets(ctx context.Context, f *store.Facets, set string, args []any) error {
	rows, err := db.rquery(ctx, `SELECT a.lang, substr(a.published, 1, 7), length(a.published) >= 7 FROM articles a WHERE a.n IN (`+set+`)`, args...)
	if err != nil {
		return fmt.Errorf("facets: %w", err)
	}
	langs, months := map[string]int{}, map[string]int{}
	for rows.Next() {
		var lang, month string
		var hasMonth bool
		if err := rows.Scan(&lang, &month, &hasMonth); err != nil {
			rows.Close()
			return fmt.Errorf("facets: %w", err)
		}
		langs[lang]++
		if hasMonth {
			months[month]++
		}
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return fmt.Errorf("facets: %w", err)
	}
	f.Languages = countFacets(langs, false)
	f.Months = countFacets(months, true)
	// Count by entity first; names for the winners only.
	rows, err = db.rquery(ctx, `SELECT type, entity, count(DISTINCT article) AS c FROM article_entities
		WHERE article IN (`+set+`) AND type IN ('PER', 'ORG', 'LOC')
		GROUP BY entity ORDER BY c DESC, entity`, args...)
	if err != nil {
		return fmt.Errorf("facets: %w", err)
	}
	type top struct {
		typ   string
		n     int64
		count int
	}
	var tops []top
	perType := map[string]int{}
	for rows.Next() {
		var x top
		if err := rows.Scan(&x.typ, &x.n, &x.count); err != nil {
			rows.Close()
			return fmt.Errorf("facets: %w", err)
		}
		if perType[x.typ] < 10 {
			perType[x.typ]++
			tops = append(tops, x)
		}
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return fmt.Errorf("facets: %w", err)
	}
	ns := make([]int64, len(tops))
	for i, x := range tops {
		ns[i] = x.n
	}
	names := map[int64][2]string{}
	rows, err = db.rquery(ctx, `SELECT n, id, name FROM entities WHERE n IN (SELECT value FROM json_each(?))`, jsonInts(ns))
	if err != nil {
		return fmt.Errorf("facets: %w", err)
	}
	for rows.Next() {
		var n int64
		var id, name string
		if err := rows.Scan(&n, &id, &name); err != nil {
			rows.Close()
			return fmt.Errorf("facets: %w", err)
		}
		names[n] = [2]string{id, name}
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return fmt.Errorf("facets: %w", err)
	}
	for _, x := range tops {
		dst := map[string]*[]store.Facet{"PER": &f.People, "ORG": &f.Organisations, "LOC": &f.Places}[x.typ]
		nm := names[x.n]
		*dst = append(*dst, store.Facet{Value: nm[0], Label: nm[1], Count: x.count})
	}
	return nil
}

// countFacets orders counted values: by count (then value), or by value,
// newest first, for months. At most 24.
func countFacets(m map[string]int, byValueDesc bool) []store.Facet {
	out := make([]store.Facet, 0, len(m))
	for v, c := range m {
		out = append(out, store.Facet{Value: v, Label: v, Count: c})
	}
	sort.Slice(out, func(i, j int) bool {
		if byValueDesc {
			return out[i].Value > out[j].Value
		}
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Value < out[j].Value
	})
	if len(out) > 24 {
		out = out[:24]
	}
	return out
}

const entityCols = `e.id, e.name, e.type, e.kb, e.articles, e.mentions`

func scanEntity(sc interface{ Scan(...any) error }, e *store.EntitySummary, extra ...any) error {
	return sc.Scan(append([]any{&e.ID, &e.Name, &e.Type, &e.KB, &e.Articles, &e.Mentions}, extra...)...)
}

// Entities lists entities, most articles first.
func (db *DB) Entities(ctx context.Context, q store.EntityQuery) ([]store.EntitySummary, error) {
	limit := store.ClampLimit(q.Limit, store.DefaultLimit)
	c := &cond{}
	c.add(`e.articles > 0`)
	if q.Type != "" {
		c.add(`e.type = ?`, q.Type)
	}
	if q.Q != "" {
		nn := store.NormName(q.Q)
		if nn == "" {
			return []store.EntitySummary{}, nil
		}
		// A prefix of any word of any alias: "jong" finds "Kim Jong-un".
		c.add(`e.n IN (SELECT entity FROM aliases WHERE (' ' || norm) LIKE ? ESCAPE '\')`, `% `+likeEscape(nn)+`%`)
	}
	rows, err := db.rquery(ctx, `SELECT `+entityCols+` FROM entities e WHERE `+c.sql()+
		` ORDER BY e.articles DESC, e.mentions DESC, e.n LIMIT ?`, append(c.args, limit)...)
	if err != nil {
		return nil, fmt.Errorf("entities: %w", err)
	}
	defer rows.Close()
	out := []store.EntitySummary{}
	for rows.Next() {
		var e store.EntitySummary
		if err := scanEntity(rows, &e); err != nil {
			return nil, fmt.Errorf("entities: %w", err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("entities: %w", err)
	}
	return out, nil
}

func likeEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}

// entityRecent bounds the articles an entity page's co-occurrences and
// places are counted over: its most recent ones. The page stays as fast
// for an entity named in 50,000 articles as for one named in 5 (a long
// article names 50 entities and 100 places).
const entityRecent = 50

// Entity returns the page of one entity.
func (db *DB) Entity(ctx context.Context, id string) (*store.EntityPage, error) {
	p := &store.EntityPage{Aliases: []store.Alias{}, CoEntities: []store.CoEntity{}, Quotes: []store.QuoteHit{},
		Timeline: []store.Bucket{}, AsActor: []store.EventHit{}, AsTarget: []store.EventHit{}, Recent: []store.ArticleHit{},
		Places: []store.PlaceHit{}, MentionList: []store.MentionHit{}}
	var n int64
	err := scanEntity(db.rqueryRow(ctx, `SELECT `+entityCols+`, e.n FROM entities e WHERE e.id = ?`, id), &p.EntitySummary, &n)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("entity %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("entity %q: %w", id, err)
	}
	wrap := func(err error) error { return fmt.Errorf("entity %q: %w", id, err) }

	rows, err := db.rquery(ctx, `SELECT text, count FROM aliases WHERE entity = ? AND count > 0 ORDER BY count DESC, text LIMIT 50`, n)
	if err != nil {
		return nil, wrap(err)
	}
	for rows.Next() {
		var a store.Alias
		if err := rows.Scan(&a.Text, &a.Count); err != nil {
			rows.Close()
			return nil, wrap(err)
		}
		p.Aliases = append(p.Aliases, a)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return nil, wrap(err)
	}

	// Its most recent articles, newest first.
	var recent []int64
	rows, err = db.rquery(ctx, `SELECT article FROM article_entities WHERE entity = ? ORDER BY published DESC, article DESC LIMIT ?`, n, 2*entityRecent)
	if err != nil {
		return nil, wrap(err)
	}
	for rows.Next() {
		var a int64
		if err := rows.Scan(&a); err != nil {
			rows.Close()
			return nil, wrap(err)
		}
		if k := len(recent); (k == 0 || recent[k-1] != a) && k < entityRecent {
			recent = append(recent, a)
		}
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return nil, wrap(err)
	}
	recentSet := jsonInts(recent)

	// Count first, join the 20 winners only.
	rows, err = db.rquery(ctx, `SELECT `+entityCols+`, t.c FROM
		(SELECT entity, count(DISTINCT article) AS c FROM article_entities
		 WHERE article IN (SELECT value FROM json_each(?)) AND entity != ?
		 GROUP BY entity ORDER BY c DESC, entity LIMIT 20) t
		JOIN entities e ON e.n = t.entity ORDER BY t.c DESC, t.entity`, recentSet, n)
	if err != nil {
		return nil, wrap(err)
	}
	for rows.Next() {
		var c store.CoEntity
		if err := scanEntity(rows, &c.EntitySummary, &c.Shared); err != nil {
			rows.Close()
			return nil, wrap(err)
		}
		p.CoEntities = append(p.CoEntities, c)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return nil, wrap(err)
	}

	if p.Quotes, err = db.Quotes(ctx, store.QuoteQuery{Speaker: id, Limit: 50}); err != nil {
		return nil, wrap(err)
	}
	if p.Timeline, err = db.Timeline(ctx, store.TimelineQuery{Entity: id, Interval: store.Month}); err != nil {
		return nil, wrap(err)
	}
	if p.AsActor, err = db.Events(ctx, store.EventQuery{Actor: id, Limit: 50}); err != nil {
		return nil, wrap(err)
	}
	if p.AsTarget, err = db.Events(ctx, store.EventQuery{Target: id, Limit: 50}); err != nil {
		return nil, wrap(err)
	}
	if p.Places, err = db.placesIn(ctx, recent, 20); err != nil {
		return nil, wrap(err)
	}

	// The 20 newest articles with its mentions in them.
	top := recent[:min(len(recent), 20)]
	byN := map[int64]*store.ArticleHit{}
	texts := map[int64]string{}
	rows, err = db.rquery(ctx, `SELECT n, id, title, published, lang, text FROM articles WHERE n IN (SELECT value FROM json_each(?))`, jsonInts(top))
	if err != nil {
		return nil, wrap(err)
	}
	for rows.Next() {
		var a int64
		var h store.ArticleHit
		var text string
		if err := rows.Scan(&a, &h.ID, &h.Title, &h.Published, &h.Lang, &text); err != nil {
			rows.Close()
			return nil, wrap(err)
		}
		byN[a], texts[a] = &h, text
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return nil, wrap(err)
	}
	first := map[int64]string{}
	rows, err = db.rquery(ctx, `SELECT article, start, end, text FROM mentions WHERE entity = ? AND article IN (SELECT value FROM json_each(?)) ORDER BY article, start`, n, jsonInts(top))
	if err != nil {
		return nil, wrap(err)
	}
	mentions := map[int64][]store.MentionHit{}
	for rows.Next() {
		var a int64
		var m store.MentionHit
		if err := rows.Scan(&a, &m.Start, &m.End, &m.Text); err != nil {
			rows.Close()
			return nil, wrap(err)
		}
		if _, ok := first[a]; !ok {
			first[a] = m.Text
		}
		mentions[a] = append(mentions[a], m)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return nil, wrap(err)
	}
	for _, a := range top {
		h := byN[a]
		if h == nil {
			continue
		}
		h.Snippet = snippet(texts[a], first[a], snippetWidth)
		p.Recent = append(p.Recent, *h)
		for _, m := range mentions[a] {
			if len(p.MentionList) < 50 {
				m.Article, m.Published = h.ID, h.Published
				p.MentionList = append(p.MentionList, m)
			}
		}
	}
	return p, nil
}

// jsonInts encodes ns as a JSON array, a parameter for json_each.
func jsonInts(ns []int64) string {
	b, _ := json.Marshal(ns) // integers always marshal
	if ns == nil {
		return "[]"
	}
	return string(b)
}

// Quotes returns quotes, newest first.
func (db *DB) Quotes(ctx context.Context, q store.QuoteQuery) ([]store.QuoteHit, error) {
	limit := store.ClampLimit(q.Limit, store.DefaultLimit)
	offset := store.ClampOffset(q.Offset)
	c := &cond{}
	if q.Speaker != "" {
		n, err := db.entityN(ctx, q.Speaker)
		if err != nil {
			return nil, fmt.Errorf("quotes: %w", err)
		}
		if n != 0 {
			c.add(`q.speaker = ?`, n)
		} else {
			pat := `%` + likeEscape(q.Speaker) + `%`
			c.add(`(q.speaker_name LIKE ? ESCAPE '\' OR e.name LIKE ? ESCAPE '\')`, pat, pat)
		}
	}
	from := `quotes q`
	var fromArgs []any
	if q.Q != "" {
		expr := prefixExpr(q.Q)
		if expr == "" {
			return []store.QuoteHit{}, nil
		}
		var matches int
		if err := db.rqueryRow(ctx, `SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?`, expr).Scan(&matches); err != nil {
			return nil, fmt.Errorf("quotes: %w", err)
		}
		if matches <= 5000 {
			// Rare words: the index drives, one primary-key lookup each.
			from = `(SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?) f
				JOIN quotes q ON q.article = f.rowid / 4096 AND q.i = f.rowid % 4096`
			fromArgs = []any{expr}
		} else {
			// Common words: newest quotes first until the page is full.
			c.add(`q.article * 4096 + q.i IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)`, expr)
		}
	}
	if q.Entity != "" {
		n, err := db.entityN(ctx, q.Entity)
		if err != nil {
			return nil, fmt.Errorf("quotes: %w", err)
		}
		if n == 0 {
			return []store.QuoteHit{}, nil
		}
		c.add(`q.article IN (SELECT article FROM article_entities WHERE entity = ?)`, n)
	}
	rows, err := db.rquery(ctx, `SELECT q.text, q.kind, coalesce(e.id, ''), q.speaker_name, q.cue, a.id, a.title, q.published, q.start, q.end
		FROM `+from+` JOIN articles a ON a.n = q.article LEFT JOIN entities e ON e.n = q.speaker
		WHERE `+c.sql()+` ORDER BY q.published DESC, q.article DESC, q.i LIMIT ? OFFSET ?`, append(append(fromArgs, c.args...), limit, offset)...)
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	defer rows.Close()
	out := []store.QuoteHit{}
	for rows.Next() {
		var h store.QuoteHit
		if err := rows.Scan(&h.Text, &h.Kind, &h.Speaker, &h.SpeakerName, &h.Cue, &h.Article, &h.Title, &h.Published, &h.Start, &h.End); err != nil {
			return nil, fmt.Errorf("quotes: %w", err)
		}
		if h.SpeakerName == "" && h.Speaker != "" {
			h.SpeakerName = h.Speaker
		}
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	return out, nil
}

// Timeline counts matching articles by published date.
func (db *DB) Timeline(ctx context.Context, q store.TimelineQuery) ([]store.Bucket, error) {
	width := 7
	switch q.Interval {
	case store.Day, store.Week:
		width = 10
	case store.Month, "":
	default:
		return nil, fmt.Errorf("timeline: unknown interval %q (want day, week or month)", q.Interval)
	}
	var query string
	var args []any
	if q.Entity != "" {
		n, err := db.entityN(ctx, q.Entity)
		if err != nil {
			return nil, fmt.Errorf("timeline: %w", err)
		}
		if n == 0 {
			return []store.Bucket{}, nil
		}
		c, err := db.filter(ctx, articleFilter{From: q.From, To: q.To}, "article", "published", "", false)
		if err != nil {
			return nil, fmt.Errorf("timeline: %w", err)
		}
		switch {
		case q.Q != "":
			// The entity's token narrows the words' matches in the index.
			fq, err := db.ftsQuery(ctx, q.Q, articleFilter{Entity: q.Entity, From: q.From, To: q.To})
			if err != nil {
				return nil, fmt.Errorf("timeline: %w", err)
			}
			if fq == nil {
				return []store.Bucket{}, nil
			}
			query = `SELECT substr(ae.published, 1, ?) AS d, count(DISTINCT ae.article), sum(ae.mentions)
				FROM (` + fq.matches + `) m JOIN article_entities ae ON ae.article = m.n
				WHERE ae.entity = ? AND length(ae.published) >= ? GROUP BY d ORDER BY d`
			args = append(append([]any{width}, fq.args...), n, width)
		case width == 7 && q.From == "" && q.To == "":
			// Kept up to date by Put: one index range.
			query = `SELECT month, articles, mentions FROM entity_months WHERE entity = ? ORDER BY month`
			args = []any{n}
		default:
			query = `SELECT substr(published, 1, ?) AS d, count(DISTINCT article), sum(mentions) FROM article_entities
				WHERE entity = ? AND length(published) >= ? AND ` + c.sql() + ` GROUP BY d ORDER BY d`
			args = append([]any{width, n, width}, c.args...)
		}
	} else if q.Q != "" {
		fq, err := db.ftsQuery(ctx, q.Q, articleFilter{From: q.From, To: q.To})
		if err != nil {
			return nil, fmt.Errorf("timeline: %w", err)
		}
		if fq == nil {
			return []store.Bucket{}, nil
		}
		query = `SELECT substr(a.published, 1, ?) AS d, count(*), 0 FROM (` + fq.matches + `) m JOIN articles a ON a.n = m.n
			WHERE length(a.published) >= ? GROUP BY d ORDER BY d`
		args = append(append([]any{width}, fq.args...), width)
	} else if width == 7 && q.From == "" && q.To == "" {
		// The whole collection by month: kept up to date by Put.
		query = `SELECT month, sum(articles), 0 FROM article_months WHERE length(month) = 7 GROUP BY month ORDER BY month`
	} else {
		c, err := db.filter(ctx, articleFilter{From: q.From, To: q.To}, "a.n", "a.published", "a.lang", false)
		if err != nil {
			return nil, fmt.Errorf("timeline: %w", err)
		}
		query = `SELECT substr(a.published, 1, ?) AS d, count(*), 0 FROM articles a
			WHERE length(a.published) >= ? AND ` + c.sql() + ` GROUP BY d ORDER BY d`
		args = append([]any{width, width}, c.args...)
	}
	rows, err := db.rquery(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	defer rows.Close()
	out := []store.Bucket{}
	for rows.Next() {
		var b store.Bucket
		if err := rows.Scan(&b.Start, &b.Count, &b.Mentions); err != nil {
			return nil, fmt.Errorf("timeline: %w", err)
		}
		if width == 7 {
			b.Start += "-01"
		}
		if q.Interval == store.Week {
			d, err := time.Parse("2006-01-02", b.Start)
			if err != nil {
				continue // not a calendar date
			}
			wd := (int(d.Weekday()) + 6) % 7 // Monday = 0
			b.Start = d.AddDate(0, 0, -wd).Format("2006-01-02")
			if k := len(out); k > 0 && out[k-1].Start == b.Start {
				out[k-1].Count += b.Count
				out[k-1].Mentions += b.Mentions
				continue
			}
		}
		out = append(out, b)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	return out, nil
}

// placeWindow bounds the articles a filtered map counts places over: the
// most recent matching ones.
const placeWindow = 500

// Places returns located places, most articles first.
func (db *DB) Places(ctx context.Context, q store.PlaceQuery) ([]store.PlaceHit, error) {
	limit := store.ClampLimit(q.Limit, 100)
	c, err := db.filter(ctx, articleFilter{Q: q.Q, Entity: q.Entity, From: q.From, To: q.To}, "a.n", "a.published", "a.lang", true)
	if err != nil {
		return nil, fmt.Errorf("places: %w", err)
	}
	if c.none {
		return []store.PlaceHit{}, nil
	}
	var out []store.PlaceHit
	switch {
	case len(c.where) == 0:
		out, err = db.placesAll(ctx, limit)
	case q.Q != "":
		// The most recently stored matches, from the index.
		var fq *ftsMatch
		if fq, err = db.ftsQuery(ctx, q.Q, articleFilter{Entity: q.Entity, From: q.From, To: q.To}); err != nil || fq == nil {
			break
		}
		var ns []int64
		if ns, err = db.articleNs(ctx, `SELECT n FROM (`+fq.matches+`) ORDER BY n DESC LIMIT ?`, append(fq.args, placeWindow)...); err == nil {
			out, err = db.placesIn(ctx, ns, limit)
		}
	case q.From == "" && q.To == "":
		// An entity's most recent articles, from its index.
		var ns []int64
		if ns, err = db.articleNs(ctx, `SELECT DISTINCT ae.article FROM article_entities ae JOIN entities e ON e.n = ae.entity
			WHERE e.id = ? ORDER BY ae.published DESC, ae.article DESC LIMIT ?`, q.Entity, placeWindow); err == nil {
			out, err = db.placesIn(ctx, ns, limit)
		}
	default:
		var ns []int64
		ns, err = db.articleNs(ctx, `SELECT a.n FROM articles a WHERE `+c.sql()+` ORDER BY a.published DESC, a.n DESC LIMIT ?`,
			append(append([]any{}, c.args...), placeWindow)...)
		if err == nil {
			out, err = db.placesIn(ctx, ns, limit)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("places: %w", err)
	}
	if out == nil {
		out = []store.PlaceHit{}
	}
	return out, nil
}

func (db *DB) articleNs(ctx context.Context, query string, args ...any) ([]int64, error) {
	rows, err := db.rquery(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ns []int64
	for rows.Next() {
		var n int64
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		ns = append(ns, n)
	}
	return ns, rows.Err()
}

func scanPlaces(rows *sql.Rows) ([]store.PlaceHit, error) {
	defer rows.Close()
	out := []store.PlaceHit{}
	for rows.Next() {
		h := store.PlaceHit{Sample: []string{}}
		if err := rows.Scan(&h.Name, &h.Country, &h.Lat, &h.Lon, &h.GeoNames, &h.Entity, &h.Articles, &h.Mentions); err != nil {
			return nil, err
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// placesAll reads the whole collection's places from place_stats, with
// each place's newest articles.
func (db *DB) placesAll(ctx context.Context, limit int) ([]store.PlaceHit, error) {
	rows, err := db.rquery(ctx, `SELECT s.name, s.country, s.sum_lat / s.mentions, s.sum_lon / s.mentions, s.geonames,
			coalesce(e.id, ''), s.articles, s.mentions
		FROM place_stats s LEFT JOIN entities e ON e.n = s.entity
		ORDER BY s.articles DESC, s.name, s.country LIMIT ?`, limit)
	if err != nil {
		return nil, err
	}
	out, err := scanPlaces(rows)
	if err != nil {
		return nil, err
	}
	for i := range out {
		h := &out[i]
		rows, err := db.rquery(ctx, `SELECT a.id FROM
			(SELECT DISTINCT article, published FROM places WHERE name = ? AND country = ? ORDER BY published DESC, article DESC LIMIT 10) p
			JOIN articles a ON a.n = p.article ORDER BY p.published DESC, p.article DESC`, h.Name, h.Country)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, err
			}
			h.Sample = append(h.Sample, id)
		}
		if err := errors.Join(rows.Err(), rows.Close()); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// placesIn aggregates the places of articles ns by name and country, with
// each place's newest articles among them: one pass over the place rows.
func (db *DB) placesIn(ctx context.Context, ns []int64, limit int) ([]store.PlaceHit, error) {
	rows, err := db.rquery(ctx, `SELECT p.name, p.country, p.lat, p.lon, p.geonames, coalesce(p.entity, 0), p.article, p.published
		FROM places p WHERE p.article IN (SELECT value FROM json_each(?))`, jsonInts(ns))
	if err != nil {
		return nil, err
	}
	type key struct{ name, country string }
	type art struct {
		n   int64
		pub string
	}
	type agg struct {
		hit      store.PlaceHit
		entity   int64
		lat, lon float64
		arts     []art
	}
	m := map[key]*agg{}
	for rows.Next() {
		var k key
		var lat, lon float64
		var geonames int
		var ent int64
		var a art
		if err := rows.Scan(&k.name, &k.country, &lat, &lon, &geonames, &ent, &a.n, &a.pub); err != nil {
			rows.Close()
			return nil, err
		}
		g := m[k]
		if g == nil {
			g = &agg{hit: store.PlaceHit{Name: k.name, Country: k.country}}
			m[k] = g
		}
		g.hit.Mentions++
		g.lat += lat
		g.lon += lon
		g.hit.GeoNames = max(g.hit.GeoNames, geonames)
		g.entity = max(g.entity, ent)
		if l := len(g.arts); l == 0 || g.arts[l-1].n != a.n {
			g.arts = append(g.arts, a)
		}
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return nil, err
	}
	hits := make([]*agg, 0, len(m))
	for _, g := range m {
		g.hit.Articles = len(g.arts)
		g.hit.Lat = g.lat / float64(g.hit.Mentions)
		g.hit.Lon = g.lon / float64(g.hit.Mentions)
		hits = append(hits, g)
	}
	sort.Slice(hits, func(i, j int) bool {
		a, b := hits[i].hit, hits[j].hit
		if a.Articles != b.Articles {
			return a.Articles > b.Articles
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.Country < b.Country
	})
	hits = hits[:min(len(hits), limit)]
	// Names for the winners only: entity ids and sample article ids.
	var entNs, artNs []int64
	for _, g := range hits {
		if g.entity != 0 {
			entNs = append(entNs, g.entity)
		}
		sort.Slice(g.arts, func(i, j int) bool {
			if g.arts[i].pub != g.arts[j].pub {
				return g.arts[i].pub > g.arts[j].pub
			}
			return g.arts[i].n > g.arts[j].n
		})
		g.arts = g.arts[:min(len(g.arts), 10)]
		for _, a := range g.arts {
			artNs = append(artNs, a.n)
		}
	}
	entIDs, err := db.idsOf(ctx, `SELECT n, id FROM entities WHERE n IN (SELECT value FROM json_each(?))`, entNs)
	if err != nil {
		return nil, err
	}
	artIDs, err := db.idsOf(ctx, `SELECT n, id FROM articles WHERE n IN (SELECT value FROM json_each(?))`, artNs)
	if err != nil {
		return nil, err
	}
	out := make([]store.PlaceHit, len(hits))
	for i, g := range hits {
		out[i] = g.hit
		out[i].Entity = entIDs[g.entity]
		out[i].Sample = make([]string, 0, len(g.arts))
		for _, a := range g.arts {
			out[i].Sample = append(out[i].Sample, artIDs[a.n])
		}
	}
	return out, nil
}

// idsOf maps row numbers to public ids with query (n, id rows for a JSON
// array of numbers).
func (db *DB) idsOf(ctx context.Context, query string, ns []int64) (map[int64]string, error) {
	ids := map[int64]string{}
	if len(ns) == 0 {
		return ids, nil
	}
	rows, err := db.rquery(ctx, query, jsonInts(ns))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var n int64
		var id string
		if err := rows.Scan(&n, &id); err != nil {
			return nil, err
		}
		ids[n] = id
	}
	return ids, rows.Err()
}

// Events returns events, newest first.
func (db *DB) Events(ctx context.Context, q store.EventQuery) ([]store.EventHit, error) {
	limit := store.ClampLimit(q.Limit, store.DefaultLimit)
	offset := store.ClampOffset(q.Offset)
	c := &cond{}
	for _, f := range []struct{ id, sql string }{
		{q.Actor, `ev.actor = ?`}, {q.Target, `ev.target = ?`}, {q.Entity, `(ev.actor = ? OR ev.target = ?)`},
	} {
		if f.id == "" {
			continue
		}
		n, err := db.entityN(ctx, f.id)
		if err != nil {
			return nil, fmt.Errorf("events: %w", err)
		}
		if n == 0 {
			return []store.EventHit{}, nil
		}
		if strings.Count(f.sql, "?") == 2 {
			c.add(f.sql, n, n)
		} else {
			c.add(f.sql, n)
		}
	}
	if q.Type != "" {
		c.add(`ev.type = ?`, q.Type)
	}
	if q.Factuality != "" {
		c.add(`ev.factuality = ?`, q.Factuality)
	}
	if q.From != "" {
		c.add(`ev.published >= ?`, q.From)
	}
	if q.To != "" {
		c.add(`ev.published <= ?`, q.To+"~")
	}
	rows, err := db.rquery(ctx, `SELECT ev.type, ev.trigger, ev.start, ev.end, coalesce(ea.id, ''), ev.actor_name,
			coalesce(et.id, ''), ev.target_name, ev.factuality, ev.place, ev.time, ev.sentence, a.id, ev.published
		FROM events ev JOIN articles a ON a.n = ev.article
		LEFT JOIN entities ea ON ea.n = ev.actor LEFT JOIN entities et ON et.n = ev.target
		WHERE `+c.sql()+` ORDER BY ev.published DESC, ev.article DESC, ev.i LIMIT ? OFFSET ?`, append(c.args, limit, offset)...)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	defer rows.Close()
	out := []store.EventHit{}
	for rows.Next() {
		var h store.EventHit
		if err := rows.Scan(&h.Type, &h.Trigger, &h.Start, &h.End, &h.Actor, &h.ActorName, &h.Target, &h.TargetName,
			&h.Factuality, &h.Place, &h.Time, &h.Sentence, &h.Article, &h.Published); err != nil {
			return nil, fmt.Errorf("events: %w", err)
		}
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	return out, nil
}
