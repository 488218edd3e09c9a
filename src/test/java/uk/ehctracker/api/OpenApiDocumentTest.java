package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.ehctracker.testing.ApplicationTest;

/** The OpenAPI document is generated at /api/openapi.json, for signed-in people, and describes every endpoint. */
@ApplicationTest
class OpenApiDocumentTest {

    /** Path, method: every endpoint of the API. */
    static final List<String[]> ENDPOINTS = List.of(
            new String[] {"/api/me", "get"},
            new String[] {"/api/children", "get"},
            new String[] {"/api/assessment-requests", "get"},
            new String[] {"/api/assessment-requests", "post"},
            new String[] {"/api/assessment-requests/{id}", "get"},
            new String[] {"/api/assessment-requests/{id}/decision-to-assess", "post"},
            new String[] {"/api/assessment-requests/{id}/exceptions", "post"},
            new String[] {"/api/assessment-requests/{id}/withdraw", "post"},
            new String[] {"/api/assessment-requests/{id}/documents", "get"},
            new String[] {"/api/assessment-requests/{id}/documents", "post"},
            new String[] {"/api/assessment-requests/{id}/documents/{docId}", "get"},
            new String[] {"/api/assessment-requests/{id}/audit", "get"},
            new String[] {"/api/assessment-requests/{id}/disagreement", "get"},
            new String[] {"/api/assessment-requests/{id}/disagreement", "post"},
            new String[] {"/api/assessment-requests/{id}/disagreement/mediation-adviser-contact", "post"},
            new String[] {"/api/assessment-requests/{id}/disagreement/mediation", "post"},
            new String[] {"/api/assessment-requests/{id}/disagreement/certificate", "post"},
            new String[] {"/api/assessment-requests/{id}/disagreement/appeal", "post"},
            new String[] {"/api/assessment-requests/{id}/disagreement/response", "post"},
            new String[] {"/api/assessment-requests/{id}/disagreement/outcome", "post"},
            new String[] {"/api/assessment-requests/{id}/disagreement/order-step", "post"},
            new String[] {"/api/tasks", "get"},
            new String[] {"/api/tasks/{id}/complete", "post"},
            new String[] {"/api/assessment-requests/{id}/school-evidence", "get"},
            new String[] {"/api/sen-register", "get"},
            new String[] {"/api/pupils/{childId}/sen-support", "get"},
            new String[] {"/api/pupils/{childId}/sen-support", "post"},
            new String[] {"/api/pupils/{childId}/sen-support/needs", "post"},
            new String[] {"/api/pupils/{childId}/sen-support/assess", "post"},
            new String[] {"/api/pupils/{childId}/sen-support/plan", "post"},
            new String[] {"/api/pupils/{childId}/sen-support/bring-review-forward", "post"},
            new String[] {"/api/pupils/{childId}/sen-support/review", "post"},
            new String[] {"/api/pupils/{childId}/sen-support/specialist-agreement", "post"},
            new String[] {"/api/pupils/{childId}/sen-support/specialist-advice", "post"},
            new String[] {"/api/pupils/{childId}/sen-support/provision", "post"},
            new String[] {"/api/pupils/{childId}/sen-support/parent-meetings", "post"},
            new String[] {"/api/pupils/{childId}/sen-support/family-views", "post"},
            new String[] {"/api/pupils/{childId}/sen-support/evidence", "get"},
            new String[] {"/api/pupils/{childId}/assessment-request", "post"},
            new String[] {"/api/referrals", "get"},
            new String[] {"/api/referrals", "post"},
            new String[] {"/api/referrals/{id}", "get"},
            new String[] {"/api/referrals/{id}/treat-as-request", "post"},
            new String[] {"/api/referrals/{id}/decline", "post"});

    /** Path, method, status: the new endpoints' success answers as sent (201 with a Location for what they create). */
    static final List<String[]> SUCCESSES = List.of(
            new String[] {"/api/pupils/{childId}/sen-support", "post", "201"},
            new String[] {"/api/pupils/{childId}/assessment-request", "post", "201"},
            new String[] {"/api/referrals", "post", "201"},
            new String[] {"/api/referrals/{id}/treat-as-request", "post", "201"},
            new String[] {"/api/referrals/{id}/decline", "post", "200"},
            new String[] {"/api/pupils/{childId}/sen-support/review", "post", "200"},
            new String[] {"/api/sen-register", "get", "200"});

    @LocalServerPort
    int port;

