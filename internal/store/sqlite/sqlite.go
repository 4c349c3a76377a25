// Package sqlite is the embedded store backend: one SQLite file (pure Go
// driver, no cgo) in WAL mode, with embedded ordered schema migrations and
// FTS5 full text over lemmas. Every query is parameterised.
package sqlite

import (
	"bytes"
	"compress/flate"
	"context"
	"database/sql"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"kroniek"
	"kroniek/internal/store"
)

//go:embed migrations/*.sql
var migrations embed.FS

// DB is a store.Store on one SQLite file.
type DB struct {
	w *sql.DB // the single writer connection
	r *sql.DB // a pool of readers (WAL lets them run beside the writer)

	// fault, when set by tests, is called between the writes of Put; an
	// error aborts the transaction as a failing disk would.
	fault func(step string) error

	// stmts are the write statements, prepared once on the writer's single
	// connection (preparing inside a transaction would need a second one).
	stmts map[string]*sql.Stmt

	// rstmts caches prepared read statements by their SQL: the queries
	// are built from a fixed set of fragments, so there are few of them,
	// and parsing was a seventh of an entity page's cost.
	rmu    sync.Mutex
	rstmts map[string]*sql.Stmt
}

// rstmt returns the prepared read statement for q.
func (db *DB) rstmt(ctx context.Context, q string) (*sql.Stmt, error) {
	db.rmu.Lock()
	defer db.rmu.Unlock()
	if st := db.rstmts[q]; st != nil {
		return st, nil
	}
	st, err := db.r.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	if db.rstmts == nil {
		db.rstmts = map[string]*sql.Stmt{}
	}
	db.rstmts[q] = st
	return st, nil
}

