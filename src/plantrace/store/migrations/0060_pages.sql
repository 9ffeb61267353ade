-- The printed page of every line and node, so a citation can say "p. 12" (NULL for formats without pages:
-- text, HTML, Word). lines.page_line: where the line begins on its page, counted in printed lines of the
-- page's body from its top (running header and page number not counted).
ALTER TABLE lines ADD COLUMN page INTEGER;
ALTER TABLE lines ADD COLUMN page_line INTEGER;
ALTER TABLE nodes ADD COLUMN page_start INTEGER;
ALTER TABLE nodes ADD COLUMN page_end INTEGER;
