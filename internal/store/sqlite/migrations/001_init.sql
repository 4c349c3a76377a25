-- 001: articles, collection-wide entities and everything extracted, with
-- code point offsets. Child tables key on the article's integer n so that
-- replacing an article deletes its rows by one index range.

CREATE TABLE articles (
	n         INTEGER PRIMARY KEY,
	id        TEXT NOT NULL UNIQUE,
	hash      TEXT NOT NULL,
	lang      TEXT NOT NULL DEFAULT '',
	published TEXT NOT NULL DEFAULT '',
	title     TEXT NOT NULL DEFAULT '',
	url       TEXT NOT NULL DEFAULT '',
	text      TEXT NOT NULL,
	meta      TEXT,          -- JSON object or NULL
	doc       BLOB NOT NULL  -- deflated JSON of the document, text left out
);
CREATE INDEX articles_published ON articles(published, n);
CREATE INDEX articles_lang ON articles(lang, published);

-- Full text over lower-cased forms and lemmas of the tokens and the title.
CREATE VIRTUAL TABLE articles_fts USING fts5(
	terms,
	content = '',
	contentless_delete = 1,
	tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE entities (
	n        INTEGER PRIMARY KEY,
	id       TEXT NOT NULL UNIQUE,  -- public id
	key      TEXT NOT NULL UNIQUE,  -- "kb:<kb id>" or "<TYPE>:<normalised name>"
	type     TEXT NOT NULL,
	name     TEXT NOT NULL,
	kb       TEXT NOT NULL DEFAULT '',
	articles INTEGER NOT NULL DEFAULT 0,
	mentions INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_rank ON entities(articles DESC, n);
CREATE INDEX entities_type_rank ON entities(type, articles DESC, n);

CREATE TABLE aliases (
	entity INTEGER NOT NULL,
	text   TEXT NOT NULL,
	norm   TEXT NOT NULL,
	count  INTEGER NOT NULL,
	PRIMARY KEY (entity, text)
) WITHOUT ROWID;
CREATE INDEX aliases_norm ON aliases(norm, entity);

-- Which collection entity each article-local entity id is.
CREATE TABLE article_entities (
	article   INTEGER NOT NULL,
	local     TEXT NOT NULL,
	entity    INTEGER NOT NULL,
	type      TEXT NOT NULL,
	mentions  INTEGER NOT NULL,
	published TEXT NOT NULL,
	PRIMARY KEY (article, local)
) WITHOUT ROWID;
CREATE INDEX article_entities_entity ON article_entities(entity, published, article);

CREATE TABLE mentions (
	article INTEGER NOT NULL,
	i       INTEGER NOT NULL,
	entity  INTEGER NOT NULL,
	start   INTEGER NOT NULL,
	end     INTEGER NOT NULL,
	text    TEXT NOT NULL,
	PRIMARY KEY (article, i)
) WITHOUT ROWID;
CREATE INDEX mentions_entity ON mentions(entity, article);

CREATE TABLE quotes (
	article      INTEGER NOT NULL,
	i            INTEGER NOT NULL,
	start        INTEGER NOT NULL,
	end          INTEGER NOT NULL,
	text         TEXT NOT NULL,
	kind         TEXT NOT NULL,
	speaker      INTEGER,        -- entities.n
	speaker_name TEXT NOT NULL,
	cue          TEXT NOT NULL,
	cue_start    INTEGER NOT NULL,
	cue_end      INTEGER NOT NULL,
	published    TEXT NOT NULL,
	PRIMARY KEY (article, i)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes(speaker, published);
CREATE INDEX quotes_published ON quotes(published);

CREATE TABLE times (
	article INTEGER NOT NULL,
	i       INTEGER NOT NULL,
	start   INTEGER NOT NULL,
	end     INTEGER NOT NULL,
	text    TEXT NOT NULL,
	type    TEXT NOT NULL,
	value   TEXT NOT NULL,
	PRIMARY KEY (article, i)
) WITHOUT ROWID;
CREATE INDEX times_value ON times(value);

CREATE TABLE places (
	article   INTEGER NOT NULL,
	i         INTEGER NOT NULL,
	start     INTEGER NOT NULL,
	end       INTEGER NOT NULL,
	text      TEXT NOT NULL,
	entity    INTEGER,          -- entities.n
	name      TEXT NOT NULL,
	country   TEXT NOT NULL,
	lat       REAL NOT NULL,
	lon       REAL NOT NULL,
	geonames  INTEGER NOT NULL,
	published TEXT NOT NULL,
	PRIMARY KEY (article, i)
) WITHOUT ROWID;
CREATE INDEX places_name ON places(name, country);

CREATE TABLE events (
	article     INTEGER NOT NULL,
	i           INTEGER NOT NULL,
	type        TEXT NOT NULL,
	trigger     TEXT NOT NULL,
	start       INTEGER NOT NULL,
	end         INTEGER NOT NULL,
	actor       INTEGER,          -- entities.n
	actor_name  TEXT NOT NULL,
	target      INTEGER,          -- entities.n
	target_name TEXT NOT NULL,
	place       TEXT NOT NULL,    -- place name
	time        TEXT NOT NULL,    -- TIMEX3 value
	factuality  TEXT NOT NULL,
	source      TEXT NOT NULL,
	sentence    INTEGER NOT NULL,
	published   TEXT NOT NULL,
	PRIMARY KEY (article, i)
) WITHOUT ROWID;
CREATE INDEX events_actor ON events(actor, published);
CREATE INDEX events_target ON events(target, published);
CREATE INDEX events_type ON events(type, published);
CREATE INDEX events_published ON events(published);
