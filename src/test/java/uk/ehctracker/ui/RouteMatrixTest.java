package uk.ehctracker.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.ehctracker.testing.ApplicationTest;

/**
 * Every Vaadin route x every role: the route opens or is refused on the server, and a case page
 * shows the case only to those the access policy lets see it ("Case not found" to the rest).
 */
@ApplicationTest
class RouteMatrixTest extends KaribuTest {

    static final List<String> USERS = List.of("caseworker", "manager", "caseworker2", "senco", "senco2",
            "parent", "parent2", "professional", "admin");

    /** Which roles' users each route admits. */
    static final Map<String, Set<String>> ROUTES = Map.ofEntries(
            Map.entry("caseworker", Set.of("caseworker", "manager", "caseworker2")),
            Map.entry("caseworker/referrals", Set.of("caseworker", "manager", "caseworker2")),
            Map.entry("caseworker/reviews", Set.of("caseworker", "manager", "caseworker2")),
            Map.entry("caseworker/moves", Set.of("caseworker", "manager", "caseworker2")),
            Map.entry("manager", Set.of("manager")),
            Map.entry("manager/import-plans", Set.of("manager")),
            Map.entry("school", Set.of("senco", "senco2")),
            Map.entry("school/provision", Set.of("senco", "senco2")),
            Map.entry("family", Set.of("parent", "parent2")),
            Map.entry("professional", Set.of("professional")),
            Map.entry("admin", Set.of("admin")));

    @Autowired JdbcTemplate jdbc;

    static List<String> users() {
        return USERS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("users")
    void eachRouteOpensOnlyForItsRoles(String user) {
        signIn(user);
        ROUTES.forEach((route, admitted) -> {
            if (admitted.contains(user)) {
                navigate(route);
                assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).as(route).isNotEmpty();
            } else {
                assertThatThrownBy(() -> navigate(route)).as(user + " on /" + route).hasMessageContaining("denied");
            }
        });
    }

    /** Yusuf Khan's demo case: LA1, the Khan family (parent), Hillcrest Academy (senco2). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("users")
    void aCasePageShowsTheCaseOnlyToThoseWhoMaySeeIt(String user) {
        long caseId = jdbc.queryForObject("SELECT c.id FROM assessment_case c JOIN child ch ON ch.id = c.child_id "
                + "WHERE ch.first_name = 'Yusuf' AND ch.last_name = 'Khan'", Long.class);
        boolean maySee = Set.of("caseworker", "manager", "parent", "senco2").contains(user);
        signIn(user);
        try {
            navigate("cases/" + caseId);
        } catch (RuntimeException denied) {
            assertThat(maySee).as(user + " was refused the case page").isFalse();
            return;
        }
        String page = textOf(com.github.mvysny.kaributesting.v10.LocatorJ._get(uk.ehctracker.ui.cases.CaseView.class));
        if (maySee) {
            assertThat(page).as(user).contains("Yusuf");
        } else {
            assertThat(page).as(user).contains("Case not found").doesNotContain("Yusuf");
        }
    }
}
