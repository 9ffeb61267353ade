-- lines.simp was turned into lines.simp_edits by 0072.
ALTER TABLE lines DROP COLUMN simp;
