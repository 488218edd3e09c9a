-- The nearest open statutory date of each case, kept by the assessment service, so that work
-- lists sort by it in the database (an index, not a subquery per row).
ALTER TABLE assessment_case ADD COLUMN next_due_on DATE;
CREATE INDEX ix_case_la_next_due ON assessment_case (la_id, next_due_on);
CREATE INDEX ix_milestone_case_open ON milestone (case_id, done_on, due_on);