func (db *DB) rquery(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	st, err := db.rstmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

func (db *DB) rqueryRow(ctx context.Context, q string, args ...any) *sql.Row {
	st, err := db.rstmt(ctx, q)
	if err != nil {
		return db.r.QueryRowContext(ctx, q, args...) // reports the same error
	}
	return st.QueryRowContext(ctx, args...)
}

// Write statements, by name.
var writeSQL = map[string]string{
	"find":   `SELECT n, hash FROM articles WHERE id = ?`,
	"update": `UPDATE articles SET hash = ?, lang = ?, published = ?, title = ?, url = ?, text = ?, meta = ?, doc = ? WHERE n = ?`,
	"insert": `INSERT INTO articles (id, hash, lang, published, title, url, text, meta, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING n`,
	"fts":    `INSERT INTO articles_fts (rowid, terms) VALUES (?, ?)`,
	"qfts":   `INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)`,
	"amonth": `INSERT INTO article_months (month, lang, articles) VALUES (substr(?1, 1, 7), ?2, 1)
		ON CONFLICT (month, lang) DO UPDATE SET articles = articles + 1`,
	"entity": `INSERT INTO entities (id, key, type, name, kb, articles, mentions) VALUES (?, ?, ?, ?, ?, 1, ?)
		ON CONFLICT (key) DO UPDATE SET articles = articles + 1, mentions = mentions + excluded.mentions
		RETURNING n, articles`,
	"vote": `INSERT INTO entity_names (entity, name, count) VALUES (?, ?, 1) ON CONFLICT (entity, name) DO UPDATE SET count = count + 1`,
	"name": `UPDATE entities SET name = (SELECT name FROM entity_names WHERE entity = ?1 ORDER BY count DESC, length(name) DESC, name LIMIT 1) WHERE n = ?1`,
	"month": `INSERT INTO entity_months (entity, month, articles, mentions) VALUES (?, ?, 1, ?)
		ON CONFLICT (entity, month) DO UPDATE SET articles = articles + 1, mentions = mentions + excluded.mentions`,
	"placestat": `INSERT INTO place_stats (name, country, sum_lat, sum_lon, geonames, entity, articles, mentions) VALUES (?, ?, ?, ?, ?, ?, 1, ?)
		ON CONFLICT (name, country) DO UPDATE SET sum_lat = sum_lat + excluded.sum_lat, sum_lon = sum_lon + excluded.sum_lon,
			geonames = CASE WHEN geonames = 0 THEN excluded.geonames ELSE geonames END, entity = coalesce(entity, excluded.entity),
			articles = articles + 1, mentions = mentions + excluded.mentions`,
	"artent":  `INSERT INTO article_entities (article, local, entity, type, mentions, published, name) VALUES (?, ?, ?, ?, ?, ?, ?)`,
	"mention": `INSERT INTO mentions (article, i, entity, start, end, text) VALUES (?, ?, ?, ?, ?, ?)`,
	"alias":   `INSERT INTO aliases (entity, text, norm, count) VALUES (?, ?, ?, ?) ON CONFLICT (entity, text) DO UPDATE SET count = count + excluded.count`,
	"quote":   `INSERT INTO quotes (article, i, start, end, text, kind, speaker, speaker_name, cue, cue_start, cue_end, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	"time":    `INSERT INTO times (article, i, start, end, text, type, value) VALUES (?, ?, ?, ?, ?, ?, ?)`,
	"place":   `INSERT INTO places (article, i, start, end, text, entity, name, country, lat, lon, geonames, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	"event":   `INSERT INTO events (article, i, type, trigger, start, end, actor, actor_name, target, target_name, place, time, factuality, source, sentence, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
}

// deleteSQL removes the rows extracted from article ?1 and takes its share
// out of the entity counts and name votes; the articles row itself stays.
var deleteSQL = []string{
	`UPDATE article_months SET articles = articles - 1
	 WHERE (month, lang) = (SELECT substr(published, 1, 7), lang FROM articles WHERE n = ?1)`,
	`DELETE FROM article_months WHERE articles <= 0`,
	`UPDATE entity_months SET
		articles = articles - (SELECT count(DISTINCT ae.entity) FROM article_entities ae WHERE ae.article = ?1 AND ae.entity = entity_months.entity),
		mentions = mentions - (SELECT coalesce(sum(ae.mentions), 0) FROM article_entities ae WHERE ae.article = ?1 AND ae.entity = entity_months.entity)
	 WHERE entity IN (SELECT entity FROM article_entities WHERE article = ?1)
	 AND month = (SELECT substr(published, 1, 7) FROM articles WHERE n = ?1 AND length(published) >= 7)`,
	`DELETE FROM entity_months WHERE articles <= 0 AND entity IN (SELECT entity FROM article_entities WHERE article = ?1)`,
	`UPDATE entities SET
		articles = articles - (SELECT count(DISTINCT ae.entity) FROM article_entities ae WHERE ae.article = ?1 AND ae.entity = entities.n),
		mentions = mentions - (SELECT coalesce(sum(ae.mentions), 0) FROM article_entities ae WHERE ae.article = ?1 AND ae.entity = entities.n)
	 WHERE n IN (SELECT entity FROM article_entities WHERE article = ?1)`,
	`UPDATE aliases SET count = count - (SELECT count(*) FROM mentions m WHERE m.article = ?1 AND m.entity = aliases.entity AND m.text = aliases.text)
	 WHERE entity IN (SELECT entity FROM article_entities WHERE article = ?1)`,
	`DELETE FROM aliases WHERE count <= 0 AND entity IN (SELECT entity FROM article_entities WHERE article = ?1)`,
	`UPDATE entity_names SET count = count - (SELECT count(*) FROM article_entities ae WHERE ae.article = ?1 AND ae.entity = entity_names.entity AND ae.name = entity_names.name)
	 WHERE entity IN (SELECT entity FROM article_entities WHERE article = ?1)`,
	`DELETE FROM entity_names WHERE count <= 0 AND entity IN (SELECT entity FROM article_entities WHERE article = ?1)`,
	`UPDATE entities SET name = coalesce((SELECT name FROM entity_names WHERE entity = entities.n ORDER BY count DESC, length(name) DESC, name LIMIT 1), name)
	 WHERE n IN (SELECT entity FROM article_entities WHERE article = ?1)`,
	`DELETE FROM entity_names WHERE entity IN (SELECT entity FROM article_entities WHERE article = ?1)
	 AND entity IN (SELECT n FROM entities WHERE articles <= 0)`,
	`DELETE FROM aliases WHERE entity IN (SELECT entity FROM article_entities WHERE article = ?1)
	 AND entity IN (SELECT n FROM entities WHERE articles <= 0)`,
	`DELETE FROM entities WHERE articles <= 0 AND n IN (SELECT entity FROM article_entities WHERE article = ?1)`,
	`UPDATE place_stats SET
		articles = articles - 1,
		mentions = mentions - (SELECT count(*) FROM places p WHERE p.article = ?1 AND p.name = place_stats.name AND p.country = place_stats.country),
		sum_lat = sum_lat - (SELECT sum(lat) FROM places p WHERE p.article = ?1 AND p.name = place_stats.name AND p.country = place_stats.country),
		sum_lon = sum_lon - (SELECT sum(lon) FROM places p WHERE p.article = ?1 AND p.name = place_stats.name AND p.country = place_stats.country)
	 WHERE (name, country) IN (SELECT name, country FROM places WHERE article = ?1)`,
	`DELETE FROM place_stats WHERE articles <= 0 AND (name, country) IN (SELECT name, country FROM places WHERE article = ?1)`,
	`DELETE FROM article_entities WHERE article = ?1`,
	`DELETE FROM mentions WHERE article = ?1`,
	`DELETE FROM quotes_fts WHERE rowid >= ?1 * 4096 AND rowid < (?1 + 1) * 4096`,
	`DELETE FROM quotes WHERE article = ?1`,
	`DELETE FROM times WHERE article = ?1`,
	`DELETE FROM places WHERE article = ?1`,
	`DELETE FROM events WHERE article = ?1`,
	`DELETE FROM articles_fts WHERE rowid = ?1`,
}

// quotesPerArticle is how many quotes of one article the quote index
// holds: its row ids are article * quotesPerArticle + index.
const quotesPerArticle = 4096

// exec runs the prepared write statement name inside tx.
func (db *DB) exec(ctx context.Context, tx *sql.Tx, name string, args ...any) error {
	if db.stmts[name] == nil {
		return fmt.Errorf("no statement %q", name) // a programming error, caught by the tests
	}
	_, err := tx.StmtContext(ctx, db.stmts[name]).ExecContext(ctx, args...)
	return err
}

func (db *DB) queryRow(ctx context.Context, tx *sql.Tx, name string, args ...any) *sql.Row {
	return tx.StmtContext(ctx, db.stmts[name]).QueryRowContext(ctx, args...)
}

func (db *DB) prepare(ctx context.Context) error {
	db.stmts = map[string]*sql.Stmt{}
	for name, q := range writeSQL {
		st, err := db.w.PrepareContext(ctx, q)
		if err != nil {
			return fmt.Errorf("prepare %s: %w", name, err)
		}
		db.stmts[name] = st
	}
	for i, q := range deleteSQL {
		st, err := db.w.PrepareContext(ctx, q)
		if err != nil {
			return fmt.Errorf("prepare delete %d: %w", i, err)
		}
		db.stmts[fmt.Sprint("delete", i)] = st
	}
	return nil
}

var _ store.Store = (*DB)(nil)

// Open opens (creating if needed) the database at path and brings its
// schema up to date. ":memory:" is not supported (readers and writer need
// to share a file); use a file in a temporary directory.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" || path == ":memory:" {
		return nil, fmt.Errorf("open store: need a file path, got %q", path)
	}
	dsn := func(extra string) string {
		u := url.URL{Scheme: "file", Opaque: path}
		q := url.Values{}
		q.Add("_pragma", "busy_timeout(10000)")
		q.Add("_pragma", "journal_mode(WAL)")
		// NORMAL in WAL mode keeps the database consistent after a crash
		// (a killed process loses nothing committed; a power cut may lose
		// the last transactions, never half of one).
		q.Add("_pragma", "synchronous(NORMAL)")
		q.Add("_pragma", "cache_size(-32000)")
		if extra != "" {
			q.Add("_txlock", extra)
		}
		return u.String() + "?" + q.Encode()
	}
	w, err := sql.Open("sqlite", dsn("immediate"))
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	db := &DB{w: w}
	if err := db.migrate(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if err := db.prepare(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	r, err := sql.Open("sqlite", dsn(""))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	r.SetMaxOpenConns(8)
	r.SetMaxIdleConns(8)
	db.r = r
	return db, nil
}

// Close closes the database.
func (db *DB) Close() error {
	var errs []error
	for _, st := range db.stmts {
		errs = append(errs, st.Close())
	}
	db.rmu.Lock()
	for _, st := range db.rstmts {
		errs = append(errs, st.Close())
	}
	db.rstmts = nil
	db.rmu.Unlock()
	return errors.Join(append(errs, db.r.Close(), db.w.Close())...)
}

// migrate applies the embedded migrations newer than the schema version,
// each in its own transaction, in file name order. The version is read
// inside each write transaction, so two processes opening a new database
// at once apply every migration once.
func (db *DB) migrate(ctx context.Context) error {
	if _, err := db.w.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	sort.Strings(names)
	for _, name := range names {
		base := strings.TrimPrefix(name, "migrations/")
		v, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migrate: bad migration name %s", base)
		}
		src, err := migrations.ReadFile(name)
		if err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		if _, err := db.apply(ctx, v, string(src)); err != nil {
			return fmt.Errorf("migrate %s: %w", base, err)
		}
	}
	// Migration 5 needs Go code: the full-text rows get filter tokens.
	// The marker row is written with the last batch, so a rebuild cut
	// short is done again (rewriting a row twice does no harm).
	var rebuilt int
	if err := db.w.QueryRowContext(ctx, `SELECT count(*) FROM fts_rebuilt`).Scan(&rebuilt); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if rebuilt == 0 {
		if err := db.rebuildFTS(ctx); err != nil {
			return fmt.Errorf("migrate 005: %w", err)
		}
	}
	return nil
}

func (db *DB) apply(ctx context.Context, v int, src string) (applied bool, err error) {
	tx, err := db.w.BeginTx(ctx, nil) // BEGIN IMMEDIATE: the write lock first
	if err != nil {
		return false, err
	}
	defer tx.Rollback() // a no-op after Commit
	var cur int
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_version`).Scan(&cur); err != nil {
		return false, fmt.Errorf("read version: %w", err)
	}
	if v <= cur {
		return false, nil
	}
	if _, err := tx.ExecContext(ctx, src); err != nil {
		return false, err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version) VALUES (?)`, v); err != nil {
		return false, err
	}
	return true, tx.Commit()
}

// rebuildFTS rewrites every full-text row with filter tokens (migration
// 5), a few hundred articles per transaction, and marks the store rebuilt
// in the last one.
func (db *DB) rebuildFTS(ctx context.Context) error {
	after := int64(0)
	for {
		tx, err := db.w.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("rebuild full text: %w", err)
		}
		done, last, err := db.rebuildBatch(ctx, tx, after)
		if err == nil {
			if done {
				_, err = tx.ExecContext(ctx, `INSERT INTO fts_rebuilt (at) VALUES (datetime('now'))`)
			}
		}
		if err == nil {
			err = tx.Commit()
		} else {
			tx.Rollback()
		}
		if err != nil {
			return fmt.Errorf("rebuild full text: %w", err)
		}
		if done {
			return nil
		}
		after = last
	}
}

func (db *DB) rebuildBatch(ctx context.Context, tx *sql.Tx, after int64) (done bool, last int64, err error) {
	type art struct {
		n                            int64
		lang, published, title, text string
	}
	rows, err := tx.QueryContext(ctx, `SELECT n, lang, published, title, text FROM articles WHERE n > ? ORDER BY n LIMIT 300`, after)
	if err != nil {
		return false, 0, err
	}
	var batch []art
	for rows.Next() {
		var a art
		if err := rows.Scan(&a.n, &a.lang, &a.published, &a.title, &a.text); err != nil {
			rows.Close()
			return false, 0, err
		}
		batch = append(batch, a)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return false, 0, err
	}
	for _, a := range batch {
		var ents []int64
		rows, err := tx.QueryContext(ctx, `SELECT DISTINCT entity FROM article_entities WHERE article = ? ORDER BY entity`, a.n)
		if err != nil {
			return false, 0, err
		}
		for rows.Next() {
			var e int64
			if err := rows.Scan(&e); err != nil {
				rows.Close()
				return false, 0, err
			}
			ents = append(ents, e)
		}
		if err := errors.Join(rows.Err(), rows.Close()); err != nil {
			return false, 0, err
		}
		doc := &kroniek.Document{Article: kroniek.Article{Title: a.title, Text: a.text}}
		terms := ftsTerms(doc) + "\n" + filterTerms(a.lang, a.published, ents)
		if _, err := tx.ExecContext(ctx, `DELETE FROM articles_fts WHERE rowid = ?`, a.n); err != nil {
			return false, 0, err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (rowid, terms) VALUES (?, ?)`, a.n, terms); err != nil {
			return false, 0, err
		}
	}
	if len(batch) == 0 {
		return true, after, nil
	}
	return false, batch[len(batch)-1].n, nil
}

