-- reg 22(2): the family's comments on the amendments proposed after a review, sent within 15 days
-- of the proposal (docs/law.md s9). The proposed amendments themselves are kept in outcome_reason
-- (V30), which for AMEND holds the amendments the council sends with its decision (reg 22(1)).
ALTER TABLE annual_review ADD COLUMN family_comments VARCHAR(20000);
ALTER TABLE annual_review ADD COLUMN family_comments_on DATE;
