package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A school's management system does through the API what the SENCO does on screen: places a
 * pupil on SEN support, records needs, runs cycles of assess, plan, do, review, adds provision
 * with its costs, agrees a specialist and records the advice, records a meeting with the
 * parents, reads the evidence pack and sends the request for an assessment; the LA's caseworker
 * then reads the request with that evidence, and the family sends their views for a review.
 */
class SchoolApiJourneyTest extends ApiTest {

    private String pupil(long childId) {
        return "/api/pupils/" + childId + "/sen-support";
    }

    private JsonNode ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.request().method() + " " + r.uri() + ": " + r.body()).isEqualTo(200);
        return ApiClient.json(r);
    }

    private JsonNode post(String path, String user, String json) {
        return ok(api.postJson(path, user, json));
    }

    private static List<String> waitingFor(JsonNode support) {
        List<String> steps = new ArrayList<>();
        support.get("waitingFor").forEach(s -> steps.add(s.asText()));
        return steps;
    }

    /** Assess, plan, deliver, review early, with this outcome; answers the record after the review. */
    private JsonNode cycle(long childId, String outcome) {
        String today = fixtures.today().toString();
        JsonNode assessed = post(pupil(childId) + "/assess", "senco", "{\"notes\":\"Reading age 2 years behind\","
                + "\"attainment\":\"Reading age 6y 2m at 8y 4m\",\"pupilViews\":\"Reading is hard\",\"parentViews\":\"Worried about reading\"}");
        assertThat(waitingFor(assessed)).containsExactly("planSupport");
        JsonNode planned = post(pupil(childId) + "/plan", "senco", "{\"outcomes\":\"Reads at 7y level by July\","
                + "\"provision\":\"Precision teaching, 3 x 20 min a week\",\"reviewDate\":\"" + fixtures.today().plusWeeks(6) + "\"}");
        assertThat(planned.get("delivering").asBoolean()).isTrue();
        JsonNode early = post(pupil(childId) + "/bring-review-forward", "senco", "");
        assertThat(waitingFor(early)).containsExactly("reviewCycle");
        JsonNode reviewed = post(pupil(childId) + "/review", "senco",
                "{\"outcome\":\"" + outcome + "\",\"notes\":\"Some progress, gap still wide (" + today + ")\"}");
        JsonNode last = reviewed.get("cycles").get(reviewed.get("cycles").size() - 1);
        assertThat(last.get("reviewOutcome").asText()).isEqualTo(outcome);
        assertThat(last.get("reviewedOn").asText()).isEqualTo(today);
        return reviewed;
    }

    @Test
    void aSchoolSystemRunsSenSupportAndSendsTheRequestWithItsEvidence() {
        long childId = fixtures.khanChild();
        String today = fixtures.today().toString();

        // placed on SEN support, with the needs in rank order
        HttpResponse<String> placed = api.postJson(pupil(childId), "senco",
                "{\"placedOn\":\"" + today + "\",\"parentsToldOn\":\"" + today + "\",\"needs\":[\"SPLD\"]}");
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        assertThat(placed.headers().firstValue("Location")).hasValue(pupil(childId));
        JsonNode record = ApiClient.json(placed);
        assertThat(record.get("onSenSupport").asBoolean()).isTrue();
        assertThat(record.get("senStatus").asText()).isEqualTo("SEN_SUPPORT");
        assertThat(record.get("placedOn").asText()).isEqualTo(today);
        assertThat(waitingFor(record)).containsExactly("assessNeeds");
        // placing twice is a conflict
        assertThat(api.postJson(pupil(childId), "senco",
                "{\"placedOn\":\"" + today + "\",\"parentsToldOn\":\"" + today + "\"}").statusCode()).isEqualTo(409);

        JsonNode needs = post(pupil(childId) + "/needs", "senco", "{\"needs\":[\"SPLD\",\"SLCN\"]}");
        assertThat(needs.get("needs").findValuesAsText("type")).containsExactly("SPLD", "SLCN");
        assertThat(needs.get("needs").get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(needs.get("needs").get(0).get("area").asText()).isEqualTo("COGNITION_AND_LEARNING");

        // provision with its cost, a meeting with the parents
        JsonNode provision = post(pupil(childId) + "/provision", "senco", "{\"intervention\":\"Precision teaching\","
                + "\"delivery\":\"INDIVIDUAL\",\"frequency\":\"3 x 20 minutes a week\",\"staff\":\"Teaching assistant\","
                + "\"startOn\":\"" + today + "\",\"yearlyCost\":1450.5}");
        assertThat(provision.get("provision").get(0).get("yearlyCost").decimalValue()).isEqualByComparingTo("1450.50");
        assertThat(provision.get("provision").get(0).get("running").asBoolean()).isTrue();
        assertThat(provision.get("yearlyCost").decimalValue()).isEqualByComparingTo("1450.50");
        assertThat(provision.get("overThreshold").asBoolean()).isFalse();
        post(pupil(childId) + "/provision", "senco", "{\"intervention\":\"Speech and language group\",\"delivery\":\"GROUP\","
                + "\"frequency\":\"Weekly\",\"staff\":\"SALT assistant\",\"startOn\":\"" + today + "\",\"endOn\":\""
                + fixtures.today().plusMonths(6) + "\",\"yearlyCost\":4800}");
        JsonNode meeting = post(pupil(childId) + "/parent-meetings", "senco",
                "{\"heldOn\":\"" + today + "\",\"notes\":\"Mother agrees the plan; reading at home nightly\"}");
        assertThat(meeting.get("parentMeetings").get(0).get("recordedBy").asText()).isEqualTo("senco");
        assertThat(meeting.get("yearlyCost").decimalValue()).isEqualByComparingTo("6250.50");
        assertThat(meeting.get("overThreshold").asBoolean()).isTrue();

        // the first cycle, with the family's views for its review; the review involves a specialist
        post(pupil(childId) + "/assess", "senco", "{\"notes\":\"Phonics gaps\",\"attainment\":\"Phase 3 phonics\","
                + "\"pupilViews\":\"Words jump about\",\"parentViews\":\"She avoids reading\"}");
        JsonNode views = post(pupil(childId) + "/family-views", "parent", "{\"views\":\"She is happier since the group started\"}");
        assertThat(views.get("cycles").get(0).get("familyViews").asText()).isEqualTo("She is happier since the group started");
        post(pupil(childId) + "/plan", "senco", "{\"outcomes\":\"Secure phase 4\",\"provision\":\"Daily phonics\","
                + "\"reviewDate\":\"" + fixtures.today().plusWeeks(6) + "\"}");
        post(pupil(childId) + "/bring-review-forward", "senco", "");
        JsonNode involve = post(pupil(childId) + "/review", "senco",
                "{\"outcome\":\"INVOLVE_SPECIALIST\",\"notes\":\"Slow progress; ask the educational psychologist\"}");
        assertThat(waitingFor(involve)).containsExactly("agreeSpecialistInvolvement");
        JsonNode agreed = post(pupil(childId) + "/specialist-agreement", "senco",
                "{\"kind\":\"EDUCATIONAL_PSYCHOLOGIST\",\"parentsAgree\":true,\"decidedOn\":\"" + today + "\"}");
        assertThat(waitingFor(agreed)).containsExactly("recordSpecialistAdvice");
        JsonNode advised = post(pupil(childId) + "/specialist-advice", "senco",
                "{\"advice\":\"Working memory weak; overlearning and visual supports\",\"reportDate\":\"" + today + "\"}");
        assertThat(advised.get("specialists").get(0).get("kind").asText()).isEqualTo("EDUCATIONAL_PSYCHOLOGIST");
        assertThat(advised.get("specialists").get(0).get("advice").asText()).startsWith("Working memory");
        assertThat(waitingFor(advised)).containsExactly("assessNeeds");

        // the evidence pack before the second cycle: one cycle short
        JsonNode before = ok(api.get(pupil(childId) + "/evidence", "senco"));
        assertThat(before.get("complete").asBoolean()).isFalse();
        assertThat(before.get("gaps").asText()).contains("two cycles");

        // a second cycle, then the evidence is complete
        cycle(childId, "ANOTHER_CYCLE");
        JsonNode evidence = ok(api.get(pupil(childId) + "/evidence", "senco"));
        assertThat(evidence.get("complete").asBoolean()).as(evidence.toString()).isTrue();
        assertThat(evidence.get("gaps").isNull()).isTrue();
        assertThat(evidence.get("items").findValuesAsText("kind"))
                .containsExactly("CYCLES", "SPECIALIST_ADVICE", "PARENT_VIEWS", "PUPIL_VIEWS", "ATTAINMENT");

        // the pupil is on the school's register, with a link to the record
        JsonNode register = ok(api.get("/api/sen-register?size=100", "senco"));
        JsonNode row = null;
        for (JsonNode r : register.get("content")) {
            if (r.get("childId").asLong() == childId) {
                row = r;
            }
        }
        assertThat(row).as(register.toString()).isNotNull();
        assertThat(row.get("primaryNeed").asText()).isEqualTo("SPLD");
        assertThat(row.get("needs").toString()).isEqualTo("[\"SPLD\",\"SLCN\"]");
        assertThat(row.get("cyclesCompleted").asInt()).isEqualTo(2);
        assertThat(row.get("href").asText()).isEqualTo(pupil(childId));
        assertThat(ids(ApiClient.json(api.get("/api/sen-register?size=100&need=SLCN", "senco")))).contains(childId);
        assertThat(ids(ApiClient.json(api.get("/api/sen-register?size=100&need=HI", "senco")))).doesNotContain(childId);

        // the request for an assessment, with the evidence
        HttpResponse<String> requested = api.postJson("/api/pupils/" + childId + "/assessment-request", "senco",
                "{\"reasons\":\"Two cycles and the EP's advice; the gap is widening\"}");
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
        JsonNode kase = ApiClient.json(requested);
        long caseId = kase.get("id").asLong();
        assertThat(requested.headers().firstValue("Location")).hasValue("/api/assessment-requests/" + caseId);
        assertThat(kase.get("requestedBy").asText()).isEqualTo("SCHOOL");
        assertThat(kase.get("status").asText()).isEqualTo("DECIDING_WHETHER_TO_ASSESS");
        assertThat(kase.get("childId").asLong()).isEqualTo(childId);

        // the LA's caseworker sees the request in their list, with the pupil's SEN support as its evidence
        JsonNode list = ok(api.get("/api/assessment-requests?size=100&status=DECIDING_WHETHER_TO_ASSESS", "caseworker"));
        assertThat(list.get("content").findValuesAsText("id")).contains(String.valueOf(caseId));
        JsonNode evidenceSent = ok(api.get("/api/assessment-requests/" + caseId + "/school-evidence", "caseworker"));
        assertThat(evidenceSent.get("caseId").asLong()).isEqualTo(caseId);
        assertThat(evidenceSent.get("reasons").asText()).startsWith("Two cycles");
        assertThat(evidenceSent.get("evidenceGaps").isNull()).isTrue();
        JsonNode sent = evidenceSent.get("senSupport");
        assertThat(sent.get("childId").asLong()).isEqualTo(childId);
        assertThat(sent.get("cycles")).hasSize(2);
        assertThat(sent.get("cycles").get(0).get("attainment").asText()).isEqualTo("Phase 3 phonics");
        assertThat(sent.get("provision")).hasSize(2);
        assertThat(sent.get("yearlyCost").decimalValue()).isEqualByComparingTo("6250.50");
        assertThat(sent.get("specialists").get(0).get("advice").asText()).startsWith("Working memory");
        assertThat(sent.get("parentMeetings")).hasSize(1);
        assertThat(sent.get("request").get("caseId").asLong()).isEqualTo(caseId);
        assertThat(sent.get("request").get("requestedOn").asText()).isEqualTo(today);
        // another LA's caseworker, and the school itself, read it elsewhere: not found here
        assertThat(api.get("/api/assessment-requests/" + caseId + "/school-evidence", "caseworker2").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/assessment-requests/" + caseId + "/school-evidence", "senco").statusCode()).isEqualTo(404);
    }

    @Test
    void aRequestWithGapsCarriesThemAndAReviewMayMakeIt() {
        long childId = fixtures.khanChild();
        String today = fixtures.today().toString();
        api.postJson(pupil(childId), "senco", "{\"placedOn\":\"" + today + "\",\"parentsToldOn\":\"" + today + "\",\"needs\":[\"SEMH\"]}");
        JsonNode reviewed = cycle(childId, "REQUEST_ASSESSMENT");
        long caseId = reviewed.get("request").get("caseId").asLong();
        JsonNode kase = ok(api.get("/api/assessment-requests/" + caseId, "caseworker"));
        assertThat(kase.get("requestedBy").asText()).isEqualTo("SCHOOL");
        JsonNode sent = ok(api.get("/api/assessment-requests/" + caseId + "/school-evidence", "caseworker"));
        assertThat(sent.get("evidenceGaps").asText()).startsWith("Missing: ").contains("Advice from a specialist");
        assertThat(sent.get("reasons").asText()).startsWith("Some progress");
        assertThat(sent.get("senSupport").get("cycles")).hasSize(1);
        // a request made by a parent carries no school evidence
        long parentCase = fixtures.khanCase();
        assertThat(api.get("/api/assessment-requests/" + parentCase + "/school-evidence", "caseworker").statusCode()).isEqualTo(404);
    }

    @Test
    void aSchoolMayAskWithoutSenSupportAndTheGapsTravelWithTheRequest() {
        long childId = fixtures.khanChild();
        JsonNode evidence = ok(api.get(pupil(childId) + "/evidence", "senco"));
        assertThat(evidence.get("complete").asBoolean()).isFalse();
        assertThat(evidence.get("items").findValuesAsText("present")).containsOnly("false");
        HttpResponse<String> requested = api.postJson("/api/pupils/" + childId + "/assessment-request", "senco",
                "{\"reasons\":\"Arrived with a diagnosis and complex needs\"}");
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
        assertThat(ApiClient.json(requested).get("requestedBy").asText()).isEqualTo("SCHOOL");
    }

    @Test
    void theLaRecordsAReferralAndTreatsItAsARequestOrDeclinesIt() {
        long childId = fixtures.khanChild();
        String lastWeek = fixtures.today().minusDays(7).toString();
        HttpResponse<String> recorded = api.postJson("/api/referrals", "caseworker", "{\"childId\":" + childId
                + ",\"notifierName\":\"Dr Shah\",\"notifierRole\":\"Community paediatrician\",\"receivedOn\":\"" + lastWeek
                + "\",\"concerns\":\"Global developmental delay\"}");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        JsonNode referral = ApiClient.json(recorded);
        long id = referral.get("id").asLong();
        assertThat(recorded.headers().firstValue("Location")).hasValue("/api/referrals/" + id);
        assertThat(referral.get("status").asText()).isEqualTo("OPEN");
        assertThat(referral.get("recordedBy").asText()).isEqualTo("caseworker");
        assertThat(ok(api.get("/api/referrals/" + id, "manager")).get("concerns").asText()).isEqualTo("Global developmental delay");
        JsonNode awaiting = ok(api.get("/api/referrals?awaitingDecision=true&size=100", "caseworker"));
        assertThat(ids(awaiting, "id")).contains(id);
        awaiting.get("content").forEach(r -> assertThat(r.get("status").asText()).isEqualTo("OPEN"));

        HttpResponse<String> treated = api.postJson("/api/referrals/" + id + "/treat-as-request", "caseworker",
                "{\"decidedOn\":\"" + fixtures.today() + "\"}");
        assertThat(treated.statusCode()).as(treated.body()).isEqualTo(201);
        JsonNode kase = ApiClient.json(treated);
        long caseId = kase.get("id").asLong();
        assertThat(treated.headers().firstValue("Location")).hasValue("/api/assessment-requests/" + caseId);
        // CFA s24: every limit runs from the day the LA was told
        assertThat(kase.get("receivedOn").asText()).isEqualTo(lastWeek);
        assertThat(kase.get("deadlines").get("decisionToAssess").asText()).isEqualTo(fixtures.today().minusDays(7).plusWeeks(6).toString());
        JsonNode decided = ok(api.get("/api/referrals/" + id, "caseworker"));
        assertThat(decided.get("status").asText()).isEqualTo("TREATED_AS_REQUEST");
        assertThat(decided.get("caseId").asLong()).isEqualTo(caseId);
        assertThat(ids(ApiClient.json(api.get("/api/referrals?awaitingDecision=true&size=100", "caseworker")), "id")).doesNotContain(id);
        assertThat(ids(ApiClient.json(api.get("/api/referrals?size=100", "caseworker")), "id")).contains(id);
        // deciding twice is a conflict
        assertThat(api.postJson("/api/referrals/" + id + "/decline", "caseworker",
                "{\"decidedOn\":\"" + fixtures.today() + "\",\"reason\":\"Again\"}").statusCode()).isEqualTo(409);

        long other = ApiClient.json(api.postJson("/api/referrals", "caseworker", "{\"childId\":" + fixtures.khanChild()
                + ",\"notifierName\":\"A neighbour\",\"notifierRole\":\"Family friend\",\"receivedOn\":\"" + fixtures.today()
                + "\",\"concerns\":\"Seems unhappy\"}")).get("id").asLong();
        JsonNode declined = ok(api.postJson("/api/referrals/" + other + "/decline", "caseworker",
                "{\"decidedOn\":\"" + fixtures.today() + "\",\"reason\":\"No sign of SEN; signposted to the school\"}"));
        assertThat(declined.get("status").asText()).isEqualTo("DECLINED");
        assertThat(declined.get("declineReason").asText()).isEqualTo("No sign of SEN; signposted to the school");
        assertThat(declined.get("caseId").isNull()).isTrue();
        assertThat(api.postJson("/api/referrals/" + other + "/treat-as-request", "caseworker",
                "{\"decidedOn\":\"" + fixtures.today() + "\"}").statusCode()).isEqualTo(409);
    }

    @Test
    void unknownFieldsAreRefusedNamingTheField() {
        long childId = fixtures.khanChild();
        HttpResponse<String> r = api.postJson(pupil(childId), "senco",
                "{\"placedOn\":\"" + fixtures.today() + "\",\"parentsToldOn\":\"" + fixtures.today() + "\",\"primaryNeed\":\"SPLD\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(ApiClient.json(r).get("errors").findValuesAsText("field")).containsExactly("primaryNeed");
        assertThat(ok(api.get(pupil(childId), "senco")).get("hasRecord").asBoolean()).isFalse();
    }

    @Test
    void pagesOfTheRegisterAndOfReferralsAddUpToTheWholeListInItsOrder() {
        fixtures.referral(fixtures.khanChild(), "caseworker");
        fixtures.referral(fixtures.khanChild(), "caseworker");
        fixtures.referral(fixtures.khanChild(), "caseworker");
        assertPagesAddUp("/api/sen-register?", "senco", "childId");
        assertPagesAddUp("/api/referrals?", "caseworker", "id");
        assertPagesAddUp("/api/referrals?awaitingDecision=true&", "caseworker", "id");
    }

    /**
     * Reading a list two rows at a time gives the whole list once, in the same order, with the same
     * totals. The whole list is read 100 rows at a time (the largest page), as the other tests of the
     * run keep adding to the demo schools' lists.
     */
    private void assertPagesAddUp(String list, String user, String idField) {
        long total = ok(api.get(list + "size=100", user)).get("totalElements").asLong();
        assertThat(total).as(list).isGreaterThanOrEqualTo(3);
        List<Long> whole = new ArrayList<>();
        for (int p = 0; p * 100L < total; p++) {
            whole.addAll(ids(ok(api.get(list + "size=100&page=" + p, user)), idField));
        }
        assertThat(whole).as(list).hasSize((int) total);
        List<Long> paged = new ArrayList<>();
        int pages = (int) ((total + 1) / 2);
        for (int p = 0; p <= pages; p++) {
            JsonNode page = ok(api.get(list + "size=2&page=" + p, user));
            assertThat(page.get("totalElements").asLong()).isEqualTo(total);
            assertThat(page.get("totalPages").asInt()).isEqualTo(pages);
            assertThat(page.get("page").asInt()).isEqualTo(p);
            paged.addAll(ids(page, idField));
        }
        assertThat(paged).isEqualTo(whole);
    }

    private static List<Long> ids(JsonNode page) {
        return ids(page, "childId");
    }

    private static List<Long> ids(JsonNode page, String field) {
        List<Long> ids = new ArrayList<>();
        page.get("content").forEach(r -> ids.add(r.get(field).asLong()));
        return ids;
    }
}
