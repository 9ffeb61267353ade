-- PostgreSQL variant of 0003_search.sql (SQLite's FTS5 table has no translation).
-- search_rows is the same table; search_fts keeps the same token strings (head, body) with their
-- total token count, and a tsvector of them (head tokens weighted A, body tokens B, with positions)
-- under a GIN index. plantrace.store.fts_pg finds matches through the index and ranks them with
-- FTS5's own BM25 formula, so both stores give the same hits in the same order.
CREATE TABLE search_rows (
    id         BIGINT PRIMARY KEY,
    node_id    TEXT COLLATE "C" NOT NULL,
    doc_id     TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind       TEXT COLLATE "C" NOT NULL,
    line_start BIGINT NOT NULL,
    line_end   BIGINT NOT NULL,
    simp       TEXT COLLATE "C" NOT NULL,
    maps       TEXT COLLATE "C" NOT NULL
);
CREATE INDEX search_rows_doc ON search_rows(doc_id);

CREATE TABLE search_fts (
    id    BIGINT PRIMARY KEY REFERENCES search_rows(id) ON DELETE CASCADE,
    head  TEXT COLLATE "C" NOT NULL,
    body  TEXT COLLATE "C" NOT NULL,
    ntok  BIGINT NOT NULL,
    terms TSVECTOR NOT NULL
);
CREATE INDEX search_fts_terms ON search_fts USING GIN (terms);
