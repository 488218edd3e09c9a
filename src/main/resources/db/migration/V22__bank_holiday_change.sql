-- The one-off changes a royal proclamation makes to a year's bank holidays in England (a day
-- added, or a regular holiday moved away); the regular ones are computed from their rules
-- (statutory/WorkingDays). Seeded with those since 1981 (gov.uk/bank-holidays and the proclamations); an admin adds
-- a new one when it is announced.
CREATE TABLE bank_holiday_change (
    on_day     DATE         NOT NULL PRIMARY KEY,
    added      BOOLEAN      NOT NULL,
    reason     VARCHAR(200) NOT NULL,
    recorded_by VARCHAR(100) NOT NULL
);

INSERT INTO bank_holiday_change (on_day, added, reason, recorded_by) VALUES
    ('1981-07-29', TRUE,  'Royal wedding', 'seed'),
    ('1995-05-01', FALSE, 'Early May bank holiday moved for VE Day', 'seed'),
    ('1995-05-08', TRUE,  'Early May bank holiday (VE Day)', 'seed'),
    ('1999-12-31', TRUE,  'Millennium', 'seed'),
    ('2002-05-27', FALSE, 'Spring bank holiday moved for the Golden Jubilee', 'seed'),
    ('2002-06-03', TRUE,  'Spring bank holiday, moved', 'seed'),
    ('2002-06-04', TRUE,  'Golden Jubilee', 'seed'),
    ('2011-04-29', TRUE,  'Royal wedding', 'seed'),
    ('2012-05-28', FALSE, 'Spring bank holiday moved for the Diamond Jubilee', 'seed'),
    ('2012-06-04', TRUE,  'Spring bank holiday, moved', 'seed'),
    ('2012-06-05', TRUE,  'Diamond Jubilee', 'seed'),
    ('2020-05-04', FALSE, 'Early May bank holiday moved for VE Day', 'seed'),
    ('2020-05-08', TRUE,  'Early May bank holiday (VE Day)', 'seed'),
    ('2022-05-30', FALSE, 'Spring bank holiday moved for the Platinum Jubilee', 'seed'),
    ('2022-06-02', TRUE,  'Spring bank holiday, moved', 'seed'),
    ('2022-06-03', TRUE,  'Platinum Jubilee', 'seed'),
    ('2022-09-19', TRUE,  'State funeral of Queen Elizabeth II', 'seed'),
    ('2023-05-08', TRUE,  'Coronation of King Charles III', 'seed');
