-- What a measure covers (the contract additions agreed for tracking and linking): scope is annual,
-- period_average (年均) or period_cumulative (累计, 翻一番); period_start/period_end are the years of
-- the period when scope is a period, else NULL. Rows stored before this migration are annual.
ALTER TABLE measures ADD COLUMN scope TEXT NOT NULL DEFAULT 'annual';
ALTER TABLE measures ADD COLUMN period_start INTEGER;
ALTER TABLE measures ADD COLUMN period_end INTEGER;
CREATE INDEX measures_scope ON measures(scope, year);
