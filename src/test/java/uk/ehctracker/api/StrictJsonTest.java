package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.testing.TestPeople;

/**
 * The API reads JSON strictly: dates only as "YYYY-MM-DD" strings, ids only as whole numbers,
 * true/false only as booleans, text only as strings, enums only by name, and only the fields the
 * body has. Anything else is 400 naming the field, and nothing is written. Camunda's own REST API
 * keeps its own, lenient reader.
 */
class StrictJsonTest extends ApiTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a date as an array           | receivedOn  | \"childId\":CHILD,\"requestedBy\":\"PARENT\",\"reasons\":\"r\",\"receivedOn\":[2026,11,20]",
        "a date as a number           | receivedOn  | \"childId\":CHILD,\"requestedBy\":\"PARENT\",\"reasons\":\"r\",\"receivedOn\":20261120",
        "a date with a sign           | receivedOn  | \"childId\":CHILD,\"requestedBy\":\"PARENT\",\"reasons\":\"r\",\"receivedOn\":\"+2026-01-05\"",
        "an id as a fraction          | childId     | \"childId\":CHILD.9,\"requestedBy\":\"PARENT\",\"reasons\":\"r\"",
        "an id as a string            | childId     | \"childId\":\"CHILD\",\"requestedBy\":\"PARENT\",\"reasons\":\"r\"",
        "an id in exponent form       | childId     | \"childId\":1e1,\"requestedBy\":\"PARENT\",\"reasons\":\"r\"",
        "text as a number             | reasons     | \"childId\":CHILD,\"requestedBy\":\"PARENT\",\"reasons\":12345",
        "text as a boolean            | reasons     | \"childId\":CHILD,\"requestedBy\":\"PARENT\",\"reasons\":true",
        "a name as a number           | requesterName | \"childId\":CHILD,\"requestedBy\":\"PARENT\",\"reasons\":\"r\",\"requesterName\":7",
        "an enum by its number        | requestedBy | \"childId\":CHILD,\"requestedBy\":0,\"reasons\":\"r\"",
        "a misspelt optional field    | recievedOn  | \"childId\":CHILD,\"requestedBy\":\"PARENT\",\"reasons\":\"r\",\"recievedOn\":\"2026-01-05\"",
    })
    void aLooseRequestIsRefusedNamingTheField(String name, String field, String fields) {
        long before = count();
        // a child of its own: were the request wrongly accepted, the next one would meet "already open"
        long child = fixtures.khanChild();
        HttpResponse<String> r = api.postJson("/api/assessment-requests", "caseworker", "{" + fields.replace("CHILD", String.valueOf(child)) + "}");
        // JSON Schema counts 1e1 as the integer 10: that one only the API's reader refuses
        assertThat(Contract.last().documentForbidsTheRequest()).as("the document forbids it").isEqualTo(!name.contains("exponent"));
        assertProblem(r, field);
        assertThat(count()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a boolean as a number  | mayHaveSen | \"decision\":\"ASSESS\",\"decidedOn\":\"TODAY\",\"reasons\":\"r\",\"mayHaveSen\":1",
        "a boolean as a string  | mayNeedPlan | \"decision\":\"ASSESS\",\"decidedOn\":\"TODAY\",\"reasons\":\"r\",\"mayNeedPlan\":\"true\"",
        "a date as an array     | decidedOn  | \"decision\":\"ASSESS\",\"decidedOn\":[2026,1,5],\"reasons\":\"r\"",
        "a date as an object    | decidedOn  | \"decision\":\"ASSESS\",\"decidedOn\":{\"year\":2026},\"reasons\":\"r\"",
    })
    void aLooseDecisionIsRefusedNamingTheField(String name, String field, String fields) {
        long caseId = fixtures.khanCase();
        HttpResponse<String> r = api.postJson("/api/assessment-requests/" + caseId + "/decision-to-assess", "caseworker",
                "{" + fields.replace("TODAY", fixtures.today().toString()) + "}");
        // the document says so too (types, formats), and the API refused it
        assertThat(Contract.last().documentForbidsTheRequest()).as("the document forbids it").isTrue();
        assertProblem(r, field);
        assertThat(ApiClient.json(api.get("/api/assessment-requests/" + caseId, "caseworker")).get("status").asText())
                .isEqualTo("DECIDING_WHETHER_TO_ASSESS");
    }

    @Test
    void aMisspeltFieldIsNamedAsNotAFieldOfTheRequest() {
        HttpResponse<String> r = api.postJson("/api/assessment-requests", "caseworker",
                "{\"childId\":" + fixtures.khanChild() + ",\"requestedBy\":\"PARENT\",\"reasons\":\"r\",\"reason\":\"typo\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(ApiClient.json(r).get("errors").get(0).get("message").asText()).isEqualTo("reason is not a field of this request");
    }

    @Test
    void aStrictRequestIsStillAccepted() {
        HttpResponse<String> r = api.postJson("/api/assessment-requests", "caseworker",
                "{\"childId\":" + fixtures.khanChild() + ",\"requestedBy\":\"PARENT\",\"reasons\":\"r\",\"receivedOn\":\""
                        + fixtures.today() + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(ApiClient.json(r).get("receivedOn").asText()).isEqualTo(fixtures.today().toString());
    }

    @Test
    void camundaRestKeepsItsOwnReader() {
        // Camunda's engine REST API reads "true" as a boolean; the API's strictness must not reach it
        HttpResponse<String> r = api.postJson("/engine-rest/process-instance/count", "admin", "{\"active\":\"true\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(ApiClient.json(r).get("count").isNumber()).isTrue();
    }

    private void assertProblem(HttpResponse<String> r, String field) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode errors = ApiClient.json(r).get("errors");
        List<String> fields = errors.findValuesAsText("field");
        assertThat(fields).as(r.body()).containsExactly(field);
        assertThat(r.body()).doesNotContain("Exception", "jackson");
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from assessment_case", Long.class);
    }
}
