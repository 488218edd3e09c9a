package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Text pasted from elsewhere can carry control characters: a NUL (which PostgreSQL refuses to
 * store), a bell, Word's manual line break (a vertical tab). Where every free-text field is
 * cleaned the first two are dropped and the line break becomes one, so the request is kept as
 * written and its letters render; tabs stay.
 */
class ControlCharactersTest extends ApiTest {

    @Test
    void controlCharactersInAFamilysWordsAreDropped_andTheRequestIsKept() {
        long childId = fixtures.khanChild();
        HttpResponse<String> created = api.postJson("/api/assessment-requests", "caseworker", "{\"childId\":" + childId
                + ",\"requestedBy\":\"PARENT\",\"requesterName\":\"Mrs\\u0007 Khan\","
                + "\"reasons\":\"Reads well below\\u0000 age despite support.\\u000bAnxious\\tat school.\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long caseId = ApiClient.json(created).get("id").asLong();

        assertThat(jdbc.queryForObject("select reasons from assessment_case where id = ?", String.class, caseId))
                .isEqualTo("Reads well below age despite support.\nAnxious\tat school.");
        assertThat(jdbc.queryForObject("select requester_name from assessment_case where id = ?", String.class, caseId))
                .isEqualTo("Mrs Khan");
    }
}
