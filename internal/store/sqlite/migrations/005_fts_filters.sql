-- 005: the full-text index also holds filter tokens (language, month,
-- entities; see fts.go), so that searches with filters stay one index
-- query. The rows of an existing database are rebuilt by Go code after
-- this migration (rebuildFTS): from the title and text, without lemmas
-- (tokens are not stored) until `kroniek reindex` runs.
CREATE TABLE fts_rebuilt (at TEXT NOT NULL);
