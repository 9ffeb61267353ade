-- Tracking: targets and observations of tracked indicators, each with its source.
-- Extracted rows are rebuilt by `plantrace track build`; imported and entered observations are
-- never updated or deleted: a correction is a new row (history kept), observation.choice.v1 picks.
CREATE TABLE track_targets (
    id           TEXT PRIMARY KEY,
    jurisdiction TEXT NOT NULL,
    indicator    TEXT NOT NULL,
    unit         TEXT NOT NULL,
    direction    TEXT NOT NULL,
    scope        TEXT NOT NULL,
    year         INTEGER NOT NULL,
    period_start INTEGER,
    period_end   INTEGER,
    value        REAL,
    value_max    REAL,
    comparator   TEXT NOT NULL,
    type         TEXT,
    doc_id       TEXT,
    source       TEXT NOT NULL,
    line_start   INTEGER,
    line_end     INTEGER,
    char_start   INTEGER,
    char_end     INTEGER,
    surface      TEXT NOT NULL,
    rule         TEXT NOT NULL,
    issued       INTEGER
);
CREATE INDEX track_targets_place ON track_targets(jurisdiction, indicator, year);

CREATE TABLE track_observations (
    id           TEXT PRIMARY KEY,
    jurisdiction TEXT NOT NULL,
    indicator    TEXT NOT NULL,
    unit         TEXT NOT NULL,
    year         INTEGER NOT NULL,
    value        REAL NOT NULL,
    scope        TEXT NOT NULL,
    period_start INTEGER,
    period_end   INTEGER,
    origin       TEXT NOT NULL,
    doc_id       TEXT,
    source       TEXT NOT NULL,
    line_start   INTEGER,
    line_end     INTEGER,
    char_start   INTEGER,
    char_end     INTEGER,
    surface      TEXT NOT NULL,
    rule         TEXT NOT NULL,
    issued       INTEGER,
    recorded_by  TEXT,
    recorded_at  TEXT,
    note         TEXT
);
CREATE INDEX track_observations_place ON track_observations(jurisdiction, indicator, year);
CREATE INDEX track_observations_origin ON track_observations(origin);
