-- A file is kept once per case: ten identical uploads at once (a double-click, a client retrying)
-- stored ten copies. The index lets the database refuse the copies that race past the service's check.
-- Portable SQL: runs on H2 2.x (the embedded default) and PostgreSQL 15.

-- copies stored before this index: keep the first of each (same bytes, same case), drop the rest
DELETE FROM case_document d
 WHERE EXISTS (SELECT 1 FROM case_document e WHERE e.case_id = d.case_id AND e.sha256 = d.sha256 AND e.id < d.id);

CREATE UNIQUE INDEX ux_case_document_case_sha256 ON case_document (case_id, sha256);
