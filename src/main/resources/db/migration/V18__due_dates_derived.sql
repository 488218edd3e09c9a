-- One source for each due date (docs/decisions/0007): a case stores only the days the law counts
-- from (received, draft served, consultation sent); every due date is derived from its day by the
-- limit's rule (statutory.TimeLimit), so the case page, the API, the letters and the timers cannot
-- disagree. Milestones keep a copy taken when a step opens, for the lists and timers to query.
-- Portable SQL: runs on H2 2.x (the embedded default) and PostgreSQL 15.

-- CFA s39: the school's 15 days count from the day the consultation was sent (due = sent + 14).
ALTER TABLE assessment_case ADD COLUMN consultation_sent_on DATE;
UPDATE assessment_case SET consultation_sent_on = CAST(consultation_due - INTERVAL '14' DAY AS DATE)
 WHERE consultation_due IS NOT NULL;

ALTER TABLE assessment_case DROP COLUMN decision_to_assess_due;
ALTER TABLE assessment_case DROP COLUMN decision_not_to_issue_due;
ALTER TABLE assessment_case DROP COLUMN final_plan_due;
ALTER TABLE assessment_case DROP COLUMN draft_comments_due;
ALTER TABLE assessment_case DROP COLUMN consultation_due;

-- reg 8(1): an advice request is due 6 weeks after the adviser received it (requested_on + 42).
ALTER TABLE advice_request DROP COLUMN due_on;
