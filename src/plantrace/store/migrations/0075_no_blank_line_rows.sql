-- A blank line without a page (text, HTML and Word documents) has no row in lines any more: readers give it
-- back as an empty line between the document's first and last line (documents.lines), store/derived.py.
-- Lines with a page or a position on it (PDF) keep their rows, blank or not.
DELETE FROM lines WHERE raw = '' AND simp_edits IS NULL AND page IS NULL AND page_line IS NULL;
