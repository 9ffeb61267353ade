-- PostgreSQL variant of 0052_phrase_counts_per_query.sql: one phrase-count call per search row for all the
-- phrases of a query (0051's function took one phrase per call). 0051 is shipped and stays as it was.

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

-- The one-phrase form of 0051 is no longer called.
DROP FUNCTION IF EXISTS plantrace_phrase_counts(TSVECTOR, TEXT[], BOOLEAN);
