-- CFA s39, s40(3): the school or setting consulted on being named, by the name its letter uses:
-- the one the family asked for, or the one the LA chose when the family asked for none.
-- Portable SQL: runs on H2 2.x (the embedded default) and PostgreSQL 15.
ALTER TABLE assessment_case ADD COLUMN consulted_setting VARCHAR(200);
UPDATE assessment_case SET consulted_setting = requested_school WHERE consultation_sent_on IS NOT NULL;

-- "Governing body, proprietor or principal of <a setting's name of up to 200 characters>"
-- (CFA s39(2), s40(3), reg 13(2)) does not fit in 200.
ALTER TABLE letter ALTER COLUMN recipient_name SET DATA TYPE VARCHAR(300);
