-- Young people over compulsory school age hold the rights under CFA Part 3 themselves (CFA s80,
-- s83(2); EA 1996 s8; docs/law.md s8): notices are addressed to them, whoever made the request.
-- Recorded on the child: the young person's own e-mail; whether they agree that their parent is
-- sent copies; and the representative (deputy or attorney) who acts for a young person who
-- lacks capacity (Mental Capacity Act 2005).
-- Portable SQL: runs on H2 2.x (the embedded default) and PostgreSQL 15.
ALTER TABLE child ADD COLUMN young_person_email VARCHAR(200);
ALTER TABLE child ADD COLUMN parent_copies_agreed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE child ADD COLUMN representative_name VARCHAR(200);
ALTER TABLE child ADD COLUMN representative_email VARCHAR(200);
