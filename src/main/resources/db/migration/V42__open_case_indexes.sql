-- The caseworker's lists at any caseload (issue 19; BENCHMARKS.md "Lists at the size of Kent").
--
-- The open cases of an LA, by stage and assignee, from the index alone: the work list's capped count
-- (casework/CaseSearch asks for the open stages by name, stage IN (...), an index condition) and the
-- dashboard's grouped count by assignee and stage read these entries, not the LA's every case row.
-- Not a partial index (WHERE stage IN the open stages): H2 has none, and PostgreSQL cannot match one
-- to a query whose stages are bound parameters once it plans it generically. It replaces (la_id, stage).
CREATE INDEX ix_case_la_open ON assessment_case (la_id, stage, assigned_to, id);
DROP INDEX ix_case_la_stage;
-- The merged work list (casework/WorkList): an LA's cases by next statutory date then id, its keyset
-- order, with the stage so that its keys and its capped count are read from the index alone. It replaces
-- (la_id, next_due_on), which the case list's page still reads through its first two columns.
CREATE INDEX ix_case_la_next_due_id ON assessment_case (la_id, next_due_on, id, stage);
DROP INDEX ix_case_la_next_due;
-- Its reviews: an LA's listed reviews by next date then id, with the day each is listed from, so the
-- list's keys and its capped count of reviews are read from the index alone (ix_review_la_next_due, V36,
-- has no id: its capped count read the LA's reviews, BENCHMARKS.md).
CREATE INDEX ix_review_la_due_id ON annual_review (la_id, next_due_on, id, listed_from);
