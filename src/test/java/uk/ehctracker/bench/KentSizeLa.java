package uk.ehctracker.bench;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehctracker.directory.AppUser;
import uk.ehctracker.directory.Contact;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.directory.LocalAuthority;
import uk.ehctracker.directory.Role;
import uk.ehctracker.directory.School;

/**
 * An LA the size of Kent for the list benchmark (issue 19): {@value #PLANS} children with plans,
 * each with its plan's case and its latest annual review, and {@value #OPEN_CASES} open assessment
 * cases with their next statutory date. The LA, its school and staff go through the directory; the
 * children, cases, milestones and reviews are <b>inserted directly by SQL</b>, not through the
 * engine (no process instances, letters or timelines): this is a read benchmark of list queries.
 * Each review's list columns are then set by the application's own rule (review/ReviewListing).
 * Made once per database; PostgreSQL only.
 */
final class KentSizeLa {

    static final String CODE = "BKENT";
    static final String CASEWORKER = "kent.cw";
    static final String MANAGER = "kent.manager";
    static final int PLANS = 20_600;
    static final int OPEN_CASES = 3_000;

    private final DirectoryService directory;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final PasswordEncoder passwords;

    KentSizeLa(DirectoryService directory, JdbcTemplate jdbc, PlatformTransactionManager transactions, PasswordEncoder passwords) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.passwords = passwords;
    }

    /** Makes the LA and its rows if they are not there yet; returns false if they were. */
    boolean ensure(LocalDate today, Runnable setListColumns) {
        if (!directory.userExists(CASEWORKER)) {
            tx.executeWithoutResult(s -> {
                LocalAuthority la = directory.save(new LocalAuthority(CODE, "Kent-size Benchmark Council",
                        new Contact("Kent Mediation", "0300 000 0000", "mediation@kent.example", "https://kent.example"),
                        new Contact("Kent SENDIASS", "0300 000 0001", "sendiass@kent.example", "https://kent.example")));
                directory.save(new School("BKENT0001", "Kent Bench School", "Primary", la, "office@kent.example"));
                String hash = passwords.encode(BenchWorld.PASSWORD);
                for (int i = 1; i <= 10; i++) {
                    directory.save(new AppUser(i == 1 ? CASEWORKER : "kent.cw" + i, hash, "Kent Caseworker " + i,
                            "kent.cw" + i + "@kent.example", Role.LA_CASEWORKER).inLocalAuthority(la));
                }
                directory.save(new AppUser(MANAGER, hash, "Kent Manager", "kent.manager@kent.example", Role.LA_MANAGER).inLocalAuthority(la));
            });
        }
        long laId = jdbc.queryForObject("SELECT id FROM local_authority WHERE code = ?", Long.class, CODE);
        if (jdbc.queryForObject("SELECT count(*) FROM annual_review WHERE la_id = ?", Long.class, laId) > 0) {
            return finalPlanSteps(laId);
        }
        long schoolId = directory.findSetting("Kent Bench School", "school").orElseThrow().getId();
        tx.executeWithoutResult(s -> insert(laId, schoolId, today));
        setListColumns.run();
        finalPlanSteps(laId);
        return true;
    }

    /**
     * The plans issued in the last 13 months as the tracker would have made them: each with its
     * request's 20-week milestone, done the day the plan was sent; half of them late by two weeks
     * (their request received two weeks earlier), and 1 in 20 with an exception to the 20 weeks
     * (reg 13(3)) from a month before the due date. Each plan's kept timing is then set by the
     * application's own rule (assessment/V40_1, what V40 runs for plans issued before it). Added once,
     * also to a set made before this (returns whether it added them).
     */
    private boolean finalPlanSteps(long laId) {
        if (jdbc.queryForObject("SELECT count(*) FROM milestone m JOIN assessment_case c ON c.id = m.case_id"
                + " WHERE c.la_id = ? AND c.stage = 'PLAN_ISSUED'", Long.class, laId) > 0) {
            return false;
        }
        tx.executeWithoutResult(s -> {
            jdbc.update("UPDATE assessment_case SET received_on = final_plan_issued_on - 154 WHERE la_id = ? AND stage = 'PLAN_ISSUED'"
                    + " AND final_plan_issued_on >= CURRENT_DATE - 400 AND id % 2 = 0", laId);
            jdbc.update("INSERT INTO milestone (case_id, time_limit, due_on, done_on, overdue, escalated)"
                    + " SELECT c.id, 'FINAL_PLAN', c.received_on + 140, c.final_plan_sent_on, FALSE, FALSE FROM assessment_case c"
                    + " WHERE c.la_id = ? AND c.stage = 'PLAN_ISSUED' AND c.final_plan_issued_on >= CURRENT_DATE - 400", laId);
            jdbc.update("INSERT INTO statutory_exception (case_id, time_limit, reason, from_date, to_date, note, recorded_by, recorded_on)"
                    + " SELECT c.id, 'FINAL_PLAN', 'EXCEPTIONAL_PERSONAL_CIRCUMSTANCES', c.received_on + 110, NULL, 'Bench exception',"
                    + " 'kent.cw', c.received_on + 112 FROM assessment_case c WHERE c.la_id = ? AND c.stage = 'PLAN_ISSUED'"
                    + " AND c.final_plan_issued_on >= CURRENT_DATE - 400 AND c.id % 20 = 3", laId);
            jdbc.update("UPDATE assessment_case SET final_plan_timing = NULL WHERE la_id = ?", laId);
            jdbc.execute((java.sql.Connection connection) -> {
                new uk.ehctracker.assessment.V40_1__Final_plan_timing_of_earlier_plans().migrate(new org.flywaydb.core.api.migration.Context() {
                    @Override
                    public org.flywaydb.core.api.configuration.Configuration getConfiguration() {
                        return null;
                    }

                    @Override
                    public java.sql.Connection getConnection() {
                        return connection;
                    }
                });
                return null;
            });
        });
        for (String table : new String[] {"family", "child", "assessment_case", "milestone", "statutory_exception", "annual_review"}) {
            jdbc.execute("VACUUM ANALYZE " + table);
        }
        return true;
    }

    private void insert(long laId, long schoolId, LocalDate today) {
        String d = "DATE '" + today + "'";
        // children 1..PLANS have plans, the rest open requests; ages 5 to 15; one family each
        jdbc.update("INSERT INTO family (name, email, postcode) SELECT 'Kent family ' || g, NULL, 'ME1 1AA'"
                + " FROM generate_series(1, ?) g", PLANS + OPEN_CASES);
        jdbc.update("INSERT INTO child (first_name, last_name, date_of_birth, family_id, la_id, school_id, sen_status)"
                + " SELECT 'Kent' || n, 'Child', " + d + " - 1826 - CAST(n * 7 % 3650 AS INT), f.id, ?, ?,"
                + " CASE WHEN n <= ? THEN 'EHC_PLAN' ELSE 'SEN_SUPPORT' END"
                + " FROM (SELECT id, row_number() OVER (ORDER BY id) n FROM family WHERE name LIKE 'Kent family %') f",
                laId, schoolId, PLANS);
        // each plan's case: issued 1 to 8 years before its latest review was counted from; that review counted
        // from a day in the 13 months to a month ago, so due from a month ago to 11 months ahead (CFA s44(1))
        jdbc.update("INSERT INTO assessment_case (child_id, la_id, school_id, requested_by, requester_name, received_on, reasons, stage,"
                + " final_plan_issued_on, final_plan_sent_on, named_placement, created_at, version)"
                + " SELECT ch.id, ch.la_id, ch.school_id, 'PARENT', 'Kent parent', p.issued - 140, 'Bench plan', 'PLAN_ISSUED', p.issued,"
                + " p.issued, 'Kent Bench School', now(), 0 FROM child ch"
                + " CROSS JOIN LATERAL (SELECT (" + d + " - 30 - CAST(ch.id * 13 % 365 AS INT)) - CAST(365 * (ch.id % 8) AS INT) AS issued) p"
                + " WHERE ch.la_id = ? AND ch.sen_status = 'EHC_PLAN'", laId);
        // the latest review of each plan (only the latest: earlier cycles are not needed by the lists); near its
        // due date 1 in 5 has held its meeting (awaiting the decision) and 1 in 10 is amending
        jdbc.update("INSERT INTO annual_review (case_id, la_id, cycle, counted_from, due_on, early_years, invitations_sent_on, meeting_on,"
                + " meeting_held_on, report_sent_on, outcome, decided_on, amendments_proposed_on, comments_close_on, recorded_at)"
                + " SELECT c.id, c.la_id, CAST(1 + c.child_id % 8 AS INT), r.counted_from, CAST(r.counted_from + INTERVAL '12 months' AS DATE), FALSE,"
                + " CASE WHEN r.near AND c.id % 10 IN (0, 5) THEN " + d + " - 60 END,"
                + " CASE WHEN r.near AND c.id % 10 IN (0, 5) THEN " + d + " - 40 END,"
                + " CASE WHEN r.near AND c.id % 10 = 0 THEN " + d + " - 10 WHEN r.near AND c.id % 10 = 5 THEN " + d + " - 40 END,"
                + " CASE WHEN r.near AND c.id % 10 = 5 THEN " + d + " - 30 END,"
                + " CASE WHEN r.near AND c.id % 10 = 5 THEN 'AMEND' END,"
                + " CASE WHEN r.near AND c.id % 10 = 5 THEN " + d + " - 20 END,"
                + " CASE WHEN r.near AND c.id % 10 = 5 THEN " + d + " - 20 END,"
                + " CASE WHEN r.near AND c.id % 10 = 5 THEN " + d + " - 6 END, now()"
                + " FROM assessment_case c CROSS JOIN LATERAL (SELECT " + d + " - 30 - CAST(c.child_id * 13 % 365 AS INT) AS counted_from,"
                + " CAST(c.child_id * 13 % 365 AS INT) >= 300 AS near) r WHERE c.la_id = ? AND c.stage = 'PLAN_ISSUED'", laId);
        // the open requests: received in the last 26 weeks, gathering advice, the 20-week limit their next date
        jdbc.update("INSERT INTO assessment_case (child_id, la_id, school_id, requested_by, requester_name, received_on, reasons, stage,"
                + " next_due_on, assigned_to, created_at, version)"
                + " SELECT ch.id, ch.la_id, ch.school_id, 'PARENT', 'Kent parent', " + d + " - CAST(ch.id % 182 AS INT), 'Bench request', 'GATHERING_ADVICE',"
                + " " + d + " - CAST(ch.id % 182 AS INT) + 140, CASE WHEN ch.id % 11 = 0 THEN NULL ELSE 'kent.cw' || (1 + ch.id % 10) END, now(), 0"
                + " FROM child ch WHERE ch.la_id = ? AND ch.sen_status = 'SEN_SUPPORT'", laId);
        jdbc.update("UPDATE assessment_case SET assigned_to = 'kent.cw' WHERE assigned_to = 'kent.cw1' AND la_id = ?", laId);
        jdbc.update("INSERT INTO milestone (case_id, time_limit, due_on, overdue, escalated)"
                + " SELECT c.id, 'FINAL_PLAN', c.next_due_on, FALSE, FALSE FROM assessment_case c WHERE c.la_id = ? AND c.next_due_on IS NOT NULL",
                laId);
    }
}
