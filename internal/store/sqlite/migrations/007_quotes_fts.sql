-- 007: full text over quotes (words, any prefix), so that "who said what
-- about X" does not scan every quote. Row id = article * 4096 + the quote's
-- index (quotes past the 4,096th of one article are not indexed).

CREATE VIRTUAL TABLE quotes_fts USING fts5(
	text,
	content = '',
	contentless_delete = 1,
	tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO quotes_fts (rowid, text) SELECT article * 4096 + i, text FROM quotes WHERE i < 4096;
