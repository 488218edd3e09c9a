-- The manager's dashboard at any caseload (issue "National load"; BENCHMARKS.md "Lists at the size of Kent").
--
-- How each final plan met its 20 weeks (reg 13(2)) and whether an exception relieved the limit (reg 13(3)):
-- IN_TIME, LATE, IN_TIME_EXCEPTED, LATE_EXCEPTED, NOT_COUNTED (a plan made before the tracker); null without
-- a final plan. Kept by the application whenever the case's milestones or exceptions change
-- (assessment/FinalPlanTiming, MilestoneRepository.refreshNextDue), in the command's transaction; cases
-- issued before this migration get theirs from V40_1 (the rule is Java, statutory/StatutoryClock.isBinding).
ALTER TABLE assessment_case ADD COLUMN final_plan_timing VARCHAR(20);
-- the 20-week rate: one grouped count of the LA's plans issued this year, read from this index alone
CREATE INDEX ix_case_la_final_plan ON assessment_case (la_id, final_plan_issued_on, final_plan_timing);

-- review/ReviewFigures: the reviews whose meeting was held in the last 12 months, and whether and when each was
-- decided, from the index alone; the moves between phases, by LA and year
CREATE INDEX ix_review_la_meeting_held ON annual_review (la_id, meeting_held_on, decided_on, plan_ceased_on);
CREATE INDEX ix_review_la_moves ON annual_review (la_id, transfer_by_15_february, moves_on);
-- review/ReviewListing looks for reviews without list columns (list_step null) before every start: from
-- this index, not by reading every review
CREATE INDEX ix_review_list_step ON annual_review (list_step);
