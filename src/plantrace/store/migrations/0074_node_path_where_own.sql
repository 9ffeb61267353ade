-- nodes.path (the JSON array of headings above and at a node) repeated the parent's path for most nodes: every
-- paragraph under a heading. It is now NULL where it equals the parent's path and the parent's path is stored
-- (the parent's path differs from the grandparent's, or the parent has none): a reader takes
-- coalesce(n.path, parent.path), one join (store/derived.py). Same values read back; the column moves last.
ALTER TABLE nodes ADD COLUMN path_if_own TEXT;
UPDATE nodes SET path_if_own = path WHERE NOT EXISTS (
    SELECT 1 FROM nodes p
    WHERE p.id = nodes.parent AND p.path = nodes.path
      AND NOT EXISTS (SELECT 1 FROM nodes g WHERE g.id = p.parent AND g.path = p.path)
);
ALTER TABLE nodes DROP COLUMN path;
ALTER TABLE nodes RENAME COLUMN path_if_own TO path;
