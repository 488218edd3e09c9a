-- A plan made before the tracker (docs/architecture.md, decisions; docs/law.md s9): the LA's
-- caseload is imported as case records of their plans, closed with the plan issued, with no
-- assessment process, so that reviews, case and family pages and the access policy work on them
-- unchanged. origin says how a case came to the tracker; import_ref is the child's UPN or the LA's
-- own id, one plan per child and LA (a file imported twice adds nothing); primary_need the SEN2 code.
ALTER TABLE assessment_case ADD COLUMN origin VARCHAR(20) DEFAULT 'REQUEST' NOT NULL;
ALTER TABLE assessment_case ADD COLUMN import_ref VARCHAR(40);
ALTER TABLE assessment_case ADD COLUMN primary_need VARCHAR(10);
ALTER TABLE assessment_case ADD CONSTRAINT uq_case_import_ref UNIQUE (la_id, import_ref);
-- an import finds the child already in the directory by UPN, one look-up per row
CREATE INDEX ix_child_upn ON child (upn);
