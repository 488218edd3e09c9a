package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import uk.ehctracker.directory.Child;

/** Who is sent a young person's notices, through the API: only once they are a young person, and only as they decide. */
class YoungPersonsWishesApiTest extends ApiTest {

    private String path(long caseId) {
        return "/api/assessment-requests/" + caseId + "/young-persons-wishes";
    }

    private static String field(HttpResponse<String> r) {
        return ApiClient.json(r).get("errors").get(0).get("field").asText();
    }

    @Test
    void theYoungPersonDecides_andTheParentCannot() {
        Child child = people.newChildOfParent(fixtures.today().minusYears(17));
        long caseId = fixtures.newCase(child.getId(), "caseworker");
        String youngPerson = people.accountOfYoungPerson(child);

        JsonNode before = ApiClient.json(api.get(path(caseId), "parent"));
        assertThat(before.get("youngPerson").asBoolean()).isTrue();
        assertThat(before.get("parentCopies").asBoolean()).isFalse();

        HttpResponse<String> byParent = api.postJson(path(caseId), "parent", "{\"parentCopies\":true}");
        assertThat(byParent.statusCode()).as(byParent.body()).isEqualTo(400);
        assertThat(field(byParent)).isEqualTo("parentCopies");
        assertThat(ApiClient.json(api.get(path(caseId), "parent")).get("parentCopies").asBoolean()).as("nothing written").isFalse();

        HttpResponse<String> byThemselves = api.postJson(path(caseId), youngPerson,
                "{\"email\":\"me@young.example\",\"parentCopies\":true}");
        assertThat(byThemselves.statusCode()).as(byThemselves.body()).isEqualTo(200);
        assertThat(ApiClient.json(byThemselves).get("email").asText()).isEqualTo("me@young.example");
        assertThat(ApiClient.json(byThemselves).get("parentCopies").asBoolean()).isTrue();

        // the young person's and a representative's e-mails are for the family and the LA, not the school
        assertThat(api.get(path(caseId), "senco").statusCode()).isEqualTo(404);

        // a representative LA staff recorded stands when the young person says nothing of one
        HttpResponse<String> deputy = api.postJson(path(caseId), "caseworker",
                "{\"email\":\"me@young.example\",\"parentCopies\":true,\"representativeName\":\"Farah Khan (deputy)\"}");
        assertThat(deputy.statusCode()).as(deputy.body()).isEqualTo(200);
        HttpResponse<String> again = api.postJson(path(caseId), youngPerson, "{\"email\":\"new@young.example\",\"parentCopies\":false}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(ApiClient.json(again).get("representativeName").asText()).isEqualTo("Farah Khan (deputy)");

        // the representative is for LA staff to record, on the evidence of a deputyship or power of attorney
        HttpResponse<String> representative = api.postJson(path(caseId), youngPerson,
                "{\"parentCopies\":true,\"representativeName\":\"A Friend\"}");
        assertThat(representative.statusCode()).as(representative.body()).isEqualTo(400);
        assertThat(field(representative)).isEqualTo("representativeName");
    }

    @Test
    void aChildUnderCompulsorySchoolAge_isRefusedNamingTheField() {
        long caseId = fixtures.khanCase();
        HttpResponse<String> r = api.postJson(path(caseId), "caseworker", "{\"parentCopies\":true}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(field(r)).isEqualTo("parentCopies");
        assertThat(r.body()).contains("under compulsory school age until");
    }

    @Test
    void badInputNamesItsField() {
        Child child = people.newChildOfParent(fixtures.today().minusYears(18));
        long caseId = fixtures.newCase(child.getId(), "caseworker");
        for (String[] bad : new String[][] {
                {"{}", "parentCopies"},
                {"{\"parentCopies\":\"yes\"}", "parentCopies"},
                {"{\"parentCopies\":true,\"email\":\"nope\"}", "email"},
                {"{\"parentCopies\":true,\"email\":42}", "email"},
                {"{\"parentCopies\":false,\"representativeEmail\":\"a@b.example\"}", "representativeName"}}) {
            HttpResponse<String> r = api.postJson(path(caseId), "caseworker", bad[0]);
            assertThat(r.statusCode()).as(bad[0] + " " + r.body()).isEqualTo(400);
            assertThat(field(r)).as(bad[0]).isEqualTo(bad[1]);
        }
        // another LA's caseworker is told the case was not found
        assertThat(api.postJson(path(caseId), "caseworker2", "{\"parentCopies\":true}").statusCode()).isEqualTo(404);
    }
}
