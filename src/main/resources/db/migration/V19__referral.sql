-- A child brought to the LA's attention (CFA s23, s24, s36(1)) is called a referral in the code;
-- "notice" is kept for the statutory notices the LA sends (docs/architecture.md, "Names").
ALTER TABLE attention_notice RENAME TO referral;
ALTER INDEX ix_attention_notice_la RENAME TO ix_referral_la;
