package uk.ehctracker.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.casework.TeamFigures;
import uk.ehctracker.common.ClockTravel;
import uk.ehctracker.directory.AppUser;
import uk.ehctracker.directory.Child;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.directory.Family;
import uk.ehctracker.directory.Role;
import uk.ehctracker.statutory.ExceptionReason;
import uk.ehctracker.statutory.RecordedException;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.statutory.TimeLimit;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.TestPeople;
import uk.ehctracker.ui.UiCases;

/**
 * The manager's 20-week rate is counted from each plan's kept timing (FinalPlanTiming, V40), not by
 * reading every plan: after each command of a sequence (a plan in time, a late one, a late one an
 * exception relieved, a plan of another LA) the kept figure of each LA equals a recount from the
 * case rows themselves (the milestone's dates and the exceptions, as the dashboard counted before),
 * and the kept column of every plan equals its recount. The migration that fills the column for
 * plans issued before V40 gives the same. H2, or PostgreSQL with EHC_TEST_DB=postgres.
 */
@ApplicationTest
class TwentyWeekFiguresKeptTest {

    @Autowired ApplicationContext context;
    @Autowired AssessmentService assessments;
    @Autowired AssessmentQueries queries;
    @Autowired TeamFigures figures;
    @Autowired TestPeople people;
    @Autowired DirectoryService directory;
    @Autowired PasswordEncoder passwords;
    @Autowired ClockTravel travel;
    @Autowired DataSource dataSource;
    @Autowired TransactionTemplate transactions;

    @Test
    void theKeptFigureOfEachLaEqualsARecountFromTheCaseRows_afterEachCommand() {
        UiCases cases = new UiCases(context);
        LocalDate today = cases.today();
        CurrentUser manager = people.user("manager");
        CurrentUser caseworker = people.user("caseworker");
        CurrentUser otherLa = people.user("caseworker2");
        TeamFigures.TwentyWeeks before = twentyWeeks(manager);
        TeamFigures.TwentyWeeks otherBefore = twentyWeeks(otherLa);
        assertKeptEqualsRecount(manager, otherLa);

        // in time: the final plan sent the day the case reached it, well within the 20 weeks (reg 13(2))
        AssessmentCase inTime = cases.at(CaseStage.FINALISING_PLAN);
        assessments.issueFinalPlan(inTime.getId(), new Commands.IssueFinalPlan("Hillcrest Academy", today), caseworker);
        assertThat(cases.reload(inTime).getFinalPlanTiming()).isEqualTo(FinalPlanTiming.IN_TIME);
        assertKeptEqualsRecount(manager, otherLa);

        // late: received 141 days ago, so its 20 weeks ended yesterday (the 140th day is the last lawful one)
        AssessmentCase late = reachedFinalPlanOn(cases, today.minusDays(141), null);
        assertThat(cases.reload(late).getFinalPlanTiming()).as("not issued yet").isNull();
        assertKeptEqualsRecount(manager, otherLa);
        assessments.issueFinalPlan(late.getId(), new Commands.IssueFinalPlan("Hillcrest Academy", today), caseworker);
        assertThat(cases.reload(late).getFinalPlanTiming()).isEqualTo(FinalPlanTiming.LATE);
        assertKeptEqualsRecount(manager, otherLa);

        // late too, but an exception within the 20 weeks relieved the limit (reg 13(3)): out of the figure "without exceptions"
        AssessmentCase excepted = reachedFinalPlanOn(cases, today.minusDays(141), today.minusDays(100));
        assessments.issueFinalPlan(excepted.getId(), new Commands.IssueFinalPlan("Hillcrest Academy", today), caseworker);
        assertThat(cases.reload(excepted).getFinalPlanTiming()).isEqualTo(FinalPlanTiming.LATE_EXCEPTED);
        assertKeptEqualsRecount(manager, otherLa);

        // the last lawful day itself is in time: received 140 days ago
        AssessmentCase lastDay = reachedFinalPlanOn(cases, today.minusDays(140), null);
        assessments.issueFinalPlan(lastDay.getId(), new Commands.IssueFinalPlan("Hillcrest Academy", today), caseworker);
        assertThat(cases.reload(lastDay).getFinalPlanTiming()).isEqualTo(FinalPlanTiming.IN_TIME);
        assertKeptEqualsRecount(manager, otherLa);

        // another LA's plan counts for that LA only
        long otherPlan = planInSouthvale(otherLa, today);
        assertThat(queries.visibleCase(otherPlan, otherLa).getFinalPlanTiming()).isEqualTo(FinalPlanTiming.IN_TIME);
        assertKeptEqualsRecount(manager, otherLa);

        TeamFigures.TwentyWeeks after = twentyWeeks(manager);
        assertThat(after.issued() - before.issued()).isEqualTo(4);
        assertThat(after.onTime() - before.onTime()).isEqualTo(2);
        assertThat(after.issuedWithoutException() - before.issuedWithoutException()).isEqualTo(3);
        assertThat(after.onTimeWithoutException() - before.onTimeWithoutException()).isEqualTo(2);
        TeamFigures.TwentyWeeks otherAfter = twentyWeeks(otherLa);
        assertThat(otherAfter.issued() - otherBefore.issued()).isEqualTo(1);
        assertThat(otherAfter.onTime() - otherBefore.onTime()).isEqualTo(1);

        // plans issued before V40 get their timing once, from the migration, by the same rule
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("UPDATE assessment_case SET final_plan_timing = NULL WHERE final_plan_issued_on IS NOT NULL AND origin <> 'IMPORTED'");
        migrateEarlierPlans();
        assertKeptEqualsRecount(manager, otherLa);
        assertThat(twentyWeeks(manager)).isEqualTo(after);
        assertThat(twentyWeeks(otherLa)).isEqualTo(otherAfter);
    }

