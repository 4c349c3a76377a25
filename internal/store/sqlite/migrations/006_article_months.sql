-- 006: articles per month and language, kept up to date by Put, so that
-- the collection's timeline (the UI's home page) is one small table scan.

CREATE TABLE article_months (
	month    TEXT NOT NULL,  -- YYYY-MM
	lang     TEXT NOT NULL,
	articles INTEGER NOT NULL,
	PRIMARY KEY (month, lang)
) WITHOUT ROWID;

INSERT INTO article_months (month, lang, articles)
	SELECT substr(published, 1, 7), lang, count(*) FROM articles WHERE length(published) >= 7
	GROUP BY substr(published, 1, 7), lang;
