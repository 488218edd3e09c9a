package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.ehctracker.testing.TribunalTime;

/**
 * A case system records, step by step through the API, what follows a refusal to assess: the
 * family's contact with the mediation adviser, the mediation, the certificate, the appeal, the
 * council's response and the Tribunal's order, which re-enters the case's assessment with the
 * order's dates; a concession about the plan waits for the amended plan. Each answer carries the
 * dates the law sets, worked out here from the law, not from the code.
 */
class DisagreementApiTest extends ApiTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void fromARefusalToTheTribunalsOrder_eachStepAnswersWithTheLawsDates() {
        long caseId = fixtures.khanCase();
        LocalDate today = fixtures.today();
        String path = "/api/assessment-requests/" + caseId + "/disagreement";
        ok(api.postJson("/api/assessment-requests/" + caseId + "/decision-to-assess", "caseworker",
                "{\"decision\":\"DO_NOT_ASSESS\",\"decidedOn\":\"" + today + "\",\"reasons\":\"Needs are met at SEN support\","
                        + "\"mayHaveSen\":true,\"mayNeedPlan\":false}"));
        HttpResponse<String> started = api.postJson(path, "parent", "{\"decision\":\"NOT_TO_ASSESS\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        assertThat(started.headers().firstValue("Location")).hasValue(path);
        // HESC Rules r20: two months from the day the refusal was sent
        assertThat(ApiClient.json(started).get("appealDeadline").asText()).isEqualTo(TribunalTime.lastDayToAppeal(today).toString());

        JsonNode contacted = ok(api.postJson(path + "/mediation-adviser-contact", "parent",
                "{\"contactedOn\":\"" + today + "\",\"wantsMediation\":true}"));
        // the LA must arrange mediation within 30 days (counted here from the family's contact)
        assertThat(contacted.get("mediationDue").asText()).isEqualTo(today.plusDays(30).toString());

        JsonNode mediated = ok(api.postJson(path + "/mediation", "caseworker", "{\"heldOn\":\"" + today + "\"}"));
        // the certificate within 3 working days of the mediation ending: at least 3 days later, at most a week
        LocalDate certificateDue = LocalDate.parse(mediated.get("certificateDue").asText());
        assertThat(certificateDue).isAfterOrEqualTo(today.plusDays(3)).isBeforeOrEqualTo(today.plusDays(9));

        JsonNode certified = ok(api.postJson(path + "/certificate", "caseworker", "{\"issuedOn\":\"" + today + "\"}"));
        // the later of two months from the notice and one month from the certificate
        assertThat(certified.get("appealDeadline").asText()).isEqualTo(TribunalTime.lastDayToAppeal(today).toString());

        ok(api.postJson(path + "/appeal", "caseworker", "{\"registeredOn\":\"" + today + "\",\"responseDueOn\":\""
                + today.plusWeeks(4) + "\",\"hearingOn\":\"" + today.plusWeeks(12) + "\"}"));
        ok(api.postJson(path + "/response", "caseworker", "{\"sentOn\":\"" + today + "\"}"));

        JsonNode ordered = ok(api.postJson(path + "/outcome", "caseworker", "{\"outcome\":\"ORDERED\",\"on\":\"" + today + "\"}"));
        assertThat(ordered.get("orderKind").asText()).isEqualTo("ASSESS");
        // reg 44: after an order to assess, the family is told within 2 weeks, the final plan within 14 weeks
        assertThat(ordered.get("orderSteps").get(0).get("due").asText()).isEqualTo(today.plusWeeks(2).toString());
        assertThat(ordered.get("orderSteps").get(2).get("due").asText()).isEqualTo(today.plusWeeks(14).toString());

        // the order re-entered the assessment: the case says so, with the order's dates in place of the request's
        JsonNode kase = ok(api.get("/api/assessment-requests/" + caseId, "parent"));
        assertThat(kase.get("status").asText()).isEqualTo("GATHERING_ADVICE");
        assertThat(kase.get("order").get("kind").asText()).isEqualTo("ASSESS");
        assertThat(kase.get("order").get("conceded").asBoolean()).isFalse();
        assertThat(kase.get("order").get("words").asText()).startsWith("Ordered by the Tribunal on ");
        assertThat(kase.get("order").get("dueDates")).extracting(d -> d.get("due").asText()).containsExactly(
                today.plusWeeks(2).toString(), today.plusWeeks(10).toString(), today.plusWeeks(14).toString());
        assertThat(kase.get("deadlines").get("decisionToIssue").asText()).isEqualTo(today.plusWeeks(10).toString());
        assertThat(kase.get("deadlines").get("finalPlan").asText()).isEqualTo(today.plusWeeks(14).toString());
        // an order to assess is carried out through the assessment's own steps, not this one
        HttpResponse<String> notHere = api.postJson(path + "/order-step", "caseworker", "{\"doneOn\":\"" + today + "\"}");
        assertThat(notHere.statusCode()).as(notHere.body()).isEqualTo(409);
    }

    @Test
    void aConcessionAboutThePlacement_waitsForTheAmendedPlan_withinTwoWeeks() {
        long caseId = new uk.ehctracker.ui.UiCases(context).planIssued().getId();
        LocalDate today = fixtures.today();
        String path = "/api/assessment-requests/" + caseId + "/disagreement";
        assertThat(api.postJson(path, "parent", "{\"decision\":\"PLACEMENT_ONLY\"}").statusCode()).isEqualTo(201);
        ok(api.postJson(path + "/appeal", "parent", "{\"registeredOn\":\"" + today + "\",\"responseDueOn\":\""
                + today.plusWeeks(6) + "\"}"));
        JsonNode conceded = ok(api.postJson(path + "/outcome", "caseworker", "{\"outcome\":\"CONCEDED\",\"on\":\"" + today + "\"}"));
        assertThat(conceded.get("waitingAt").asText()).isEqualTo("issueAmendedPlan");
        JsonNode kase = ok(api.get("/api/assessment-requests/" + caseId, "caseworker"));
        assertThat(kase.get("status").asText()).isEqualTo("AMENDING_PLAN");
        assertThat(kase.get("order").get("conceded").asBoolean()).isTrue();
        assertThat(kase.get("order").get("words").asText()).startsWith("The council conceded the appeal on ");
        // reg 45(5): an appeal only about the setting: the amended plan within 2 weeks of telling the Tribunal
        assertThat(kase.get("order").get("dueDates").get(0).get("due").asText()).isEqualTo(today.plusWeeks(2).toString());

        JsonNode done = ok(api.postJson(path + "/order-step", "caseworker", "{\"doneOn\":\"" + today + "\"}"));
        assertThat(done.get("orderFirstStepOn").asText()).isEqualTo(today.toString());
        assertThat(ok(api.get("/api/assessment-requests/" + caseId, "caseworker")).get("status").asText()).isEqualTo("PLAN_ISSUED");
    }

    private static JsonNode ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return ApiClient.json(r);
    }
}
