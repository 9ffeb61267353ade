-- The text was stored several times: search_fts kept a copy of its token strings (FTS5 content) and
-- search_rows the node's simplified text, although both come from the lines. search_fts becomes a contentless
-- FTS5 table (the index and the row sizes BM25 needs, no copy of the tokens), and search_rows.simp goes: the
-- search stage reads a row's text from its lines (the line numbers are in search_rows.maps). Same rowids, same
-- index, so the same hits in the same order. Rows are deleted with the FTS5 'delete' command, whose token
-- strings search_index.py rebuilds exactly from the index itself (fts5vocab).
CREATE VIRTUAL TABLE search_fts_contentless USING fts5(head, body, content = '', tokenize = 'unicode61 remove_diacritics 0');
INSERT INTO search_fts_contentless (rowid, head, body) SELECT rowid, head, body FROM search_fts ORDER BY rowid;
DROP TABLE search_fts;
ALTER TABLE search_fts_contentless RENAME TO search_fts;
ALTER TABLE search_rows DROP COLUMN simp;
