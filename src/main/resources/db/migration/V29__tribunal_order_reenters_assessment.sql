-- An order of the First-tier Tribunal (reg 44), or the LA's concession (reg 45), re-enters the
-- case's assessment at the step it requires. The case stores the day the order's limits count
-- from and what it requires; every due date of the re-entered steps derives from them
-- (AssessmentCase.dueDate, statutory/Disagreement), as the request's do from received_on.
ALTER TABLE assessment_case ADD COLUMN ordered_on DATE;
-- ASSESS, MAKE_PLAN, AMEND_PLAN
ALTER TABLE assessment_case ADD COLUMN order_kind VARCHAR(20);
-- true: the LA told the Tribunal it would not oppose (reg 45), ordered_on being that day
ALTER TABLE assessment_case ADD COLUMN order_conceded BOOLEAN;
