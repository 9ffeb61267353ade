-- Quantity mentions (the measures contract), one row per mention, with its node and source span.
CREATE TABLE measures (
    doc_id           TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    node_id          TEXT NOT NULL,
    line             INTEGER NOT NULL,
    char_start       INTEGER NOT NULL,
    char_end         INTEGER NOT NULL,
    surface          TEXT NOT NULL,
    metric           TEXT NOT NULL,
    metric_canonical TEXT,
    value            REAL,
    value_max        REAL,
    unit             TEXT NOT NULL,
    comparator       TEXT NOT NULL,
    stance           TEXT NOT NULL,
    year             INTEGER,
    kind             TEXT NOT NULL,
    missing_value    INTEGER NOT NULL,
    rule             TEXT NOT NULL,
    dimension        TEXT,
    base_value       REAL,
    base_unit        TEXT,
    direction        TEXT
);
CREATE INDEX measures_doc ON measures(doc_id, line, char_start);
CREATE INDEX measures_node ON measures(node_id);
CREATE INDEX measures_metric ON measures(metric_canonical);
CREATE INDEX measures_year ON measures(year);
CREATE INDEX measures_stance ON measures(stance, kind);
