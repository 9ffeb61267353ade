-- lines.simp (0071: the simplified line where it differs from raw) becomes lines.simp_edits: the few edits that
-- turn raw into the simplified line (store/simp_edits.py), NULL where they are equal. migrate.py fills it from
-- lines.simp right after this statement (CONVERSIONS); 0073 then drops lines.simp.
ALTER TABLE lines ADD COLUMN simp_edits TEXT;
