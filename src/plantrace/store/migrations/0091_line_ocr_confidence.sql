-- OCR's confidence (0-100) in each line of a scanned document (issue #14): the mean of the confidences
-- Tesseract gave the line's characters. NULL for lines of a text layer, Word, HTML or plain text, and for
-- rows stored before this migration. A number read with low confidence is said in the document's
-- ocr_low_confidence warnings and on the measures read from it (measures.warning, migration 0090).
ALTER TABLE lines ADD COLUMN ocr_confidence REAL;
