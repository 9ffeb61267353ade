-- PostgreSQL keeps its own search_fts (migrations/postgresql/0003_search.sql, store/fts_pg.py); only the
-- copy of the node's simplified text in search_rows goes, as on SQLite: it is read from the lines.
ALTER TABLE search_rows DROP COLUMN simp;
