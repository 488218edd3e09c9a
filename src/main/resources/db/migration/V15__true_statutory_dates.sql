-- The statutory clock is fed the true dates (issue 13; docs/law.md s0, s6, s7).
-- V15, not V14: V14 is taken by the hardening branch's case_document index.
-- Portable SQL: runs on H2 2.x (the embedded default) and PostgreSQL 15.

-- HESC Rules r20: the appeal deadline runs from the day the decision notice was SENT, which may
-- be later than the day the decision was made (decided_on, which may be back-dated).
-- Decisions recorded before this column were notified on the day they were recorded as made.
ALTER TABLE decision ADD COLUMN notice_sent_on DATE;
UPDATE decision SET notice_sent_on = decided_on WHERE notice_sent_on IS NULL;

-- reg 13(2), reg 14: the day the final plan was sent (its appeal deadline counts from it).
ALTER TABLE assessment_case ADD COLUMN final_plan_sent_on DATE;
UPDATE assessment_case SET final_plan_sent_on = final_plan_issued_on
 WHERE final_plan_sent_on IS NULL AND final_plan_issued_on IS NOT NULL;

-- reg 13(1): the family's 15 days ended without a response: the step is closed, not missed.
ALTER TABLE milestone ADD COLUMN window_ended BOOLEAN DEFAULT FALSE NOT NULL;
