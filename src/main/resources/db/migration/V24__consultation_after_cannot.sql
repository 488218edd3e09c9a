-- The consultation on naming a school or setting (CFA s39, s40), finished.
-- Portable SQL: runs on H2 2.x (the embedded default) and PostgreSQL 15.

-- After the setting consulted says it cannot meet the needs, the LA decides: name it anyway, or
-- consult another (NAME_ANYWAY, CONSULT_ANOTHER), with its reasons; and when it does not name the
-- school the family asked for, which CFA s39(4) ground applies.
ALTER TABLE assessment_case ADD COLUMN after_consultation VARCHAR(20);
ALTER TABLE assessment_case ADD COLUMN not_naming_ground VARCHAR(40);
ALTER TABLE assessment_case ADD COLUMN after_consultation_reasons VARCHAR(20000);

-- CFA s40(2): a plan may name only a type of school or institution, which is not consulted.
-- Plans issued before this column were all naming a particular setting.
ALTER TABLE assessment_case ADD COLUMN named_placement_type_only BOOLEAN;

-- CFA s39(3), s40(3): the LA that maintains a setting another LA consults is sent the
-- consultation too; this is where its SEN team reads its e-mail (null until recorded).
ALTER TABLE local_authority ADD COLUMN sen_team_email VARCHAR(200);
