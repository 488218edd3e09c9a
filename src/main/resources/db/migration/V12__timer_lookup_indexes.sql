-- Found by the scale benchmark (BENCHMARKS.md): each advice chaser and advice deadline timer
-- looks up its milestone by advice request, and each reminder looks up the staff of an LA or a
-- school by role. Without these indexes both were sequential scans of the whole table, which
-- grows with every case (milestone) and every user (app_user, families included).
CREATE INDEX ix_milestone_advice ON milestone (advice_id);
CREATE INDEX ix_app_user_la_role ON app_user (la_id, role);
CREATE INDEX ix_app_user_school_role ON app_user (school_id, role);
