-- A document is identified by its resolved path (location), not the path as typed (source): a changed file
-- replaces the document at the same location. Rows from earlier releases keep location NULL and are matched
-- by source. Documents with the same sha256 at two locations are duplicates of each other.
ALTER TABLE documents ADD COLUMN location TEXT;
CREATE INDEX documents_location ON documents(location);
CREATE INDEX documents_sha256 ON documents(sha256);
