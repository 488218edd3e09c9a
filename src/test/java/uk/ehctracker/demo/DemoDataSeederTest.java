package uk.ehctracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.WhenServingBegan;

/** The demo is seeded once, with cases at every stage the README promises; seeding again changes nothing. */
@ApplicationTest
class DemoDataSeederTest {

    private static final List<String> TABLES = List.of("local_authority", "school", "family", "child", "app_user",
            "assessment_case", "decision", "advice_request", "letter", "annual_review", "plan_cessation");

    @Autowired DemoDataSeeder seeder;
    @Autowired JdbcTemplate jdbc;
    @Autowired java.time.Clock clock;
    @Autowired WhenServingBegan whenServingBegan;

    @Test
    void theDemoUsersCanSignInFromTheFirstRequest() {
        // seeded before the port opens, not just after "Started" (a sign-in in that moment failed)
        assertThat(whenServingBegan.demoUsersPresent()).isTrue();
    }

    @Test
    void theDemoHasTwoLasThreeSchoolsAndNineteenChildrenWithOneUserPerRole() {
        assertThat(count("local_authority")).isEqualTo(2);
        // other tests add schools of their own (same-named ones, for the URN rule); the demo's three are these
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM school WHERE urn IN ('100001', '100002', '100003')", Long.class))
                .isEqualTo(3);
        // other tests add children of their own; the demo's nineteen are these (one row each)
        List<String> demoChildren = List.of("Amira Khan", "Yusuf Khan", "Leo Taylor", "Ella Taylor", "Noah Brown",
                "Maya Patel", "Oliver Smith", "Isla Jones", "Sophia Evans", "Ethan Hughes", "Jack Wilson", "Ava Davies",
                "Finn Walker", "Ruby Walker", "Olivia Green", "Harry Green", "Grace Green", "Jacob Green", "Mia Green");
        for (String name : demoChildren) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM child WHERE first_name || ' ' || last_name = ?", Long.class, name))
                    .as(name).isEqualTo(1);
        }
        assertThat(jdbc.queryForList("SELECT DISTINCT role FROM app_user", String.class))
                .containsExactlyInAnyOrder("LA_CASEWORKER", "LA_MANAGER", "SENCO", "PARENT", "PROFESSIONAL", "ADMIN");
    }

    @Test
    void theDemoCasesStandAtDifferentStagesWithTheirLetters() {
        Map<String, String> stageByChild = Map.of(
                "Yusuf", "DECIDING_WHETHER_TO_ASSESS",
                "Oliver", "NOT_ASSESSED",
                "Leo", "GATHERING_ADVICE",
                "Noah", "DRAFT_WITH_FAMILY",
                "Maya", "PLAN_ISSUED",
                // a young person's own request, a referral treated as a request, a decision held up by an exception
                "Ethan", "DECIDING_WHETHER_TO_ASSESS",
                "Isla", "DECIDING_WHETHER_TO_ASSESS",
                "Ella", "DECIDING_WHETHER_TO_ASSESS");
        // CFA s45: Finn's plan, its ceasing decided and notified; Ruby's, the family consulted
        assertThat(jdbc.queryForObject("SELECT p.ceases FROM plan_cessation p JOIN assessment_case c ON c.id = p.case_id"
                + " JOIN child ch ON ch.id = c.child_id WHERE ch.first_name = 'Finn' AND p.notice_sent_on IS NOT NULL", Boolean.class))
                .isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM plan_cessation p JOIN assessment_case c ON c.id = p.case_id"
                + " JOIN child ch ON ch.id = c.child_id WHERE ch.first_name = 'Ruby' AND p.family_told_on IS NOT NULL"
                + " AND p.decided_on IS NULL", Long.class)).isEqualTo(1);
        stageByChild.forEach((child, stage) -> assertThat(jdbc.queryForObject(
                "SELECT c.stage FROM assessment_case c JOIN child ch ON ch.id = c.child_id WHERE ch.first_name = ?",
                String.class, child)).as(child).isEqualTo(stage));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM letter l JOIN assessment_case c ON c.id = l.case_id "
                + "JOIN child ch ON ch.id = c.child_id WHERE ch.first_name = 'Oliver' AND l.notice_type = 'DECISION_NOT_TO_ASSESS'",
                Long.class)).isPositive();
    }

    /**
     * CFA s44; regs 18, 20, 22 (docs/law.md s9): the Green family's five plans, one at each stage of
     * the annual review. Dates worked out by hand from the seeder's days (today is the demo's day).
     */
    @Test
    void theGreenFamilysPlansStandAtEachStageOfTheirReview() {
        LocalDate today = StatutoryClock.today(clock);
        // Olivia: the plan 60 days ago (request 185 days ago + 125), due 12 months on; the window opens
        // 8 weeks before that [practice], so the review is on no list yet
        assertThat(review("Olivia", "list_step", String.class)).isEqualTo("DUE");
        assertThat(review("Olivia", "due_on", LocalDate.class)).isEqualTo(today.minusDays(60).plusMonths(12));
        assertThat(review("Olivia", "listed_from", LocalDate.class)).isAfter(today);
        // Harry: invitations 5 days ago for a meeting 16 days ahead (reg 20(3): at least 14 days' notice); the family's views 2 days ago
        assertThat(review("Harry", "meeting_on", LocalDate.class)).isEqualTo(today.plusDays(16));
        assertThat(review("Harry", "invitations_sent_on", LocalDate.class)).isEqualTo(today.minusDays(5));
        assertThat(review("Harry", "views_sent_on", LocalDate.class)).isEqualTo(today.minusDays(2));
        // Grace: the meeting 12 days ago and its report; the decision due 28 days after the meeting (reg 20(10)): 16 days ahead
        assertThat(review("Grace", "list_step", String.class)).isEqualTo("AWAITING_DECISION");
        assertThat(review("Grace", "next_due_on", LocalDate.class)).isEqualTo(today.plusDays(16));
        // Jacob: amendments proposed 8 days ago; reg 22(2): 15 days beginning with that day end 6 days ahead
        assertThat(review("Jacob", "list_step", String.class)).isEqualTo("AMENDING");
        assertThat(review("Jacob", "comments_close_on", LocalDate.class)).isEqualTo(today.plusDays(6));
        // CFA s44(1): the review (completed by the decision, reg 20(10)) within 12 months of the plan, not after them
        assertThat(review("Jacob", "decided_on", LocalDate.class)).isEqualTo(today.minusDays(8))
                .isBefore(review("Jacob", "due_on", LocalDate.class));
        // Mia: in year 6, moving to secondary school in September; reg 18(1)(b): the plan amended before the coming 15 February
        LocalDate thisYears = LocalDate.of(today.getYear(), 2, 14);
        LocalDate fifteenthFebruary = today.isAfter(thisYears) ? thisYears.plusYears(1) : thisYears;
        assertThat(review("Mia", "phase_transfer", String.class)).isEqualTo("PRIMARY_TO_SECONDARY");
        assertThat(review("Mia", "moves_on", LocalDate.class)).isEqualTo(LocalDate.of(fifteenthFebruary.getYear(), 9, 1));
        assertThat(review("Mia", "transfer_by_15_february", Boolean.class)).isTrue();
        // the plan dated 31 January a year before: due 12 months on, before the 14 February deadline
        assertThat(review("Mia", "due_on", LocalDate.class)).isEqualTo(LocalDate.of(fifteenthFebruary.getYear(), 1, 31));
    }

    private <T> T review(String child, String column, Class<T> type) {
        return jdbc.queryForObject("SELECT r." + column + " FROM annual_review r JOIN assessment_case c ON c.id = r.case_id"
                + " JOIN child ch ON ch.id = c.child_id WHERE ch.first_name = ? AND ch.last_name = 'Green'"
                + " AND r.cycle = (SELECT MAX(x.cycle) FROM annual_review x WHERE x.case_id = r.case_id)", type, child);
    }

    @Test
    void theHarderCasesAreAsTheLawHasThem() {
        // CFA s83(2), s80: Ethan's letters go to him alone
        assertThat(jdbc.queryForList("SELECT DISTINCT l.recipient_role FROM letter l JOIN assessment_case c ON c.id = l.case_id "
                + "JOIN child ch ON ch.id = c.child_id WHERE ch.first_name = 'Ethan' AND l.notice_type = 'CONSIDERING_ASSESSMENT'"
                + " AND l.recipient_role IN ('PARENT', 'YOUNG_PERSON')", String.class)).containsExactly("YOUNG_PERSON");
        // CFA s24: Isla's 6 weeks run from the day the LA was told, 30 days ago, not from the day it treated it as a request
        assertThat(jdbc.queryForObject("SELECT c.received_on FROM assessment_case c JOIN child ch ON ch.id = c.child_id"
                + " WHERE ch.first_name = 'Isla'", java.time.LocalDate.class))
                .isEqualTo(uk.ehctracker.statutory.StatutoryClock.today(clock).minusDays(30));
        // reg 5(4): Ella's decision, past its 6 weeks, is excused by an exception that began within them
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM statutory_exception e JOIN assessment_case c ON c.id = e.case_id"
                + " JOIN child ch ON ch.id = c.child_id WHERE ch.first_name = 'Ella'", Long.class)).isEqualTo(1);
    }

    @Test
    void seedingAgainDuplicatesNothing() {
        Map<String, Long> before = counts();
        assertThat(seeder.seed()).isFalse();
        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Long> counts() {
        return TABLES.stream().collect(java.util.stream.Collectors.toMap(t -> t, this::count));
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
