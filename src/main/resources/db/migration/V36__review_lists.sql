-- The caseworkers' reviews list, paged and filtered in the database (issue 19): each review keeps
-- where it stands on the lists beside the dates the law counts from, as assessment_case keeps
-- next_due_on (V6). AnnualReviewRecord sets these columns from its own dates whenever it is saved,
-- so the list's rules live once, in Java; the query only compares them with today.
-- the case's LA (a case stays with its LA): the list's index leads with it
ALTER TABLE annual_review ADD COLUMN la_id BIGINT;
UPDATE annual_review SET la_id = (SELECT c.la_id FROM assessment_case c WHERE c.id = annual_review.case_id);
ALTER TABLE annual_review ALTER COLUMN la_id SET NOT NULL;
-- DUE (the meeting to arrange or hold), AWAITING_DECISION, AMENDING, COMPLETE; null only on rows from
-- before this migration, which review/ReviewListing fills in before the application serves
ALTER TABLE annual_review ADD COLUMN list_step VARCHAR(20);
-- the day the review's window opens (the setting is asked to arrange the meeting): listed from then
ALTER TABLE annual_review ADD COLUMN listed_from DATE;
-- the last lawful day of the step it is at; null once complete (so it sorts after every open one)
ALTER TABLE annual_review ADD COLUMN next_due_on DATE;
-- reg 18(1)(a): a move whose amended plan is due by 15 February
ALTER TABLE annual_review ADD COLUMN transfer_by_15_february BOOLEAN DEFAULT FALSE NOT NULL;
-- the list: one LA's open reviews, nearest statutory date first; the other columns let a (capped)
-- count and a filtered page be read from the index alone
CREATE INDEX ix_review_la_next_due ON annual_review (la_id, next_due_on, listed_from, list_step, transfer_by_15_february);
