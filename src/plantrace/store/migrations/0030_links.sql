-- Links between plans of different levels, and places a user adds to the gazetteer's tree.
CREATE TABLE places (
    code    TEXT PRIMARY KEY,       -- a user place's code is 'user:' + its name
    name    TEXT NOT NULL,
    short   TEXT NOT NULL,          -- JSON array of short names
    level   TEXT NOT NULL,
    parent  TEXT,
    origin  TEXT NOT NULL
);

CREATE TABLE links (
    id               TEXT PRIMARY KEY,   -- derived from the relation, rule and both spans
    relation         TEXT NOT NULL,
    rule             TEXT NOT NULL,
    score            REAL NOT NULL,
    lower_doc        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    lower_node       TEXT NOT NULL,
    lower_line_start INTEGER NOT NULL,
    lower_line_end   INTEGER NOT NULL,
    lower_start      INTEGER NOT NULL,
    lower_end        INTEGER NOT NULL,
    lower_path       TEXT NOT NULL,      -- JSON array of headings
    upper_doc        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    upper_node       TEXT NOT NULL,
    upper_line_start INTEGER NOT NULL,
    upper_line_end   INTEGER NOT NULL,
    upper_start      INTEGER NOT NULL,
    upper_end        INTEGER NOT NULL,
    upper_path       TEXT NOT NULL,
    evidence         TEXT NOT NULL,
    details          TEXT NOT NULL       -- JSON object (target: measures and comparison; positioning: differences)
);
CREATE INDEX links_lower ON links(lower_doc, relation);
CREATE INDEX links_upper ON links(upper_doc, relation);
