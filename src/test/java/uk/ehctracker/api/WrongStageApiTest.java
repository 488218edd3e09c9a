package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A command the case is not at the stage for is refused 409 with problem details, and changes
 * nothing: a client retrying a request after a lost answer, or acting on a stale copy, learns
 * that the case has moved on instead of doubling it.
 */
class WrongStageApiTest extends ApiTest {

    @Test
    void aSecondRequestForAChildWithAnOpenOne_isRefused409_andMakesNoSecondCase() {
        long child = fixtures.khanChild();
        long first = fixtures.newCase(child, "caseworker");
        long before = casesOf(child);
        HttpResponse<String> again = api.postJson("/api/assessment-requests", "caseworker",
                "{\"childId\":" + child + ",\"requestedBy\":\"PARENT\",\"reasons\":\"Sent again after a time-out\"}");
        assertConflict(again, "already an open request");
        assertThat(casesOf(child)).isEqualTo(before);
        assertThat(ApiClient.json(api.get("/api/assessment-requests/" + first, "caseworker")).get("status").asText())
                .isEqualTo("DECIDING_WHETHER_TO_ASSESS");
    }

    @Test
    void anExceptionOnAWithdrawnCase_isRefused409_andNothingIsRecorded() {
        long caseId = fixtures.khanCase();
        HttpResponse<String> withdrawn = api.postJson("/api/assessment-requests/" + caseId + "/withdraw", "caseworker",
                "{\"reason\":\"The family moved away\"}");
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        HttpResponse<String> exception = api.postJson("/api/assessment-requests/" + caseId + "/exceptions", "caseworker",
                "{\"limit\":\"FINAL_PLAN\",\"reason\":\"ABSENT_FROM_AREA\",\"from\":\"" + fixtures.today() + "\",\"note\":\"Abroad\"}");
        assertConflict(exception, "closed");
        assertThat(ApiClient.json(api.get("/api/assessment-requests/" + caseId, "caseworker")).get("exceptions")).isEmpty();
    }

    private static void assertConflict(HttpResponse<String> r, String says) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = ApiClient.json(r);
        assertThat(problem.get("type").asText()).isEqualTo("urn:ehc-tracker:problem:conflict");
        assertThat(problem.get("detail").asText()).contains(says);
    }

    private long casesOf(long child) {
        return jdbc.queryForObject("select count(*) from assessment_case where child_id = ?", Long.class, child);
    }
}