    private TeamFigures.TwentyWeeks twentyWeeks(CurrentUser user) {
        return figures.figures(user).twentyWeeks();
    }

    /** A case at "finalising the plan" received on {@code receivedOn}, with an exception to its 20 weeks from {@code exceptionFrom}. */
    private AssessmentCase reachedFinalPlanOn(UiCases cases, LocalDate receivedOn, LocalDate exceptionFrom) {
        travel.to(receivedOn);
        try {
            AssessmentCase c = cases.at(CaseStage.FINALISING_PLAN);
            if (exceptionFrom != null) {
                assessments.recordException(c.getId(), new Commands.RecordException(TimeLimit.FINAL_PLAN,
                        ExceptionReason.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, exceptionFrom, null, "Family bereavement."),
                        people.user("caseworker"));
            }
            return c;
        } finally {
            travel.back();
        }
    }

    /** A Southvale (LA2) child's request taken to a final plan by Southvale's caseworker, the advice not sought again (reg 6(4)). */
    private long planInSouthvale(CurrentUser caseworker2, LocalDate today) {
        String username = "southvale.parent." + System.nanoTime();
        Child child = transactions.execute(s -> {
            var la = directory.findLocalAuthority(caseworker2.laId()).orElseThrow();
            var school = directory.findSetting("Meadow View Primary School", "school").orElseThrow();
            Family family = directory.save(new Family("Southvale family", username + "@example.com", "SV1 1AA"));
            directory.save(new AppUser(username, passwords.encode(username), "Southvale parent", username + "@example.com", Role.PARENT)
                    .inFamily(family));
            return directory.save(new Child("Sam", "Southvale", today.minusYears(8), family, la, school));
        });
        CurrentUser parent = people.user(username);
        long id = assessments.submitRequest(new Commands.NewRequest(child.getId(), RequestedBy.PARENT, null,
                "Reading has not moved in two years.", null, null), parent).getId();
        assessments.decideWhetherToAssess(id, new Commands.DecideWhetherToAssess(DecisionOutcome.ASSESS, true, true,
                Set.of("ATTAINMENT_AND_PROGRESS"), Set.of(), "Progress well below expectations despite support.", today), caseworker2);
        for (AdviceRequest advice : queries.advice(id, caseworker2)) {
            assessments.waiveAdvice(new Commands.WaiveAdvice(advice.getId(), "Recent advice agreed by all (reg 6(4))."), caseworker2);
        }
        assessments.decideWhetherToIssue(id, new Commands.DecideWhetherToIssue(DecisionOutcome.ISSUE, true,
                "The provision needed is beyond what the school can provide.", today), caseworker2);
        assessments.writeDraftPlan(id, new Commands.WriteDraftPlan(UiCases.draft(), today), caseworker2);
        assessments.commentOnDraft(id, new Commands.CommentOnDraft("Thank you.", "Meadow View Primary School", false, false), parent);
        assessments.respondToConsultation(id, new Commands.RespondToConsultation(true, "We can meet the needs.", today), caseworker2);
        assessments.issueFinalPlan(id, new Commands.IssueFinalPlan("Meadow View Primary School", today), caseworker2);
        return id;
    }

