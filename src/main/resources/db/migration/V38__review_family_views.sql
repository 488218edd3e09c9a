-- reg 19(a), reg 20(2)(a), (4): the views, wishes and feelings of the child and the parent, or of
-- the young person, given for a review before its meeting, in their own words (docs/law.md s9), so
-- that the setting circulates them with the advice and the council decides with them. Answered on
-- the family's own page, or recorded by LA staff from a letter or a call; the latest answers kept,
-- with the day they were sent.
ALTER TABLE annual_review ADD COLUMN views_going_well VARCHAR(20000);
ALTER TABLE annual_review ADD COLUMN views_hard VARCHAR(20000);
ALTER TABLE annual_review ADD COLUMN views_to_change VARCHAR(20000);
ALTER TABLE annual_review ADD COLUMN views_childs_own VARCHAR(20000);
ALTER TABLE annual_review ADD COLUMN views_sent_on DATE;
