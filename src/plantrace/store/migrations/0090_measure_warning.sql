-- A doubt about a measure's value itself (issue #14): 'ocr_low_confidence' when OCR read its digits
-- with low confidence, so a target taken from a possibly misread digit is never shown as certain.
-- NULL for measures read from a text layer or plain text, and for rows stored before this migration.
ALTER TABLE measures ADD COLUMN warning TEXT;
