-- The final plan is the one the caseworker finalises (reg 12, reg 13(2)): each final section keeps
-- what changed from the draft and why, in the light of the family's comments (reg 13(1)).
ALTER TABLE plan_section ADD COLUMN changed_from_draft VARCHAR(20000);

-- reg 13(1)(a)(ii): the meeting with an LA officer the family asked for with the draft; the final
-- plan is not issued before it.
ALTER TABLE assessment_case ADD COLUMN draft_meeting_on DATE;
