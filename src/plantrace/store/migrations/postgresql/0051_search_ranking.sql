-- PostgreSQL variant of 0051_search_ranking.sql: FTS5's bm25() in SQL (see plantrace.store.fts_pg).

-- Instances of a phrase (its tokens at consecutive positions; the last one a prefix if asked) in a
-- search row's tsvector, per column: {head (weight A), body (weight B)}. Overlapping instances count,
-- as in FTS5. Heading and body positions are apart (a gap), so no instance spans the two.
CREATE OR REPLACE FUNCTION plantrace_phrase_counts(terms TSVECTOR, toks TEXT[], prefix BOOLEAN)
    RETURNS BIGINT[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    WITH pos AS (
        SELECT k, x.p, x.w
        FROM unnest(terms) AS u(lexeme, positions, weights)
        CROSS JOIN LATERAL unnest(u.positions, u.weights) AS x(p, w)
        CROSS JOIN generate_subscripts(toks, 1) AS k
        WHERE u.lexeme = toks[k]
           OR (prefix AND k = cardinality(toks) AND starts_with(u.lexeme, toks[k]))
    ), starts AS (
        SELECT s.w FROM pos s
        WHERE s.k = 1
          AND (SELECT count(DISTINCT t.k) FROM pos t WHERE t.k > 1 AND t.p = s.p + t.k - 1)
              = cardinality(toks) - 1
    )
    SELECT ARRAY[count(*) FILTER (WHERE w = 'A'), count(*) FILTER (WHERE w = 'B')] FROM starts
    $$;

-- The totals BM25 needs (rows, tokens), kept up to date by statement triggers instead of summed over
-- the whole table for every query. Writers take turns (the store's advisory lock), so one row will do.
CREATE TABLE search_fts_totals (
    one   BIGINT PRIMARY KEY CHECK (one = 1),
    nrows BIGINT NOT NULL,
    ntok  BIGINT NOT NULL
);
INSERT INTO search_fts_totals (one, nrows, ntok) SELECT 1, count(*), coalesce(sum(ntok), 0) FROM search_fts;

CREATE OR REPLACE FUNCTION plantrace_search_fts_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE search_fts_totals
       SET nrows = nrows + (SELECT count(*) FROM added), ntok = ntok + (SELECT coalesce(sum(ntok), 0) FROM added);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION plantrace_search_fts_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE search_fts_totals
       SET nrows = nrows - (SELECT count(*) FROM removed),
           ntok = ntok - (SELECT coalesce(sum(ntok), 0) FROM removed);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION plantrace_search_fts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE search_fts_totals
       SET ntok = ntok + (SELECT coalesce(sum(ntok), 0) FROM added) - (SELECT coalesce(sum(ntok), 0) FROM removed);
    RETURN NULL;
END $$;

CREATE TRIGGER search_fts_totals_insert AFTER INSERT ON search_fts
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION plantrace_search_fts_added();
CREATE TRIGGER search_fts_totals_delete AFTER DELETE ON search_fts
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION plantrace_search_fts_removed();
CREATE TRIGGER search_fts_totals_update AFTER UPDATE ON search_fts
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION plantrace_search_fts_changed();
