package sqlite

import (
	"context"
	"errors"
	"fmt"

	"kroniek"
	"kroniek/internal/store/storebench"
)

// Replicate grows a store that holds exactly docs (put in that order into
// an empty store) to n articles by copying them inside SQLite: copy k has
// ids "<id>~k" and dates k days earlier, as storebench.Copy makes them, and
// the same extracted facts. It is for benchmarks: a 100,000-article
// collection takes minutes instead of the better part of an hour through
// Put. Content hashes are the originals' (Has does not know the copies).
// Each copy is one transaction; the summary tables are recomputed at the
// end, so an interrupted Replicate leaves a store that only Check finds
// fault with, and that a new fill should replace.
func (db *DB) Replicate(ctx context.Context, docs []*kroniek.Document, n int) error {
	have, err := db.Count(ctx)
	if err != nil {
		return fmt.Errorf("replicate: %w", err)
	}
	if have != len(docs) || have == 0 {
		return fmt.Errorf("replicate: store holds %d articles, want exactly the %d given", have, len(docs))
	}
	base, err := db.articleNs(ctx, `SELECT n FROM articles ORDER BY n`)
	if err != nil {
		return fmt.Errorf("replicate: %w", err)
	}
	stride := base[len(base)-1]
	// Full-text rows: the original's words and entity tokens, and the
	// copy's own month (filterTerms).
	words := make([]string, len(docs))
	for i, d := range docs {
		ents, err := db.articleNs(ctx, `SELECT DISTINCT entity FROM article_entities WHERE article = ? ORDER BY entity`, base[i])
		if err != nil {
			return fmt.Errorf("replicate: %w", err)
		}
		words[i] = ftsTerms(d) + "\n" + filterTerms(d.Lang, "", ents)
	}
	shift := func(col string) string {
		return `CASE WHEN length(` + col + `) = 10 THEN coalesce(date(` + col + `, printf('-%d days', ?1)), ` + col + `) ELSE ` + col + ` END`
	}
	// ?1 = copy number k, ?2 = k * stride, ?3 = last base article copied.
	copies := []string{
		`INSERT INTO articles (n, id, hash, lang, published, title, url, text, meta, doc)
			SELECT n + ?2, id || '~' || ?1, hash, lang, ` + shift("published") + `, title, url, text, meta, doc FROM articles WHERE n <= ?3`,
		`INSERT INTO article_entities (article, local, entity, type, mentions, published, name)
			SELECT article + ?2, local, entity, type, mentions, ` + shift("published") + `, name FROM article_entities WHERE article <= ?3`,
		`INSERT INTO mentions (article, i, entity, start, end, text) SELECT article + ?2, i, entity, start, end, text FROM mentions WHERE article <= ?3`,
		`INSERT INTO quotes (article, i, start, end, text, kind, speaker, speaker_name, cue, cue_start, cue_end, published)
			SELECT article + ?2, i, start, end, text, kind, speaker, speaker_name, cue, cue_start, cue_end, ` + shift("published") + ` FROM quotes WHERE article <= ?3`,
		`INSERT INTO quotes_fts (rowid, text) SELECT (article + ?2) * 4096 + i, text FROM quotes WHERE article <= ?3 AND i < 4096 AND ?1 > 0`,
		`INSERT INTO times (article, i, start, end, text, type, value) SELECT article + ?2, i, start, end, text, type, value FROM times WHERE article <= ?3`,
		`INSERT INTO places (article, i, start, end, text, entity, name, country, lat, lon, geonames, published)
			SELECT article + ?2, i, start, end, text, entity, name, country, lat, lon, geonames, ` + shift("published") + ` FROM places WHERE article <= ?3`,
		`INSERT INTO events (article, i, type, trigger, start, end, actor, actor_name, target, target_name, place, time, factuality, source, sentence, published)
			SELECT article + ?2, i, type, trigger, start, end, actor, actor_name, target, target_name, place, time, factuality, source, sentence, ` + shift("published") + ` FROM events WHERE article <= ?3`,
	}
	for k, count := 1, have; count < n; k++ {
		r := min(len(base), n-count)
		terms := make([]string, r)
		for i := range terms {
			terms[i] = words[i] + monthToken(storebench.Copy(docs[i], k).Published)
		}
		if err := db.copyOnce(ctx, copies, k, int64(k)*stride, base[:r], terms); err != nil {
			return fmt.Errorf("replicate: copy %d: %w", k, err)
		}
		count += r
	}
	return db.recount(ctx)
}

func (db *DB) copyOnce(ctx context.Context, copies []string, k int, offset int64, base []int64, terms []string) (err error) {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	for _, q := range copies {
		if _, err := tx.ExecContext(ctx, q, k, offset, base[len(base)-1]); err != nil {
			return err
		}
	}
	for i, n := range base {
		if err := db.exec(ctx, tx, "fts", n+offset, terms[i]); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// recount rebuilds every summary table from the rows it summarises.
func (db *DB) recount(ctx context.Context) (err error) {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("recount: %w", err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
			err = fmt.Errorf("recount: %w", err)
		}
	}()
	for _, q := range []string{
		`CREATE TEMP TABLE ent_counts AS SELECT entity, count(DISTINCT article) AS a, sum(mentions) AS m FROM article_entities GROUP BY entity`,
		`CREATE INDEX temp.ent_counts_i ON ent_counts(entity)`,
		`UPDATE entities SET articles = coalesce((SELECT a FROM ent_counts WHERE entity = entities.n), 0),
			mentions = coalesce((SELECT m FROM ent_counts WHERE entity = entities.n), 0)`,
		`CREATE TEMP TABLE alias_counts AS SELECT entity, text, count(*) AS c FROM mentions GROUP BY entity, text`,
		`CREATE INDEX temp.alias_counts_i ON alias_counts(entity, text)`,
		`UPDATE aliases SET count = coalesce((SELECT c FROM alias_counts a WHERE a.entity = aliases.entity AND a.text = aliases.text), 0)`,
		`DELETE FROM entity_names`,
		`INSERT INTO entity_names (entity, name, count) SELECT entity, name, count(*) FROM article_entities GROUP BY entity, name`,
		`DELETE FROM entity_months`,
		`INSERT INTO entity_months (entity, month, articles, mentions)
			SELECT entity, substr(published, 1, 7), count(DISTINCT article), sum(mentions)
			FROM article_entities WHERE length(published) >= 7 GROUP BY entity, substr(published, 1, 7)`,
		`DELETE FROM article_months`,
		`INSERT INTO article_months (month, lang, articles)
			SELECT substr(published, 1, 7), lang, count(*) FROM articles GROUP BY substr(published, 1, 7), lang`,
		`DELETE FROM place_stats`,
		`INSERT INTO place_stats (name, country, sum_lat, sum_lon, geonames, entity, articles, mentions)
			SELECT name, country, sum(lat), sum(lon), max(geonames), max(entity), count(DISTINCT article), count(*)
			FROM places GROUP BY name, country`,
		`DROP TABLE temp.ent_counts`,
		`DROP TABLE temp.alias_counts`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	if _, err := db.w.ExecContext(ctx, `PRAGMA optimize`); err != nil {
		return errors.Join(fmt.Errorf("optimize: %w", err))
	}
	return nil
}
