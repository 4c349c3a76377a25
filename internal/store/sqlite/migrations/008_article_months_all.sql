-- 008: article_months counts every article, those without a YYYY-MM date
-- too (under the first characters of their date, '' for none), so that a
-- date-range search knows from this small table how many articles the
-- month tokens of the full-text index leave out.

INSERT INTO article_months (month, lang, articles)
	SELECT substr(published, 1, 7), lang, count(*) FROM articles WHERE length(published) < 7
	GROUP BY substr(published, 1, 7), lang;
