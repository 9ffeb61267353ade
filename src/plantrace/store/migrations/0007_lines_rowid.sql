-- lines was a WITHOUT ROWID table: SQLite keeps at most ~1 KB of such a row in its B-tree page and spills the
-- rest of a long line into an overflow page of its own, mostly empty (half of the table's pages were unused
-- space). As an ordinary table with the same key, a row of up to ~4 KB stays in its page. Same columns, same key.
CREATE TABLE lines_rowid (
    doc_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number  INTEGER NOT NULL,
    raw     TEXT NOT NULL,
    simp    TEXT NOT NULL,
    PRIMARY KEY (doc_id, number)
);
INSERT INTO lines_rowid (doc_id, number, raw, simp) SELECT doc_id, number, raw, simp FROM lines ORDER BY doc_id, number;
DROP TABLE lines;
ALTER TABLE lines_rowid RENAME TO lines;
