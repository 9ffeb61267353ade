-- PostgreSQL variant of 0053_search_generation.sql. plantrace.store.fts_pg keeps, per connection, how many
-- rows hold each phrase it ranked by (the IDFs of bm25); search_fts_totals.generation tells it whether
-- search_fts changed since. The statement triggers of 0051 keep the totals; their functions now also raise
-- the generation (0051 is shipped and stays as it was).
ALTER TABLE search_fts_totals ADD COLUMN generation BIGINT NOT NULL DEFAULT 0;

CREATE OR REPLACE FUNCTION plantrace_search_fts_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE search_fts_totals
       SET nrows = nrows + (SELECT count(*) FROM added), ntok = ntok + (SELECT coalesce(sum(ntok), 0) FROM added),
           generation = generation + 1;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION plantrace_search_fts_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE search_fts_totals
       SET nrows = nrows - (SELECT count(*) FROM removed),
           ntok = ntok - (SELECT coalesce(sum(ntok), 0) FROM removed),
           generation = generation + 1;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION plantrace_search_fts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE search_fts_totals
       SET ntok = ntok + (SELECT coalesce(sum(ntok), 0) FROM added) - (SELECT coalesce(sum(ntok), 0) FROM removed),
           generation = generation + 1;
    RETURN NULL;
END $$;