    /** Runs migration 40.1 on the test database, as Flyway would. */
    private void migrateEarlierPlans() {
        transactions.executeWithoutResult(s -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                new V40_1__Final_plan_timing_of_earlier_plans().migrate(new Context() {
                    @Override
                    public Configuration getConfiguration() {
                        return null;
                    }

                    @Override
                    public Connection getConnection() {
                        return connection;
                    }
                });
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
    }

    private void assertKeptEqualsRecount(CurrentUser... staff) {
        for (CurrentUser user : staff) {
            LocalDate today = StatutoryClock.today(context.getBean(java.time.Clock.class));
            assertThat(twentyWeeks(user)).as("LA %s: the kept figure against a recount", user.laId())
                    .isEqualTo(recount(user.laId(), today));
        }
    }

    /**
     * The 20-week rate counted from the rows as the dashboard did before V40: each plan issued this
     * year with its request's 20-week milestone (the earliest due FINAL_PLAN milestone not tied to
     * advice) done; in time if done by its due date; "with an exception" if an exception to the
     * 20-week limit relieved it (StatutoryClock.isBinding). Also checks each plan's kept column.
     */
    private TeamFigures.TwentyWeeks recount(long laId, LocalDate today) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        int issued = 0;
        int onTime = 0;
        int issuedWithout = 0;
        int onTimeWithout = 0;
        List<java.util.Map<String, Object>> plans = jdbc.queryForList("SELECT id, final_plan_timing FROM assessment_case"
                + " WHERE la_id = ? AND final_plan_issued_on BETWEEN ? AND ?", laId, LocalDate.of(today.getYear(), 1, 1),
                LocalDate.of(today.getYear(), 12, 31));
        for (java.util.Map<String, Object> plan : plans) {
            long caseId = ((Number) plan.get("id")).longValue();
            List<java.util.Map<String, Object>> steps = jdbc.queryForList("SELECT due_on, done_on FROM milestone WHERE case_id = ?"
                    + " AND time_limit = 'FINAL_PLAN' AND advice_id IS NULL ORDER BY due_on, id", caseId);
            String kept = (String) plan.get("final_plan_timing");
            if (steps.isEmpty() || steps.get(0).get("done_on") == null) {
                assertThat(kept).as("case %s", caseId).isEqualTo(FinalPlanTiming.NOT_COUNTED.name());
                continue;
            }
            LocalDate due = date(steps.get(0).get("due_on"));
            LocalDate done = date(steps.get(0).get("done_on"));
            List<RecordedException> exceptions = jdbc.query("SELECT time_limit, reason, from_date, to_date FROM statutory_exception"
                    + " WHERE case_id = ?", (r, i) -> new RecordedException(TimeLimit.valueOf(r.getString(1)),
                    ExceptionReason.valueOf(r.getString(2)), date(r.getObject(3)), date(r.getObject(4))), caseId);
            boolean inTime = !done.isAfter(due);
            boolean exception = !StatutoryClock.isBinding(TimeLimit.FINAL_PLAN, due, exceptions);
            assertThat(kept).as("case %s", caseId).isEqualTo((exception ? (inTime ? FinalPlanTiming.IN_TIME_EXCEPTED
                    : FinalPlanTiming.LATE_EXCEPTED) : (inTime ? FinalPlanTiming.IN_TIME : FinalPlanTiming.LATE)).name());
            issued++;
            onTime += inTime ? 1 : 0;
            if (!exception) {
                issuedWithout++;
                onTimeWithout += inTime ? 1 : 0;
            }
        }
        return new TeamFigures.TwentyWeeks(today.getYear(), issued, onTime, issuedWithout, onTimeWithout);
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
