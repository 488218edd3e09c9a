-- reg 4(2)(b) and (c): the LA must tell the health commissioning body and its own social care
-- officers when it considers an assessment and what it decides (reg 5(2)). Their addresses let
-- those letters reach them by e-mail instead of only being stored with the case.
ALTER TABLE local_authority ADD COLUMN health_name  VARCHAR(200);
ALTER TABLE local_authority ADD COLUMN health_phone VARCHAR(50);
ALTER TABLE local_authority ADD COLUMN health_email VARCHAR(200);
ALTER TABLE local_authority ADD COLUMN health_web   VARCHAR(300);
ALTER TABLE local_authority ADD COLUMN social_care_name  VARCHAR(200);
ALTER TABLE local_authority ADD COLUMN social_care_phone VARCHAR(50);
ALTER TABLE local_authority ADD COLUMN social_care_email VARCHAR(200);
ALTER TABLE local_authority ADD COLUMN social_care_web   VARCHAR(300);
