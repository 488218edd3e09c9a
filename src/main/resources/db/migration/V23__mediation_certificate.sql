-- A decision's mediation certificate (CFA s55; SEND Regs Part 6): the appeal deadline runs to
-- one month after it when that is later than two months after the notice (HESC Rules r20).
-- The deadline itself is derived from the two dates (Decision.getAppealDeadline), so its
-- stored copy goes, as the case's due dates went in V18.
ALTER TABLE decision ADD COLUMN mediation_certificate_on DATE;
ALTER TABLE decision DROP COLUMN appeal_deadline;
