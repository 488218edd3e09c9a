package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import uk.ehctracker.common.Checks;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.testing.TestPeople;

/** Each mistake is reported once, under the field that is wrong, with the one limit that applies. */
class ErrorFieldsTest extends ApiTest {

    @Test
    void anExceptionEndingBeforeItStartsIsReportedUnderTo() {
        long caseId = fixtures.khanCase();
        HttpResponse<String> r = api.postJson("/api/assessment-requests/" + caseId + "/exceptions", "caseworker",
                "{\"limit\":\"FINAL_PLAN\",\"reason\":\"ABSENT_FROM_AREA\",\"from\":\"" + fixtures.today() + "\",\"to\":\""
                        + fixtures.today().minusDays(3) + "\",\"note\":\"Away\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode errors = ApiClient.json(r).get("errors");
        assertThat(errors.findValuesAsText("field")).as(r.body()).containsExactly("to");
        assertThat(ApiClient.json(api.get("/api/assessment-requests/" + caseId, "caseworker")).get("exceptions")).isEmpty();
    }

    @Test
    void aTooLongFieldNamesOneLimit() {
        long caseId = fixtures.khanCase();
        String over = "x".repeat(Checks.LONG_TEXT + 1);
        HttpResponse<String> withdraw = api.postJson("/api/assessment-requests/" + caseId + "/withdraw", "caseworker",
                "{\"reason\":\"" + over + "\"}");
        assertOneLimit(withdraw, "reason", "2000");
        HttpResponse<String> exception = api.postJson("/api/assessment-requests/" + caseId + "/exceptions", "caseworker",
                "{\"limit\":\"FINAL_PLAN\",\"reason\":\"ABSENT_FROM_AREA\",\"from\":\"" + fixtures.today() + "\",\"note\":\"" + over + "\"}");
        assertOneLimit(exception, "note", "2000");
        HttpResponse<String> request = api.postJson("/api/assessment-requests", "caseworker",
                "{\"childId\":" + fixtures.khanChild() + ",\"requestedBy\":\"PARENT\",\"reasons\":\"" + over
                        + "\",\"evidenceGaps\":\"" + "g".repeat(2001) + "\"}");
        assertThat(request.statusCode()).isEqualTo(400);
        JsonNode errors = ApiClient.json(request).get("errors");
        // every field wrong is named once, each with its own limit
        assertThat(errors.findValuesAsText("field")).as(request.body()).containsExactlyInAnyOrder("reasons", "evidenceGaps");
        for (JsonNode e : errors) {
            String limit = e.get("field").asText().equals("reasons") ? "20000" : "2000";
            assertThat(e.get("message").asText()).as(request.body()).contains(" " + limit + " characters");
        }
    }

    @Test
    void checksKeepTheTighterLimitForAField() {
        try {
            new Checks().text("reason", "x".repeat(30_000), "Reason").maxLength("reason", "x".repeat(30_000), 2000, "Reason").throwIfAny();
        } catch (uk.ehctracker.common.BadInputException e) {
            assertThat(e.problems()).hasSize(1);
            assertThat(e.problems().get(0).message()).isEqualTo("Reason must be at most 2000 characters");
            return;
        }
        throw new AssertionError("not refused");
    }

    private static void assertOneLimit(HttpResponse<String> r, String field, String limit) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode errors = ApiClient.json(r).get("errors");
        assertThat(errors.findValuesAsText("field")).as(r.body()).containsExactly(field);
        assertThat(errors.get(0).get("message").asText()).contains(limit + " characters").doesNotContain("20000 characters");
    }
}
