-- Search index: one row per searchable node. search_rows holds the citation and filter columns,
-- search_fts (same rowid) the FTS5 index over token strings made by plantrace.search.tokens.
CREATE TABLE search_rows (
    id         INTEGER PRIMARY KEY,
    node_id    TEXT NOT NULL,
    doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    line_start INTEGER NOT NULL,
    line_end   INTEGER NOT NULL,
    simp       TEXT NOT NULL,
    maps       TEXT NOT NULL
);
CREATE INDEX search_rows_doc ON search_rows(doc_id);

CREATE VIRTUAL TABLE search_fts USING fts5(head, body, tokenize = 'unicode61 remove_diacritics 0');