    @Test
    void theDocumentListsEveryEndpointWithASummary() {
        HttpResponse<String> r = new ApiClient(port).get("/api/openapi.json", "parent");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode doc = ApiClient.json(r);
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        JsonNode paths = doc.get("paths");
        for (String[] endpoint : ENDPOINTS) {
            JsonNode operation = paths.path(endpoint[0]).path(endpoint[1]);
            assertThat(operation.isMissingNode()).as(endpoint[1] + " " + endpoint[0] + " in " + paths.fieldNames()).isFalse();
            if (!endpoint[0].equals("/api/me")) {
                assertThat(operation.path("summary").asText()).as("summary of " + endpoint[1] + " " + endpoint[0]).isNotBlank();
            }
        }
        for (String[] success : SUCCESSES) {
            JsonNode responses = paths.path(success[0]).path(success[1]).path("responses");
            assertThat(responses.has(success[2])).as(success[1] + " " + success[0] + " answers " + success[2] + ": " + responses).isTrue();
            if (success[2].equals("201")) {
                assertThat(responses.has("200")).as(success[1] + " " + success[0] + " does not answer 200").isFalse();
                assertThat(responses.path("201").path("headers").has("Location")).as("Location of " + success[0]).isTrue();
            }
        }
        assertThat(doc.at("/components/schemas/ProvisionBody/properties/startOn/format").asText()).isEqualTo("date");
        assertThat(doc.at("/components/schemas/ReviewBody/properties/outcome/enum").toString()).contains("REQUEST_ASSESSMENT");
        // only the application's API is described, not Camunda's or the actuator
        paths.fieldNames().forEachRemaining(p -> assertThat(p).startsWith("/api/"));
        assertThat(doc.at("/components/securitySchemes/basicAuth/type").asText()).isEqualTo("http");
        assertThat(doc.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
        assertThat(doc.at("/security/0/basicAuth").isArray()).isTrue();
        // dates are documented as dates
        assertThat(doc.at("/components/schemas/NewRequestBody/properties/receivedOn/format").asText()).isEqualTo("date");
        // an optional field may be null: its values are the first choice of anyOf, null the second
        assertThat(doc.at("/components/schemas/NewRequestBody/properties/requestedBy/anyOf/0/enum").toString())
                .contains("PARENT", "YOUNG_PERSON", "SCHOOL", "OTHER");
    }

    @Test
    void theDocumentAndItsPageNeedASignedInPerson() {
        ApiClient api = new ApiClient(port);
        assertThat(api.get("/api/openapi.json", ApiClient.ANONYMOUS).statusCode()).isEqualTo(401);
        assertThat(api.get("/api/docs", ApiClient.ANONYMOUS).statusCode()).isEqualTo(401);
    }

    /**
     * What a client generator needs beyond a valid document (docs/api.md, "Generated clients"): an operation id of its own
     * for each operation, the method's name in a generated client (not springdoc's list_1 for a second "list"), and a
     * schema for every response header.
     */
    @Test
    void everyOperationHasANamedIdAndEveryHeaderASchema() {
        JsonNode doc = ApiClient.json(new ApiClient(port).get("/api/openapi.json", "caseworker"));
        Set<String> ids = new HashSet<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey() + " " + path.getKey();
            String id = op.getValue().path("operationId").asText();
            assertThat(id).as("operationId of " + where).matches("[a-z][A-Za-z]*");
            assertThat(ids.add(id)).as("operationId " + id + " of " + where + " is used twice").isTrue();
            op.getValue().path("responses").fields().forEachRemaining(response -> response.getValue().path("headers").fields()
                    .forEachRemaining(header -> assertThat(header.getValue().has("schema"))
                            .as(header.getKey() + " of " + response.getKey() + " of " + where + " has a schema").isTrue()));
        }));
        assertThat(doc.at("/paths/~1api~1referrals/post/responses/201/headers/Location/required").asBoolean()).isTrue();
    }

    @Test
    void theSwaggerUiIsReachable() {
        ApiClient api = new ApiClient(port);
        HttpResponse<String> docs = api.get("/api/docs", "caseworker");
        assertThat(docs.statusCode()).isEqualTo(302);
        String location = docs.headers().firstValue("Location").orElseThrow();
        String path = location.replaceFirst("^https?://[^/]+", "");
        assertThat(path).startsWith("/api/");
        HttpResponse<String> page = api.get(path, "caseworker");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        HttpResponse<String> config = api.get("/api/openapi.json/swagger-config", "caseworker");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("/api/openapi.json");
    }
}
