-- 002: an entity's display name is the name articles give it most often
-- (the longest breaks ties), not whichever came first; entity_names holds
-- the votes and article_entities remembers each article's vote.

CREATE TABLE entity_names (
	entity INTEGER NOT NULL,
	name   TEXT NOT NULL,
	count  INTEGER NOT NULL,
	PRIMARY KEY (entity, name)
) WITHOUT ROWID;

ALTER TABLE article_entities ADD COLUMN name TEXT NOT NULL DEFAULT '';

-- Existing rows: each article votes for the entity's current name.
UPDATE article_entities SET name = (SELECT e.name FROM entities e WHERE e.n = article_entities.entity);
INSERT INTO entity_names (entity, name, count)
	SELECT entity, name, count(*) FROM article_entities GROUP BY entity, name;
