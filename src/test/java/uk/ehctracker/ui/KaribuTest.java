package uk.ehctracker.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.access.EhcUserDetails;
import uk.ehctracker.testing.ApplicationTest;

/**
 * Views in Karibu-Testing on the shared application context. Karibu runs no Spring Security
 * filter, so {@link #signIn} puts the person in the security context and in the fake request
 * (for Vaadin's view access checks) before a fresh UI starts.
 */
@ApplicationTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired protected ApplicationContext context;
    @Autowired protected UserDetailsService userDetails;

    private boolean vaadinUp;
    private UiCases cases;

    /** Makes cases at each stage. */
    protected UiCases cases() {
        if (cases == null) {
            cases = new UiCases(context);
        }
        return cases;
    }

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("uk.ehctracker");
        }
    }

    @BeforeEach
    void realClock() {
        ClockUtil.reset();
    }

    @AfterEach
    void tearDownVaadin() {
        if (vaadinUp) {
            MockVaadin.tearDown();
            vaadinUp = false;
        }
        SecurityContextHolder.clearContext();
    }

    /** Signs the demo user in and opens a new UI for them. */
    protected CurrentUser signIn(String username) {
        if (vaadinUp) {
            MockVaadin.tearDown();
        }
        UserDetails details = userDetails.loadUserByUsername(username);
        Authentication auth = new UsernamePasswordAuthenticationToken(details, null, details.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(auth);
            request.setUserInRole((principal, role) -> auth.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + role) || a.getAuthority().equals(role)));
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        vaadinUp = true;
        return ((EhcUserDetails) details).user();
    }

    /** All the text in a component, as a person reads it (text nodes only). */
    public static String textOf(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }

    protected static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }
}
