-- Each line's text was stored up to four times: lines.raw, lines.simp (equal to raw for most lines of a
-- simplified-script document), and again in nodes.text and nodes.simp (the node's lines joined). Now:
-- lines.simp is NULL where it equals raw (read as coalesce(simp, raw)), and a node's text and simp are
-- joined from its lines (line_start..head_end) when read. Other columns of lines and nodes are kept as they are.
ALTER TABLE lines ADD COLUMN simp_if_other TEXT;
UPDATE lines SET simp_if_other = simp WHERE simp <> raw;
ALTER TABLE lines DROP COLUMN simp;
ALTER TABLE lines RENAME COLUMN simp_if_other TO simp;
ALTER TABLE nodes DROP COLUMN text;
ALTER TABLE nodes DROP COLUMN simp;
