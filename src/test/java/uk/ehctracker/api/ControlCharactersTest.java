package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Text pasted from elsewhere can carry control characters: a NUL (which PostgreSQL refuses to
 * store), Word's vertical tab, a bell. They are dropped where every free-text field is cleaned,
 * so the request is kept as written and its letters render; tabs and line breaks stay.
 */
class ControlCharactersTest extends ApiTest {

    @Test
    void controlCharactersInAFamilysWordsAreDropped_andTheRequestIsKept() {
        long childId = fixtures.khanChild();
        HttpResponse<String> created = api.postJson("/api/assessment-requests", "caseworker", "{\"childId\":" + childId
                + ",\"requestedBy\":\"PARENT\",\"requesterName\":\"Mrs\\u0007 Khan\","
                + "\"reasons\":\"Reads well below\\u0000 age\\u000b despite support.\\nAnxious\\tat school.\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long caseId = ApiClient.json(created).get("id").asLong();

        assertThat(jdbc.queryForObject("select reasons from assessment_case where id = ?", String.class, caseId))
                .isEqualTo("Reads well below age despite support.\nAnxious\tat school.");
        assertThat(jdbc.queryForObject("select requester_name from assessment_case where id = ?", String.class, caseId))
                .isEqualTo("Mrs Khan");
    }
}
