-- Nothing to do on PostgreSQL: its tables never were WITHOUT ROWID (see ../0007_lines_rowid.sql).
SELECT 1;
