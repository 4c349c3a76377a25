-- 004: articles and mentions per place (name and country), kept up to date
-- by Put, so that the map of a whole collection is one index scan; and an
-- index to find a place's newest articles.

CREATE TABLE place_stats (
	name     TEXT NOT NULL,
	country  TEXT NOT NULL,
	sum_lat  REAL NOT NULL,  -- sums over mentions: the map shows the mean
	sum_lon  REAL NOT NULL,
	geonames INTEGER NOT NULL,
	entity   INTEGER,
	articles INTEGER NOT NULL,
	mentions INTEGER NOT NULL,
	PRIMARY KEY (name, country)
) WITHOUT ROWID;
CREATE INDEX place_stats_rank ON place_stats(articles DESC, name, country);

INSERT INTO place_stats (name, country, sum_lat, sum_lon, geonames, entity, articles, mentions)
	SELECT name, country, sum(lat), sum(lon), max(geonames), max(entity), count(DISTINCT article), count(*)
	FROM places GROUP BY name, country;

DROP INDEX places_name;
CREATE INDEX places_name ON places(name, country, published, article);
