-- PostgreSQL variant of 0051_search_ranking.sql: FTS5's bm25() in SQL (see plantrace.store.fts_pg).

-- Instances of the phrases of one query in a search row's tsvector, per column: for phrase i (0, 1, …),
-- element 2i+1 counts its instances in the head (weight A), 2i+2 in the body (weight B). The phrases come
-- flattened: token ``toks[j]`` is token ``k[j]`` (0, 1, …) of phrase ``phrase[j]``, a prefix if ``prefix[j]``;
-- phrase i has ``sizes[i+1]`` tokens. Each position of a token proposes an instance starting k before it;
-- an instance is a start every token of its phrase proposes (overlapping instances count, as in FTS5).
-- Heading and body positions are apart (a gap), so no instance spans the two.
CREATE OR REPLACE FUNCTION plantrace_phrase_counts(terms TSVECTOR, toks TEXT[], phrase INT[], k INT[], prefix BOOLEAN[], sizes INT[])
    RETURNS BIGINT[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT array_agg(coalesce(found.n, 0) ORDER BY slot.i)
    FROM generate_series(0, 2 * cardinality(sizes) - 1) AS slot(i)
    LEFT JOIN (
        SELECT 2 * ph + (CASE WHEN w = 'A' THEN 0 ELSE 1 END) AS i, count(*) AS n
        FROM (
            SELECT q.ph, min(x.w) AS w
            FROM unnest(toks, phrase, k, prefix) AS q(tok, ph, k, pre)
            JOIN unnest(terms) AS u(lexeme, positions, weights)
              ON u.lexeme = q.tok OR (q.pre AND starts_with(u.lexeme, q.tok))
            CROSS JOIN LATERAL unnest(u.positions, u.weights) AS x(p, w)
            GROUP BY q.ph, x.p - q.k
            HAVING count(DISTINCT q.k) = sizes[q.ph + 1]
        ) instances
        GROUP BY 1
    ) found ON found.i = slot.i
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
