-- The family's own views for a cycle's review of SEN support, in their words and sent by them
-- (Code of Practice 6.65-6.71: parents are involved in each review); the SENCO reads them.
ALTER TABLE sen_support_cycle ADD COLUMN family_review_views VARCHAR(20000);
ALTER TABLE sen_support_cycle ADD COLUMN family_review_views_on DATE;
