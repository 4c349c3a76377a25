package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
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
	err := db.r.QueryRowContext(ctx, `SELECT n FROM entities WHERE id = ?`, id).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("entity %q: %w", id, err)
	}
	return n, nil
}

const snippetWidth = 200

// SearchArticles returns a page of articles matching q.
func (db *DB) SearchArticles(ctx context.Context, q store.ArticleQuery) (*store.ArticleResult, error) {
	limit := store.ClampLimit(q.Limit, store.DefaultLimit)
	offset := store.ClampOffset(q.Offset)
	res := &store.ArticleResult{Articles: []store.ArticleHit{}}
	af := articleFilter{Q: "", Entity: q.Entity, From: q.From, To: q.To, Lang: q.Lang}
	c, err := db.filter(ctx, af, "a.n", "a.published", "a.lang", false)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	from := `articles a`
	order := `a.published DESC, a.n DESC`
	var args []any
	if q.Q != "" {
		expr := matchExpr(q.Q)
		if expr == "" {
			c.none = true
		}
		// The full-text table drives the query so that ranking is FTS5's.
		from = `articles_fts JOIN articles a ON a.n = articles_fts.rowid`
		order = `articles_fts.rank, a.n`
		c.where = append([]string{`articles_fts MATCH ?`}, c.where...)
		c.args = append([]any{expr}, c.args...)
	}
	if c.none {
		if q.Facets {
			res.Facets = emptyFacets()
		}
		return res, nil
	}
	where := c.sql()
	args = c.args
	if err := db.r.QueryRowContext(ctx, `SELECT count(*) FROM `+from+` WHERE `+where, args...).Scan(&res.Total); err != nil {
		return nil, fmt.Errorf("search: count: %w", err)
	}
	rows, err := db.r.QueryContext(ctx, `SELECT a.id, a.title, a.published, a.lang, a.text FROM `+from+` WHERE `+where+
		` ORDER BY `+order+` LIMIT ? OFFSET ?`, append(args, limit, offset)...)
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
		h.Snippet = snippet(text, q.Q, snippetWidth)
		res.Articles = append(res.Articles, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	if q.Facets {
		f, err := db.facets(ctx, from, where, args)
		if err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		res.Facets = f
	}
	return res, nil
}

func emptyFacets() *store.Facets {
	return &store.Facets{People: []store.Facet{}, Organisations: []store.Facet{}, Places: []store.Facet{},
		Languages: []store.Facet{}, Months: []store.Facet{}}
}

// facetSample bounds the articles entity facets are counted over: the
// first ones in result order. Language and month facets count them all.
const facetSample = 5000

func (db *DB) facets(ctx context.Context, from, where string, args []any) (*store.Facets, error) {
	f := emptyFacets()
	simple := func(sel, extra, order string, dst *[]store.Facet) error {
		rows, err := db.r.QueryContext(ctx, `SELECT `+sel+` AS v, count(*) FROM `+from+` WHERE `+where+extra+
			` GROUP BY v ORDER BY `+order+` LIMIT 24`, args...)
		if err != nil {
			return fmt.Errorf("facets: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var x store.Facet
			if err := rows.Scan(&x.Value, &x.Count); err != nil {
				return fmt.Errorf("facets: %w", err)
			}
			x.Label = x.Value
			*dst = append(*dst, x)
		}
		return rows.Err()
	}
	if err := simple(`a.lang`, ``, `2 DESC, v`, &f.Languages); err != nil {
		return nil, err
	}
	if err := simple(`substr(a.published, 1, 7)`, ` AND length(a.published) >= 7`, `v DESC`, &f.Months); err != nil {
		return nil, err
	}
	rows, err := db.r.QueryContext(ctx, `WITH m AS (SELECT a.n FROM `+from+` WHERE `+where+` LIMIT ?)
		SELECT ae.type, e.id, e.name, count(DISTINCT ae.article) AS c
		FROM m JOIN article_entities ae ON ae.article = m.n JOIN entities e ON e.n = ae.entity
		WHERE ae.type IN ('PER', 'ORG', 'LOC')
		GROUP BY ae.type, ae.entity ORDER BY c DESC, e.name`, append(append([]any{}, args...), facetSample)...)
	if err != nil {
		return nil, fmt.Errorf("facets: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var typ string
		var x store.Facet
		if err := rows.Scan(&typ, &x.Value, &x.Label, &x.Count); err != nil {
			return nil, fmt.Errorf("facets: %w", err)
		}
		dst := map[string]*[]store.Facet{"PER": &f.People, "ORG": &f.Organisations, "LOC": &f.Places}[typ]
		if len(*dst) < 10 {
			*dst = append(*dst, x)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("facets: %w", err)
	}
	return f, nil
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
	rows, err := db.r.QueryContext(ctx, `SELECT `+entityCols+` FROM entities e WHERE `+c.sql()+
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
// places are counted over: its most recent ones.
const entityRecent = 2000

// Entity returns the page of one entity.
func (db *DB) Entity(ctx context.Context, id string) (*store.EntityPage, error) {
	p := &store.EntityPage{Aliases: []store.Alias{}, CoEntities: []store.CoEntity{}, Quotes: []store.QuoteHit{},
		Timeline: []store.Bucket{}, AsActor: []store.EventHit{}, AsTarget: []store.EventHit{}, Recent: []store.ArticleHit{},
		Places: []store.PlaceHit{}, MentionList: []store.MentionHit{}}
	var n int64
	err := scanEntity(db.r.QueryRowContext(ctx, `SELECT `+entityCols+`, e.n FROM entities e WHERE e.id = ?`, id), &p.EntitySummary, &n)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("entity %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("entity %q: %w", id, err)
	}
	wrap := func(err error) error { return fmt.Errorf("entity %q: %w", id, err) }

	rows, err := db.r.QueryContext(ctx, `SELECT text, count FROM aliases WHERE entity = ? AND count > 0 ORDER BY count DESC, text LIMIT 50`, n)
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

	rows, err = db.r.QueryContext(ctx, `WITH recent AS (SELECT article FROM article_entities WHERE entity = ?1 ORDER BY published DESC LIMIT ?2)
		SELECT `+entityCols+`, count(DISTINCT ae.article) AS c
		FROM article_entities ae JOIN entities e ON e.n = ae.entity
		WHERE ae.article IN recent AND ae.entity != ?1
		GROUP BY ae.entity ORDER BY c DESC, e.articles DESC LIMIT 20`, n, entityRecent)
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
	if p.Places, err = db.places(ctx, `p.article IN (SELECT article FROM article_entities WHERE entity = ? ORDER BY published DESC LIMIT ?)`,
		[]any{n, entityRecent}, 20); err != nil {
		return nil, wrap(err)
	}

	rows, err = db.r.QueryContext(ctx, `SELECT a.id, a.title, a.published, a.lang, a.text, m.start, m.end, m.text
		FROM (SELECT DISTINCT article, published FROM article_entities WHERE entity = ?1 ORDER BY published DESC, article DESC LIMIT 20) r
		JOIN articles a ON a.n = r.article JOIN mentions m ON m.article = r.article AND m.entity = ?1
		ORDER BY r.published DESC, r.article DESC, m.start`, n)
	if err != nil {
		return nil, wrap(err)
	}
	for rows.Next() {
		var h store.ArticleHit
		var text string
		var m store.MentionHit
		if err := rows.Scan(&h.ID, &h.Title, &h.Published, &h.Lang, &text, &m.Start, &m.End, &m.Text); err != nil {
			rows.Close()
			return nil, wrap(err)
		}
		m.Article, m.Published = h.ID, h.Published
		if len(p.MentionList) < 50 {
			p.MentionList = append(p.MentionList, m)
		}
		if k := len(p.Recent); k == 0 || p.Recent[k-1].ID != h.ID {
			h.Snippet = snippet(text, m.Text, snippetWidth)
			p.Recent = append(p.Recent, h)
		}
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return nil, wrap(err)
	}
	return p, nil
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
	if q.Q != "" {
		c.add(`q.text LIKE ? ESCAPE '\'`, `%`+likeEscape(q.Q)+`%`)
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
	rows, err := db.r.QueryContext(ctx, `SELECT q.text, q.kind, coalesce(e.id, ''), q.speaker_name, q.cue, a.id, a.title, q.published, q.start, q.end
		FROM quotes q JOIN articles a ON a.n = q.article LEFT JOIN entities e ON e.n = q.speaker
		WHERE `+c.sql()+` ORDER BY q.published DESC, q.article DESC, q.i LIMIT ? OFFSET ?`, append(c.args, limit, offset)...)
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
		c, err := db.filter(ctx, articleFilter{Q: q.Q, From: q.From, To: q.To}, "article", "published", "", true)
		if err != nil {
			return nil, fmt.Errorf("timeline: %w", err)
		}
		if c.none {
			return []store.Bucket{}, nil
		}
		query = `SELECT substr(published, 1, ?) AS d, count(DISTINCT article), sum(mentions) FROM article_entities
			WHERE entity = ? AND length(published) >= ? AND ` + c.sql() + ` GROUP BY d ORDER BY d`
		args = append([]any{width, n, width}, c.args...)
	} else {
		c, err := db.filter(ctx, articleFilter{Q: q.Q, From: q.From, To: q.To}, "a.n", "a.published", "a.lang", true)
		if err != nil {
			return nil, fmt.Errorf("timeline: %w", err)
		}
		if c.none {
			return []store.Bucket{}, nil
		}
		query = `SELECT substr(a.published, 1, ?) AS d, count(*), 0 FROM articles a
			WHERE length(a.published) >= ? AND ` + c.sql() + ` GROUP BY d ORDER BY d`
		args = append([]any{width, width}, c.args...)
	}
	rows, err := db.r.QueryContext(ctx, query, args...)
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

// Places returns located places, most articles first.
func (db *DB) Places(ctx context.Context, q store.PlaceQuery) ([]store.PlaceHit, error) {
	c, err := db.filter(ctx, articleFilter{Q: q.Q, Entity: q.Entity, From: q.From, To: q.To}, "p.article", "p.published", "", true)
	if err != nil {
		return nil, fmt.Errorf("places: %w", err)
	}
	if c.none {
		return []store.PlaceHit{}, nil
	}
	out, err := db.places(ctx, c.sql(), c.args, store.ClampLimit(q.Limit, 100))
	if err != nil {
		return nil, fmt.Errorf("places: %w", err)
	}
	return out, nil
}

func (db *DB) places(ctx context.Context, where string, args []any, limit int) ([]store.PlaceHit, error) {
	rows, err := db.r.QueryContext(ctx, `SELECT p.name, p.country, avg(p.lat), avg(p.lon), max(p.geonames), coalesce(max(e.id), ''),
			count(DISTINCT p.article) AS c, count(*)
		FROM places p LEFT JOIN entities e ON e.n = p.entity
		WHERE `+where+` GROUP BY p.name, p.country ORDER BY c DESC, p.name LIMIT ?`, append(append([]any{}, args...), limit)...)
	if err != nil {
		return nil, err
	}
	out := []store.PlaceHit{}
	for rows.Next() {
		var h store.PlaceHit
		if err := rows.Scan(&h.Name, &h.Country, &h.Lat, &h.Lon, &h.GeoNames, &h.Entity, &h.Articles, &h.Mentions); err != nil {
			rows.Close()
			return nil, err
		}
		h.Sample = []string{}
		out = append(out, h)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return nil, err
	}
	for i := range out {
		h := &out[i]
		rows, err := db.r.QueryContext(ctx, `SELECT a.id FROM places p JOIN articles a ON a.n = p.article
			WHERE p.name = ? AND p.country = ? AND `+where+` GROUP BY p.article ORDER BY max(p.published) DESC, p.article DESC LIMIT 10`,
			append([]any{h.Name, h.Country}, args...)...)
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
	rows, err := db.r.QueryContext(ctx, `SELECT ev.type, ev.trigger, ev.start, ev.end, coalesce(ea.id, ''), ev.actor_name,
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
