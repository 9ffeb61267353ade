-- Issue #9 (a database at most 5x its corpus): measures_stance (stance, kind) and measures_scope (scope, year)
-- index columns of a handful of values. Every query that filters on them matches a large share of the rows
-- (tracking reads stance IN ('target', 'actual'); `targets --stance/--scope` one value of three), where
-- reading the table is as quick as the index; year and metric filters keep their indexes (measures_year,
-- measures_metric). The two were 9 % of the corpus' size in the database of the synthetic corpus.
DROP INDEX IF EXISTS measures_stance;
DROP INDEX IF EXISTS measures_scope;