// SchemaVersion returns the applied schema version.
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := db.r.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_version`).Scan(&v)
	if err != nil {
		return 0, fmt.Errorf("schema version: %w", err)
	}
	return v, nil
}

// Has reports whether id is stored with content hash hash.
func (db *DB) Has(ctx context.Context, id, hash string) (bool, error) {
	var h string
	err := db.r.QueryRowContext(ctx, `SELECT hash FROM articles WHERE id = ?`, id).Scan(&h)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("has %s: %w", id, err)
	}
	return h == hash, nil
}

// Count returns the number of stored articles.
func (db *DB) Count(ctx context.Context) (int, error) {
	var n int
	if err := db.r.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count articles: %w", err)
	}
	return n, nil
}

// Put stores doc unless the same id and content hash are stored.
func (db *DB) Put(ctx context.Context, doc *kroniek.Document) (bool, error) {
	return db.put(ctx, doc, false)
}

// Replace stores doc, replacing whatever is stored under its id.
func (db *DB) Replace(ctx context.Context, doc *kroniek.Document) error {
	_, err := db.put(ctx, doc, true)
	return err
}

func checkPut(doc *kroniek.Document) error {
	if doc == nil || doc.ID == "" {
		return errors.New("put: document without id")
	}
	if doc.Offsets != kroniek.CodePoints {
		// Documents from the pipeline have been converted; documents read
		// back from JSON carry code point offsets but no marker.
		if len(doc.Tokens) > 0 && doc.Tokens[0].Text != "" && !isASCII(doc.Text) {
			return fmt.Errorf("put %s: offsets are bytes, want code points (call ToCodePoints)", doc.ID)
		}
	}
	return nil
}

func (db *DB) put(ctx context.Context, doc *kroniek.Document, force bool) (stored bool, err error) {
	if err := checkPut(doc); err != nil {
		return false, err
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("put %s: begin: %w", doc.ID, err)
	}
	stored, err = db.putTx(ctx, tx, doc, force)
	if err != nil || !stored {
		tx.Rollback()
		return false, err
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("put %s: commit: %w", doc.ID, err)
	}
	return true, nil
}

// PutBatch stores docs as Put does, all in one transaction: each article
// is still whole or absent after a crash, and a bulk load pays for one
// commit (and one full-text segment) per batch instead of per article.
// stored[i] tells whether docs[i] was stored. An error stores none.
func (db *DB) PutBatch(ctx context.Context, docs []*kroniek.Document) (stored []bool, err error) {
	for _, doc := range docs {
		if err := checkPut(doc); err != nil {
			return nil, err
		}
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("put batch: begin: %w", err)
	}
	stored = make([]bool, len(docs))
	for i, doc := range docs {
		if stored[i], err = db.putTx(ctx, tx, doc, false); err != nil {
			tx.Rollback()
			return nil, err
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("put batch: commit: %w", err)
	}
	return stored, nil
}

// putTx writes doc in tx; false when the same content is stored already
// (and force is not set).
func (db *DB) putTx(ctx context.Context, tx *sql.Tx, doc *kroniek.Document, force bool) (stored bool, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("put %s: %w", doc.ID, err)
		}
	}()
	hash := store.Hash(&doc.Article)
	blob, err := db.encodeDoc(doc)
	if err != nil {
		return false, err
	}
	words := ftsTerms(doc)
	var n int64
	var old string
	switch err := db.queryRow(ctx, tx, "find", doc.ID).Scan(&n, &old); {
	case errors.Is(err, sql.ErrNoRows):
		n = 0
	case err != nil:
		return false, err
	case old == hash && !force:
		return false, nil
	}
	var meta any
	if len(doc.Meta) > 0 {
		b, err := json.Marshal(doc.Meta)
		if err != nil {
			return false, fmt.Errorf("meta: %w", err)
		}
		meta = string(b)
	}
	if n != 0 {
		if err := db.deleteArticle(ctx, tx, n); err != nil {
			return false, err
		}
		err = db.exec(ctx, tx, "update", hash, doc.Lang, doc.Published, doc.Title, doc.URL, doc.Text, meta, blob, n)
	} else {
		err = db.queryRow(ctx, tx, "insert", doc.ID, hash, doc.Lang, doc.Published, doc.Title, doc.URL, doc.Text, meta, blob).Scan(&n)
	}
	if err != nil {
		return false, fmt.Errorf("article row: %w", err)
	}
	if err := db.exec(ctx, tx, "amonth", doc.Published, doc.Lang); err != nil {
		return false, fmt.Errorf("article month: %w", err)
	}
	if err := db.step("article"); err != nil {
		return false, err
	}
	ents, err := db.putFacts(ctx, tx, n, doc)
	if err != nil {
		return false, err
	}
	if err := db.exec(ctx, tx, "fts", n, words+"\n"+filterTerms(doc.Lang, doc.Published, ents)); err != nil {
		return false, fmt.Errorf("full text: %w", err)
	}
	if err := db.step("fts"); err != nil {
		return false, err
	}
	return true, nil
}

func (db *DB) step(name string) error {
	if db.fault != nil {
		return db.fault(name)
	}
	return nil
}

// deleteArticle removes the rows extracted from article n; see deleteSQL.
func (db *DB) deleteArticle(ctx context.Context, tx *sql.Tx, n int64) error {
	for i := range deleteSQL {
		if err := db.exec(ctx, tx, fmt.Sprint("delete", i), n); err != nil {
			return fmt.Errorf("delete old rows: %w", err)
		}
	}
	return nil
}

type group struct {
	key, id, typ, name, kb string
	locals                 []*kroniek.Entity
	mentions               []kroniek.Mention
	n                      int64
}

// putFacts writes entities, mentions, quotes, times, places and events of
// article n.
func (db *DB) putFacts(ctx context.Context, tx *sql.Tx, n int64, doc *kroniek.Document) (ents []int64, err error) {
	return ents, db.putFacts1(ctx, tx, n, doc, &ents)
}

func (db *DB) putFacts1(ctx context.Context, tx *sql.Tx, n int64, doc *kroniek.Document, ents *[]int64) error {
	// Group the article's entities by collection key: two local entities
	// may turn out to be one collection entity.
	var groups []*group
	byKey := map[string]*group{}
	local := map[string]*group{}
	for i := range doc.Entities {
		e := &doc.Entities[i]
		key, id := store.EntityKey(e)
		g := byKey[key]
		if g == nil {
			g = &group{key: key, id: id, typ: e.Type, name: e.Name, kb: string(e.KB)}
			byKey[key] = g
			groups = append(groups, g)
		}
		if len([]rune(e.Name)) > len([]rune(g.name)) {
			g.name = e.Name
		}
		g.locals = append(g.locals, e)
		g.mentions = append(g.mentions, e.Mentions...)
		local[e.ID] = g
	}
	mi := 0
	for _, g := range groups {
		var articles int
		if err := db.queryRow(ctx, tx, "entity", g.id, g.key, g.typ, g.name, g.kb, len(g.mentions)).Scan(&g.n, &articles); err != nil {
			return fmt.Errorf("entity %s: %w", g.key, err)
		}
		*ents = append(*ents, g.n)
		for _, e := range g.locals {
			if err := db.exec(ctx, tx, "artent", n, e.ID, g.n, g.typ, len(e.Mentions), doc.Published, e.Name); err != nil {
				return fmt.Errorf("article entity %s: %w", e.ID, err)
			}
			if err := db.exec(ctx, tx, "vote", g.n, e.Name); err != nil {
				return fmt.Errorf("entity name: %w", err)
			}
		}
		// A new entity has its name already: the longest of its votes,
		// which all count one.
		if articles > 1 {
			if err := db.exec(ctx, tx, "name", g.n); err != nil {
				return fmt.Errorf("entity name: %w", err)
			}
		}
		if len(doc.Published) >= 7 {
			if err := db.exec(ctx, tx, "month", g.n, doc.Published[:7], len(g.mentions)); err != nil {
				return fmt.Errorf("entity month: %w", err)
			}
		}
		aliases := map[string]int{}
		for _, m := range g.mentions {
			if err := db.exec(ctx, tx, "mention", n, mi, g.n, m.Start, m.End, m.Text); err != nil {
				return fmt.Errorf("mention: %w", err)
			}
			mi++
			aliases[m.Text]++
		}
		// The name is an alias too (count 0 unless mentioned), so that
		// name search finds it.
		if _, ok := aliases[g.name]; !ok {
			aliases[g.name] = 0
		}
		for text, c := range aliases {
			if err := db.exec(ctx, tx, "alias", g.n, text, store.NormName(text), c); err != nil {
				return fmt.Errorf("alias: %w", err)
			}
		}
	}
	if err := db.step("entities"); err != nil {
		return err
	}
	ent := func(l kroniek.Opt) any {
		if g := local[string(l)]; g != nil {
			return g.n
		}
		return nil
	}
	for i, q := range doc.Quotes {
		if err := db.exec(ctx, tx, "quote", n, i, q.Start, q.End, q.Text, q.Kind, ent(q.Speaker), string(q.SpeakerName), string(q.Cue), q.CueStart, q.CueEnd, doc.Published); err != nil {
			return fmt.Errorf("quote: %w", err)
		}
		if i < quotesPerArticle {
			if err := db.exec(ctx, tx, "qfts", n*quotesPerArticle+int64(i), q.Text); err != nil {
				return fmt.Errorf("quote full text: %w", err)
			}
		}
	}
	if err := db.step("quotes"); err != nil {
		return err
	}
	for i, t := range doc.Times {
		if err := db.exec(ctx, tx, "time", n, i, t.Start, t.End, t.Text, t.Type, t.Value); err != nil {
			return fmt.Errorf("time: %w", err)
		}
	}
	type placeKey struct{ name, country string }
	type placeSum struct {
		lat, lon float64
		geonames int
		entity   any
		mentions int
	}
	var pkeys []placeKey
	psums := map[placeKey]*placeSum{}
	for _, p := range doc.Places {
		k := placeKey{p.Name, p.Country}
		ps := psums[k]
		if ps == nil {
			ps = &placeSum{entity: ent(kroniek.Opt(p.Entity))}
			psums[k] = ps
			pkeys = append(pkeys, k)
		}
		ps.lat += p.Lat
		ps.lon += p.Lon
		ps.mentions++
		if ps.geonames == 0 {
			ps.geonames = p.GeoNames
		}
		if ps.entity == nil {
			ps.entity = ent(kroniek.Opt(p.Entity))
		}
	}
	for _, k := range pkeys {
		ps := psums[k]
		if err := db.exec(ctx, tx, "placestat", k.name, k.country, ps.lat, ps.lon, ps.geonames, ps.entity, ps.mentions); err != nil {
			return fmt.Errorf("place stats: %w", err)
		}
	}
	for i, p := range doc.Places {
		if err := db.exec(ctx, tx, "place", n, i, p.Start, p.End, p.Text, ent(kroniek.Opt(p.Entity)), p.Name, p.Country, p.Lat, p.Lon, p.GeoNames, doc.Published); err != nil {
			return fmt.Errorf("place: %w", err)
		}
	}
	if err := db.step("places"); err != nil {
		return err
	}
	for i, e := range doc.Events {
		place, tm := "", ""
		if e.Place != nil && *e.Place >= 0 && *e.Place < len(doc.Places) {
			place = doc.Places[*e.Place].Name
		}
		if e.Time != nil && *e.Time >= 0 && *e.Time < len(doc.Times) {
			tm = doc.Times[*e.Time].Value
		}
		if err := db.exec(ctx, tx, "event", n, i, e.Type, e.Trigger.Text, e.Trigger.Start, e.Trigger.End, ent(e.Actor), string(e.ActorName), ent(e.Target), string(e.TargetName),
			place, tm, e.Factuality, string(e.Source), e.Sentence, doc.Published); err != nil {
			return fmt.Errorf("event: %w", err)
		}
	}
	return db.step("events")
}

// encodeDoc deflates the document's JSON without its text, which has a
// column of its own.
func (db *DB) encodeDoc(doc *kroniek.Document) ([]byte, error) {
	// Tokens are not stored: the extract contract leaves them out by
	// default, they are most of a document's size, and the full-text
	// index has what search needs from them.
	d := *doc
	d.Text = ""
	d.Tokens = nil
	js, err := json.Marshal(&d)
	if err != nil {
		return nil, fmt.Errorf("encode document: %w", err)
	}
	var buf bytes.Buffer
	// A flate writer is costly to make (a third of encoding); reuse them.
	zw, _ := flateWriters.Get().(*flate.Writer)
	if zw == nil {
		if zw, err = flate.NewWriter(&buf, flate.BestSpeed); err != nil {
			return nil, fmt.Errorf("encode document: %w", err)
		}
	} else {
		zw.Reset(&buf)
	}
	defer flateWriters.Put(zw)
	if _, err := zw.Write(js); err != nil {
		return nil, fmt.Errorf("encode document: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("encode document: %w", err)
	}
	return buf.Bytes(), nil
}

var flateWriters sync.Pool

func decodeDoc(blob []byte, text string) (*kroniek.Document, error) {
	js, err := io.ReadAll(flate.NewReader(bytes.NewReader(blob)))
	if err != nil {
		return nil, fmt.Errorf("decode document: %w", err)
	}
	doc := &kroniek.Document{}
	if err := json.Unmarshal(js, doc); err != nil {
		return nil, fmt.Errorf("decode document: %w", err)
	}
	doc.Text = text
	doc.Offsets = kroniek.CodePoints
	return doc, nil
}

// Article returns the stored document.
func (db *DB) Article(ctx context.Context, id string) (*kroniek.Document, error) {
	var text string
	var blob []byte
	err := db.r.QueryRowContext(ctx, `SELECT text, doc FROM articles WHERE id = ?`, id).Scan(&text, &blob)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("article %q: %w", id, err)
	}
	doc, err := decodeDoc(blob, text)
	if err != nil {
		return nil, fmt.Errorf("article %q: %w", id, err)
	}
	return doc, nil
}

// exportBatch is how many articles one read transaction of Export and IDs
// holds; batches keep memory constant and never hold a reader open across
// the callback's writes.
const exportBatch = 200

// IDs calls fn with every article id and hash in id order.
func (db *DB) IDs(ctx context.Context, fn func(id, hash string) error) error {
	after := ""
	for {
		rows, err := db.r.QueryContext(ctx, `SELECT id, hash FROM articles WHERE id > ? ORDER BY id LIMIT ?`, after, exportBatch*10)
		if err != nil {
			return fmt.Errorf("list ids: %w", err)
		}
		type pair struct{ id, hash string }
		var batch []pair
		for rows.Next() {
			var p pair
			if err := rows.Scan(&p.id, &p.hash); err != nil {
				rows.Close()
				return fmt.Errorf("list ids: %w", err)
			}
			batch = append(batch, p)
		}
		if err := errors.Join(rows.Err(), rows.Close()); err != nil {
			return fmt.Errorf("list ids: %w", err)
		}
		if len(batch) == 0 {
			return nil
		}
		for _, p := range batch {
			if err := fn(p.id, p.hash); err != nil {
				return err
			}
		}
		after = batch[len(batch)-1].id
	}
}

// Export calls fn with every stored document in id order.
func (db *DB) Export(ctx context.Context, fn func(*kroniek.Document) error) error {
	after := ""
	for {
		rows, err := db.r.QueryContext(ctx, `SELECT id, text, doc FROM articles WHERE id > ? ORDER BY id LIMIT ?`, after, exportBatch)
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		type raw struct {
			id, text string
			blob     []byte
		}
		var batch []raw
		for rows.Next() {
			var r raw
			if err := rows.Scan(&r.id, &r.text, &r.blob); err != nil {
				rows.Close()
				return fmt.Errorf("export: %w", err)
			}
			batch = append(batch, r)
		}
		if err := errors.Join(rows.Err(), rows.Close()); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if len(batch) == 0 {
			return nil
		}
		for _, r := range batch {
			doc, err := decodeDoc(r.blob, r.text)
			if err != nil {
				return fmt.Errorf("export %s: %w", r.id, err)
			}
			if err := fn(doc); err != nil {
				return err
			}
		}
		after = batch[len(batch)-1].id
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// Check verifies the database file and the invariants between tables: the
// entity counts and name votes agree with the rows they summarise, every
// article has its full-text row, and no extracted row lacks its article.
// A store that only ever changes through Put passes it, even after a crash.
func (db *DB) Check(ctx context.Context) error {
	var ok string
	if err := db.r.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&ok); err != nil {
		return fmt.Errorf("check: %w", err)
	}
	if ok != "ok" {
		return fmt.Errorf("check: integrity: %s", ok)
	}
	checks := []struct{ what, q string }{
		{"entity article counts", `SELECT count(*) FROM entities e WHERE e.articles != (SELECT count(DISTINCT article) FROM article_entities WHERE entity = e.n)`},
		{"entity mention counts", `SELECT count(*) FROM entities e WHERE e.mentions != (SELECT coalesce(sum(mentions), 0) FROM article_entities WHERE entity = e.n)
			OR e.mentions != (SELECT count(*) FROM mentions WHERE entity = e.n)`},
		{"alias counts", `SELECT count(*) FROM entities e WHERE (SELECT coalesce(sum(count), 0) FROM aliases WHERE entity = e.n) != e.mentions`},
		{"name votes", `SELECT count(*) FROM entities e WHERE (SELECT coalesce(sum(count), 0) FROM entity_names WHERE entity = e.n) != (SELECT count(*) FROM article_entities WHERE entity = e.n)`},
		{"entity months", `SELECT count(*) FROM entities e WHERE (SELECT coalesce(sum(articles), 0) FROM entity_months WHERE entity = e.n)
			!= (SELECT count(DISTINCT ae.article) FROM article_entities ae WHERE ae.entity = e.n AND length(ae.published) >= 7)`},
		{"place stats", `SELECT count(*) FROM place_stats s WHERE s.articles != (SELECT count(DISTINCT article) FROM places p WHERE p.name = s.name AND p.country = s.country)
			OR s.mentions != (SELECT count(*) FROM places p WHERE p.name = s.name AND p.country = s.country)
			OR abs(s.sum_lat - (SELECT sum(lat) FROM places p WHERE p.name = s.name AND p.country = s.country)) > 1e-6 * s.mentions
			OR (SELECT count(*) FROM places p WHERE p.name = s.name AND p.country = s.country AND NOT EXISTS (SELECT 1 FROM place_stats t WHERE t.name = p.name AND t.country = p.country))`},
		{"places without stats", `SELECT count(*) FROM places p WHERE NOT EXISTS (SELECT 1 FROM place_stats s WHERE s.name = p.name AND s.country = p.country)`},
		{"article months", `SELECT (SELECT coalesce(sum(articles), 0) FROM article_months) != (SELECT count(*) FROM articles)
			OR EXISTS (SELECT 1 FROM article_months m WHERE m.articles != (SELECT count(*) FROM articles a
				WHERE substr(a.published, 1, 7) = m.month AND a.lang = m.lang))`},
		{"quote full-text rows", `SELECT abs((SELECT count(*) FROM quotes WHERE i < 4096) - (SELECT count(*) FROM quotes_fts))`},
		{"entities without articles", `SELECT count(*) FROM entities WHERE articles <= 0`},
		{"full-text rows", `SELECT abs((SELECT count(*) FROM articles) - (SELECT count(*) FROM articles_fts))`},
		{"orphan rows", `SELECT (SELECT count(*) FROM article_entities WHERE article NOT IN (SELECT n FROM articles))
			+ (SELECT count(*) FROM mentions WHERE article NOT IN (SELECT n FROM articles))
			+ (SELECT count(*) FROM quotes WHERE article NOT IN (SELECT n FROM articles))
			+ (SELECT count(*) FROM times WHERE article NOT IN (SELECT n FROM articles))
			+ (SELECT count(*) FROM places WHERE article NOT IN (SELECT n FROM articles))
			+ (SELECT count(*) FROM events WHERE article NOT IN (SELECT n FROM articles))
			+ (SELECT count(*) FROM article_entities WHERE entity NOT IN (SELECT n FROM entities))`},
	}
	for _, c := range checks {
		var bad int
		if err := db.r.QueryRowContext(ctx, c.q).Scan(&bad); err != nil {
			return fmt.Errorf("check %s: %w", c.what, err)
		}
		if bad != 0 {
			return fmt.Errorf("check: %s: %d inconsistent", c.what, bad)
		}
	}
	return nil
}
