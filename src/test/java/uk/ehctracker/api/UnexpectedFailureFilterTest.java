package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A failure in a filter (the database out of reach while an account is checked) reaches an API client as a 500 problem. */
class UnexpectedFailureFilterTest {

    private static final FilterChain DATABASE_GONE = (request, response) -> {
        throw new IllegalStateException("Connection refused: 127.0.0.1:5432 (secret detail)");
    };

    @Test
    void anApiRequestGetsA500ProblemWithAnIncident_notTheSignInPage() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/assessment-requests/7");
        MockHttpServletResponse response = new MockHttpServletResponse();
        new UnexpectedFailureFilter().doFilter(request, response, DATABASE_GONE);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = new ObjectMapper().readTree(response.getContentAsString());
        assertThat(problem.get("type").asText()).isEqualTo("urn:ehc-tracker:problem:internal-error");
        assertThat(problem.get("instance").asText()).isEqualTo("/api/assessment-requests/7");
        assertThat(problem.get("detail").asText()).matches("The request could not be completed\\. Quote incident [0-9a-f-]{36} to the service desk\\.");
        assertThat(problem.get("errors")).isEmpty();
        assertThat(response.getContentAsString()).doesNotContain("5432").doesNotContain("secret");
    }

    @Test
    void theScreensKeepTheirOwnErrorHandling() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/case/7");
        assertThatThrownBy(() -> new UnexpectedFailureFilter().doFilter(request, new MockHttpServletResponse(), DATABASE_GONE))
                .isInstanceOf(IllegalStateException.class);
    }
}
