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
    @Autowired WhenServingBegan whenServingBegan;

    @Test
    void theDemoUsersCanSignInFromTheFirstRequest() {
        // seeded before the port opens, not just after "Started" (a sign-in in that moment failed)
        assertThat(whenServingBegan.demoUsersPresent()).isTrue();
    }

    @Test
    void theDemoHasTwoLasThreeSchoolsAndADozenChildrenWithOneUserPerRole() {
        assertThat(count("local_authority")).isEqualTo(2);
        assertThat(count("school")).isEqualTo(3);
        // other tests add children of their own; the demo's dozen are these (one row each)
        List<String> demoChildren = List.of("Amira Khan", "Yusuf Khan", "Leo Taylor", "Ella Taylor", "Noah Brown",
                "Maya Patel", "Oliver Smith", "Isla Jones", "Sophia Evans", "Ethan Hughes", "Jack Wilson", "Ava Davies");
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
                "Maya", "PLAN_ISSUED");
        stageByChild.forEach((child, stage) -> assertThat(jdbc.queryForObject(
                "SELECT c.stage FROM assessment_case c JOIN child ch ON ch.id = c.child_id WHERE ch.first_name = ?",
                String.class, child)).as(child).isEqualTo(stage));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM letter l JOIN assessment_case c ON c.id = l.case_id "
                + "JOIN child ch ON ch.id = c.child_id WHERE ch.first_name = 'Oliver' AND l.notice_type = 'DECISION_NOT_TO_ASSESS'",
                Long.class)).isPositive();
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
