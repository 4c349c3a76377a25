-- 003: articles and mentions per entity per month, kept up to date by Put,
-- so that an entity's timeline costs one index range however often it is
-- named.

CREATE TABLE entity_months (
	entity   INTEGER NOT NULL,
	month    TEXT NOT NULL,  -- YYYY-MM
	articles INTEGER NOT NULL,
	mentions INTEGER NOT NULL,
	PRIMARY KEY (entity, month)
) WITHOUT ROWID;

INSERT INTO entity_months (entity, month, articles, mentions)
	SELECT entity, substr(published, 1, 7), count(DISTINCT article), sum(mentions)
	FROM article_entities WHERE length(published) >= 7
	GROUP BY entity, substr(published, 1, 7);
