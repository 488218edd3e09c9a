package uk.ehctracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.WhenServingBegan;

/** The demo is seeded once, with cases at every stage the README promises; seeding again changes nothing. */
@ApplicationTest
class DemoDataSeederTest {

    private static final List<String> TABLES = List.of("local_authority", "school", "family", "child", "app_user",
            "assessment_case", "decision", "advice_request", "letter");

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
    void theDemoHasTwoLasThreeSchoolsAndFourteenChildrenWithOneUserPerRole() {
        assertThat(count("local_authority")).isEqualTo(2);
        // other tests add schools of their own (same-named ones, for the URN rule); the demo's three are these
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM school WHERE urn IN ('100001', '100002', '100003')", Long.class))
                .isEqualTo(3);
        // other tests add children of their own; the demo's fourteen are these (one row each)
        List<String> demoChildren = List.of("Amira Khan", "Yusuf Khan", "Leo Taylor", "Ella Taylor", "Noah Brown",
                "Maya Patel", "Oliver Smith", "Isla Jones", "Sophia Evans", "Ethan Hughes", "Jack Wilson", "Ava Davies",
                "Finn Walker", "Ruby Walker");
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
