-- Core schema: documents, their lines, the removed runs and the structure nodes.
CREATE TABLE documents (
    id           TEXT PRIMARY KEY,
    source       TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    format       TEXT NOT NULL,
    encoding     TEXT NOT NULL,
    title        TEXT NOT NULL,
    jurisdiction TEXT NOT NULL,
    level        TEXT NOT NULL,
    doc_type     TEXT NOT NULL,
    period_start INTEGER,
    period_end   INTEGER,
    issued       TEXT,
    script       TEXT NOT NULL,
    lines        INTEGER NOT NULL,
    warnings     TEXT NOT NULL  -- JSON array of {code, message, line_start, line_end}
);
CREATE INDEX documents_source ON documents(source);

CREATE TABLE lines (
    doc_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number  INTEGER NOT NULL,
    raw     TEXT NOT NULL,
    simp    TEXT NOT NULL,
    PRIMARY KEY (doc_id, number)
) WITHOUT ROWID;

CREATE TABLE removed (
    doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    line_start INTEGER NOT NULL,
    line_end   INTEGER NOT NULL,
    reason     TEXT NOT NULL,
    rule       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX removed_doc ON removed(doc_id);

CREATE TABLE nodes (
    id         TEXT PRIMARY KEY,
    doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    parent     TEXT,
    kind       TEXT NOT NULL,
    number     TEXT,
    label      TEXT,
    title      TEXT NOT NULL,
    path       TEXT NOT NULL,  -- JSON array of heading strings
    line_start INTEGER NOT NULL,
    line_end   INTEGER NOT NULL,
    head_end   INTEGER NOT NULL,
    ord        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    simp       TEXT NOT NULL,
    attrs      TEXT NOT NULL   -- JSON object
);
CREATE INDEX nodes_doc ON nodes(doc_id, ord);
