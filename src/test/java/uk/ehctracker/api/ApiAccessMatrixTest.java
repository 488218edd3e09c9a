package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.documents.SampleFiles;
import uk.ehctracker.testing.TestPeople;
import uk.ehctracker.testing.TribunalTime;

/**
 * Every endpoint x every role x own / other LA, school and family, over real HTTP: the exact
 * status, and lists that leave out what is not the person's. The Khan case (LA1, Riverside) is
 * "own" for caseworker, manager, senco and parent; the LA2 case is caseworker2's alone.
 */
class ApiAccessMatrixTest extends ApiTest {

    /** Who sees the Khan case: LA1 staff, Riverside's SENCO, the Khan family. */
    static final Set<String> SEE_KHAN_CASE = Set.of("caseworker", "manager", "senco", "parent");
    static final Set<String> LA1_STAFF = Set.of("caseworker", "manager");

    long khanCase;
    long la2Case;
    long khanDocument;
    /** A Riverside pupil of the Khan family on SEN support, in a cycle; a case Riverside's SENCO asked for; a Khan referral. */
    long supportPupil;
    long schoolCase;
    long khanReferral;
    long la2Referral;

    @BeforeAll
    void cases() {
        khanCase = fixtures.khanCase();
        la2Case = fixtures.la2Case();
        supportPupil = fixtures.pupilInACycle();
        schoolCase = fixtures.schoolCase();
        khanReferral = fixtures.referral(fixtures.khanChild(), "caseworker");
        la2Referral = fixtures.referral(fixtures.la2Child(), "caseworker2");
        HttpResponse<String> uploaded = api.upload("/api/assessment-requests/" + khanCase + "/documents", "caseworker",
                "report.pdf", "application/pdf", SampleFiles.pdf(), "EP report");
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        khanDocument = ApiClient.json(uploaded).get("id").asLong();
    }

    private static int expected(String user, Set<String> allowed, int ok) {
        if (user.equals("anonymous")) {
            return 401;
        }
        return allowed.contains(user) ? ok : 404;
    }

    private static void assertStatus(HttpResponse<String> r, String user, int status) {
        assertThat(r.statusCode()).as(user + " " + r.request().method() + " " + r.uri() + ": " + r.body()).isEqualTo(status);
    }

    private static Set<Long> ids(JsonNode array, String field) {
        Set<Long> ids = new HashSet<>();
        array.forEach(n -> ids.add(n.get(field).asLong()));
        return ids;
    }

    // ---- GET /api/children ----

    @ParameterizedTest(name = "GET /api/children as {0}")
    @CsvSource({"anonymous", "caseworker", "manager", "caseworker2", "senco", "senco2", "parent", "parent2", "professional", "admin"})
    void childrenAreThoseThePersonMaySee(String user) {
        HttpResponse<String> r = api.get("/api/children", user);
        if (user.equals("anonymous")) {
            assertThat(r.statusCode()).isEqualTo(401);
            return;
        }
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode children = ApiClient.json(r);
        List<String> names = new ArrayList<>();
        children.forEach(c -> names.add(c.get("name").asText()));
        List<String> schools = new ArrayList<>();
        children.forEach(c -> schools.add(c.get("schoolName").isNull() ? "" : c.get("schoolName").asText()));
        switch (user) {
            case "caseworker", "manager" -> assertThat(names).contains("Amira Khan", "Leo Taylor", "Ethan Hughes")
                    .doesNotContain("Jack Wilson", "Ava Davies");
            case "caseworker2" -> assertThat(names).contains("Jack Wilson", "Ava Davies")
                    .doesNotContain("Amira Khan", "Leo Taylor");
            case "senco" -> {
                assertThat(names).contains("Amira Khan", "Leo Taylor").doesNotContain("Yusuf Khan", "Ella Taylor", "Jack Wilson");
                assertThat(schools).containsOnly("Riverside Primary School");
            }
            case "senco2" -> {
                assertThat(names).contains("Yusuf Khan", "Ella Taylor").doesNotContain("Amira Khan", "Leo Taylor");
                assertThat(schools).containsOnly("Hillcrest Academy");
            }
            case "parent" -> assertThat(names).contains("Amira Khan", "Yusuf Khan").allMatch(n -> n.endsWith(" Khan"));
            case "parent2" -> assertThat(names).containsExactlyInAnyOrder("Leo Taylor", "Ella Taylor");
            default -> assertThat(children).isEmpty();
        }
        children.forEach(c -> assertThat(c.has("id") && c.has("dateOfBirth") && c.has("senStatus")).isTrue());
    }

    // ---- POST /api/assessment-requests ----

    @ParameterizedTest(name = "POST /api/assessment-requests for a Khan child as {0} -> {1}")
    @CsvSource({"anonymous, 401", "caseworker, 201", "manager, 201", "caseworker2, 404", "senco, 201", "senco2, 404",
        "parent, 201", "parent2, 404", "professional, 404", "admin, 404"})
    void requestingForAKhanChild(String user, int status) {
        long child = fixtures.khanChild();
        HttpResponse<String> r = api.postJson("/api/assessment-requests", user,
                "{\"childId\":" + child + ",\"requestedBy\":\"OTHER\",\"reasons\":\"Needs more help than the school can give\"}");
        assertStatus(r, user, status);
        if (status == 201) {
            JsonNode created = ApiClient.json(r);
            assertThat(r.headers().firstValue("Location")).hasValue("/api/assessment-requests/" + created.get("id").asLong());
            assertThat(created.get("childId").asLong()).isEqualTo(child);
            assertThat(created.get("status").asText()).isEqualTo("DECIDING_WHETHER_TO_ASSESS");
            assertThat(created.get("receivedOn").asText()).isEqualTo(fixtures.today().toString());
            // the server decides who asked when a parent or a school asks
            String requestedBy = created.get("requestedBy").asText();
            assertThat(requestedBy).isEqualTo(Map.of("senco", "SCHOOL", "parent", "PARENT").getOrDefault(user, "OTHER"));
        } else if (status == 404) {
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(ApiClient.json(r).get("detail").asText()).isEqualTo("Child not found");
        }
    }

    @ParameterizedTest(name = "POST /api/assessment-requests for an LA2 child as {0} -> {1}")
    @CsvSource({"caseworker, 404", "manager, 404", "senco, 404", "parent, 404", "caseworker2, 201"})
    void requestingForAnLa2Child(String user, int status) {
        long child = fixtures.la2Child();
        HttpResponse<String> r = api.postJson("/api/assessment-requests", user,
                "{\"childId\":" + child + ",\"requestedBy\":\"PARENT\",\"reasons\":\"Needs more help\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    }

    @Test
    void laStaffMayBackDateARequestAndFamiliesMayNot() {
        String lastWeek = fixtures.today().minusDays(7).toString();
        HttpResponse<String> byStaff = api.postJson("/api/assessment-requests", "caseworker",
                "{\"childId\":" + fixtures.khanChild() + ",\"requestedBy\":\"PARENT\",\"receivedOn\":\"" + lastWeek + "\",\"reasons\":\"By post\"}");
        assertThat(ApiClient.json(byStaff).get("receivedOn").asText()).isEqualTo(lastWeek);
        HttpResponse<String> byParent = api.postJson("/api/assessment-requests", "parent",
                "{\"childId\":" + fixtures.khanChild() + ",\"receivedOn\":\"" + lastWeek + "\",\"reasons\":\"Please assess\"}");
        assertThat(ApiClient.json(byParent).get("receivedOn").asText()).isEqualTo(fixtures.today().toString());
    }

    // ---- GET /api/assessment-requests ----

    @ParameterizedTest(name = "GET /api/assessment-requests as {0}")
    @CsvSource({"anonymous", "caseworker", "manager", "caseworker2", "senco", "senco2", "parent", "parent2", "professional", "admin"})
    void listsHoldOnlyThePersonsCases(String user) {
        HttpResponse<String> r = api.get("/api/assessment-requests?size=100", user);
        if (user.equals("anonymous")) {
            assertThat(r.statusCode()).isEqualTo(401);
            return;
        }
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode page = ApiClient.json(r);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(100);
        assertThat(page.has("totalElements") && page.has("totalPages")).isTrue();
        Set<Long> caseIds = ids(page.get("content"), "id");
        assertThat(caseIds.contains(khanCase)).as("Khan case in " + user + "'s list").isEqualTo(SEE_KHAN_CASE.contains(user));
        assertThat(caseIds.contains(la2Case)).as("LA2 case in " + user + "'s list").isEqualTo(user.equals("caseworker2"));
        if (Set.of("caseworker2", "parent", "parent2", "caseworker", "manager").contains(user)) {
            // LA staff and parents: every case listed is of a child they may see
            Set<Long> children = ids(ApiClient.json(api.get("/api/children", user)), "id");
            assertThat(ids(page.get("content"), "childId")).isSubsetOf(children);
        }
        if (user.equals("admin")) {
            assertThat(page.get("totalElements").asLong()).isZero();
        }
    }

    @Test
    void theListIsNewestFirstAndFilters() {
        JsonNode page = ApiClient.json(api.get("/api/assessment-requests?size=100&status=DECIDING_WHETHER_TO_ASSESS", "caseworker"));
        List<String> received = new ArrayList<>();
        page.get("content").forEach(c -> {
            assertThat(c.get("status").asText()).isEqualTo("DECIDING_WHETHER_TO_ASSESS");
            received.add(c.get("receivedOn").asText());
        });
        assertThat(received).isSortedAccordingTo((a, b) -> b.compareTo(a));

        // the Khan case's first step is due in 6 weeks: not before tomorrow, but before 7 weeks from now
        String tomorrow = fixtures.today().plusDays(1).toString();
        String sevenWeeks = fixtures.today().plusWeeks(7).toString();
        assertThat(ids(ApiClient.json(api.get("/api/assessment-requests?size=100&dueBefore=" + tomorrow, "caseworker")).get("content"), "id"))
                .doesNotContain(khanCase);
        assertThat(ids(ApiClient.json(api.get("/api/assessment-requests?size=100&dueBefore=" + sevenWeeks, "caseworker")).get("content"), "id"))
                .contains(khanCase);
        assertThat(ids(ApiClient.json(api.get("/api/assessment-requests?size=100&overdue=true", "caseworker")).get("content"), "id"))
                .doesNotContain(khanCase);
        assertThat(ids(ApiClient.json(api.get("/api/assessment-requests?size=100&overdue=false", "caseworker")).get("content"), "id"))
                .contains(khanCase);

        JsonNode small = ApiClient.json(api.get("/api/assessment-requests?size=1&page=0", "caseworker"));
        assertThat(small.get("content")).hasSize(1);
        assertThat(small.get("totalPages").asLong()).isEqualTo(small.get("totalElements").asLong());
    }

    // ---- GET /api/assessment-requests/{id} ----

    @ParameterizedTest(name = "GET /api/assessment-requests/:id as {0}")
    @CsvSource({"anonymous", "caseworker", "manager", "caseworker2", "senco", "senco2", "parent", "parent2", "professional", "admin"})
    void oneCaseIsForThoseWhoMaySeeIt(String user) {
        HttpResponse<String> khan = api.get("/api/assessment-requests/" + khanCase, user);
        assertThat(khan.statusCode()).as(khan.body()).isEqualTo(expected(user, SEE_KHAN_CASE, 200));
        HttpResponse<String> la2 = api.get("/api/assessment-requests/" + la2Case, user);
        assertThat(la2.statusCode()).isEqualTo(expected(user, Set.of("caseworker2"), 200));
        if (khan.statusCode() == 200) {
            JsonNode c = ApiClient.json(khan);
            assertThat(c.get("reference").asText()).isEqualTo(String.format("EHC-%06d", khanCase));
            assertThat(c.get("childName").asText()).endsWith(" Khan");
            assertThat(c.get("deadlines").get("decisionToAssess").asText())
                    .isEqualTo(fixtures.today().plusDays(42).toString());
            assertThat(c.get("milestones").get(0).get("limit").asText()).isEqualTo("DECISION_TO_ASSESS");
            assertThat(c.get("milestones").get(0).get("overdue").asBoolean()).isFalse();
            assertThat(c.get("appealDeadline").isNull()).isTrue();
        }
        if (khan.statusCode() == 404) {
            assertThat(ApiClient.json(khan).get("detail").asText()).isEqualTo("Case not found");
        }
    }

    // ---- POST /api/assessment-requests/{id}/decision-to-assess ----

    @ParameterizedTest(name = "POST decision-to-assess as {0} -> {1}")
    @CsvSource({"anonymous, 401", "caseworker, 200", "manager, 200", "caseworker2, 404", "senco, 404", "senco2, 404",
        "parent, 404", "parent2, 404", "professional, 404", "admin, 404"})
    void onlyTheLasStaffDecide(String user, int status) {
        long caseId = fixtures.khanCase();
        HttpResponse<String> r = api.postJson("/api/assessment-requests/" + caseId + "/decision-to-assess", user,
                "{\"decision\":\"ASSESS\",\"decidedOn\":\"" + fixtures.today() + "\",\"reasons\":\"The s36(8) test is met\","
                        + "\"evidenceWeighed\":[\"ATTAINMENT_AND_PROGRESS\",\"NATURE_OF_SEN\"]}");
        assertStatus(r, user, status);
        if (status == 200) {
            JsonNode c = ApiClient.json(r);
            assertThat(c.get("status").asText()).isEqualTo("GATHERING_ADVICE");
            assertThat(c.get("appealDeadline").isNull()).isTrue();
            // the psychologist is asked for advice, and so now sees the case
            assertThat(api.get("/api/assessment-requests/" + caseId, "professional").statusCode()).isEqualTo(200);
            // deciding twice is a conflict
            assertThat(api.postJson("/api/assessment-requests/" + caseId + "/decision-to-assess", user,
                    "{\"decision\":\"ASSESS\",\"decidedOn\":\"" + fixtures.today() + "\",\"reasons\":\"Again\"}").statusCode()).isEqualTo(409);
        } else {
            assertThat(ApiClient.json(api.get("/api/assessment-requests/" + caseId, "caseworker")).get("status").asText())
                    .isEqualTo("DECIDING_WHETHER_TO_ASSESS");
        }
    }

    @Test
    void aDecisionNotToAssessGivesTheAppealDeadline() {
        long caseId = fixtures.khanCase();
        HttpResponse<String> r = api.postJson("/api/assessment-requests/" + caseId + "/decision-to-assess", "caseworker",
                "{\"decision\":\"DO_NOT_ASSESS\",\"decidedOn\":\"" + fixtures.today() + "\",\"reasons\":\"Needs are met at SEN support\","
                        + "\"mayHaveSen\":true,\"mayNeedPlan\":false}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode c = ApiClient.json(r);
        assertThat(c.get("status").asText()).isEqualTo("NOT_ASSESSED");
        assertThat(c.get("appealDeadline").asText()).isEqualTo(TribunalTime.lastDayToAppeal(fixtures.today()).toString());
        assertThat(c.get("milestones").get(0).get("doneOn").asText()).isEqualTo(fixtures.today().toString());
    }

    // ---- /api/assessment-requests/{id}/disagreement (CFA s51(2)) ----

    @ParameterizedTest(name = "POST disagreement as {0} -> {1}")
    @CsvSource({"anonymous, 401", "caseworker, 201", "manager, 201", "caseworker2, 404", "senco, 404", "senco2, 404",
        "parent, 201", "parent2, 404", "professional, 404", "admin, 404"})
    void theFamilyOrTheLaRecordADisagreement(String user, int status) {
        long caseId = fixtures.khanCase();
        assertThat(api.postJson("/api/assessment-requests/" + caseId + "/decision-to-assess", "caseworker",
                "{\"decision\":\"DO_NOT_ASSESS\",\"decidedOn\":\"" + fixtures.today() + "\",\"reasons\":\"Needs are met at SEN support\","
                        + "\"mayHaveSen\":true,\"mayNeedPlan\":false}").statusCode()).isEqualTo(200);
        HttpResponse<String> r = api.postJson("/api/assessment-requests/" + caseId + "/disagreement", user, "{\"decision\":\"NOT_TO_ASSESS\"}");
        assertStatus(r, user, status);
        if (status == 201) {
            JsonNode d = ApiClient.json(api.get("/api/assessment-requests/" + caseId + "/disagreement", user));
            assertThat(d.get("decisionDisagreed").asText()).isEqualTo("NOT_TO_ASSESS");
            // HESC Rules r20: 2 months from the day the refusal was sent
            assertThat(d.get("appealDeadline").asText()).isEqualTo(TribunalTime.lastDayToAppeal(fixtures.today()).toString());
            assertThat(d.get("waitingAt").asText()).isEqualTo("contactMediationAdviser");
            // the school sees the case, not the family's disagreement commands
            assertThat(api.postJson("/api/assessment-requests/" + caseId + "/disagreement/mediation-adviser-contact", "senco",
                    "{\"contactedOn\":\"" + fixtures.today() + "\",\"wantsMediation\":false}").statusCode()).isEqualTo(404);
        }
    }

    // ---- POST /api/assessment-requests/{id}/exceptions ----

    @ParameterizedTest(name = "POST exceptions as {0} -> {1}")
    @CsvSource({"anonymous, 401", "caseworker, 201", "manager, 201", "caseworker2, 404", "senco, 404", "senco2, 404",
        "parent, 404", "parent2, 404", "professional, 404", "admin, 404"})
    void onlyTheLasStaffRecordExceptions(String user, int status) {
        HttpResponse<String> r = api.postJson("/api/assessment-requests/" + khanCase + "/exceptions", user,
                "{\"limit\":\"FINAL_PLAN\",\"reason\":\"EXCEPTIONAL_PERSONAL_CIRCUMSTANCES\",\"from\":\"" + fixtures.today()
                        + "\",\"note\":\"Family bereavement; mother asked for time\"}");
        assertStatus(r, user, status);
        if (status == 201) {
            JsonNode e = ApiClient.json(r);
            assertThat(e.get("limit").asText()).isEqualTo("FINAL_PLAN");
            assertThat(e.get("from").asText()).isEqualTo(fixtures.today().toString());
            JsonNode c = ApiClient.json(api.get("/api/assessment-requests/" + khanCase, "caseworker"));
            assertThat(c.get("exceptions").findValuesAsText("reason")).contains("EXCEPTIONAL_PERSONAL_CIRCUMSTANCES");
        }
    }

    // ---- POST /api/assessment-requests/{id}/withdraw ----

    @ParameterizedTest(name = "POST withdraw as {0} -> {1}")
    @CsvSource({"anonymous, 401", "caseworker, 200", "manager, 200", "caseworker2, 404", "senco, 404", "senco2, 404",
        "parent, 200", "parent2, 404", "professional, 404", "admin, 404"})
    void theFamilyOrTheLaWithdraw(String user, int status) {
        long caseId = fixtures.khanCase();
        HttpResponse<String> r = api.postJson("/api/assessment-requests/" + caseId + "/withdraw", user,
                "{\"reason\":\"The family moved away\"}");
        assertStatus(r, user, status);
        String stage = ApiClient.json(api.get("/api/assessment-requests/" + caseId, "caseworker")).get("status").asText();
        assertThat(stage).isEqualTo(status == 200 ? "WITHDRAWN" : "DECIDING_WHETHER_TO_ASSESS");
        if (status == 200) {
            assertThat(api.postJson("/api/assessment-requests/" + caseId + "/withdraw", user, "{\"reason\":\"Again\"}").statusCode())
                    .isEqualTo(409);
        }
    }

    // ---- GET /api/tasks and POST /api/tasks/{id}/complete ----

    @ParameterizedTest(name = "GET /api/tasks as {0}")
    @CsvSource({"anonymous", "caseworker", "manager", "caseworker2", "senco", "senco2", "parent", "parent2", "professional", "admin"})
    void workListsHoldOnlyThePersonsTasks(String user) {
        HttpResponse<String> r = api.get("/api/tasks", user);
        if (user.equals("anonymous")) {
            assertThat(r.statusCode()).isEqualTo(401);
            return;
        }
        assertThat(r.statusCode()).isEqualTo(200);
        Set<Long> cases = ids(ApiClient.json(r), "caseId");
        assertThat(cases.contains(khanCase)).as("Khan case's decision in " + user + "'s tasks").isEqualTo(LA1_STAFF.contains(user));
        assertThat(cases.contains(la2Case)).isEqualTo(user.equals("caseworker2"));
    }

    @ParameterizedTest(name = "POST /api/tasks/:id/complete as {0} -> {1}")
    @CsvSource({"anonymous, 401", "caseworker, 204", "manager, 204", "caseworker2, 404", "senco, 404", "senco2, 404",
        "parent, 404", "parent2, 404", "professional, 404", "admin, 404"})
    void onlyTheTeamCompletesATask(String user, int status) {
        long caseId = fixtures.khanCase();
        String task = fixtures.taskOf(caseId, "decideWhetherToAssess", "caseworker");
        HttpResponse<String> r = api.postJson("/api/tasks/" + task + "/complete", user,
                "{\"assessDecision\":\"ASSESS\",\"mayHaveSen\":true,\"mayNeedPlan\":true,"
                        + "\"evidenceWeighed\":[\"NATURE_OF_SEN\"],\"reasons\":\"Test met\",\"decidedOn\":\"" + fixtures.today() + "\"}");
        assertStatus(r, user, status);
        assertThat(ApiClient.json(api.get("/api/assessment-requests/" + caseId, "caseworker")).get("status").asText())
                .isEqualTo(status == 204 ? "GATHERING_ADVICE" : "DECIDING_WHETHER_TO_ASSESS");
    }

    // ---- documents ----

    @ParameterizedTest(name = "POST documents as {0}")
    @CsvSource({"anonymous", "caseworker", "manager", "caseworker2", "senco", "senco2", "parent", "parent2", "professional", "admin"})
    void thoseWhoSeeTheCaseMayAddDocuments(String user) {
        // each person's own photo: the same file sent again to a case is kept once (returning the first upload)
        byte[] photo = java.util.Arrays.copyOf(SampleFiles.png(), SampleFiles.png().length + user.length());
        System.arraycopy(user.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, photo, SampleFiles.png().length, user.length());
        HttpResponse<String> r = api.upload("/api/assessment-requests/" + khanCase + "/documents", user,
                "photo.png", "image/png", photo, "From " + user);
        assertStatus(r, user, expected(user, SEE_KHAN_CASE, 201));
        if (r.statusCode() == 201) {
            JsonNode d = ApiClient.json(r);
            assertThat(d.get("contentType").asText()).isEqualTo("image/png");
            assertThat(d.get("uploadedBy").asText()).isEqualTo(user);
            assertThat(r.headers().firstValue("Location"))
                    .hasValue("/api/assessment-requests/" + khanCase + "/documents/" + d.get("id").asLong());
        }
        HttpResponse<String> other = api.upload("/api/assessment-requests/" + la2Case + "/documents", user,
                "photo.png", "image/png", SampleFiles.png(), null);
        assertStatus(other, user, expected(user, Set.of("caseworker2"), 201));
    }

    @ParameterizedTest(name = "GET documents as {0}")
    @CsvSource({"anonymous", "caseworker", "manager", "caseworker2", "senco", "senco2", "parent", "parent2", "professional", "admin"})
    void thoseWhoSeeTheCaseMayListAndReadItsDocuments(String user) {
        HttpResponse<String> list = api.get("/api/assessment-requests/" + khanCase + "/documents", user);
        assertThat(list.statusCode()).isEqualTo(expected(user, SEE_KHAN_CASE, 200));
        if (list.statusCode() == 200) {
            assertThat(ids(ApiClient.json(list), "id")).contains(khanDocument);
        }
        HttpResponse<byte[]> doc = api.getBytes("/api/assessment-requests/" + khanCase + "/documents/" + khanDocument, user);
        assertThat(doc.statusCode()).isEqualTo(expected(user, SEE_KHAN_CASE, 200));
        if (doc.statusCode() == 200) {
            assertThat(doc.body()).isEqualTo(SampleFiles.pdf());
            assertThat(doc.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(doc.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment").contains("report.pdf");
            assertThat(doc.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        // a document is reached only through its own case
        HttpResponse<byte[]> wrongCase = api.getBytes("/api/assessment-requests/" + la2Case + "/documents/" + khanDocument, user);
        assertThat(wrongCase.statusCode()).isIn(user.equals("anonymous") ? 401 : 404);
        HttpResponse<String> la2List = api.get("/api/assessment-requests/" + la2Case + "/documents", user);
        assertThat(la2List.statusCode()).isEqualTo(expected(user, Set.of("caseworker2"), 200));
    }

    // ---- GET /api/assessment-requests/{id}/audit ----

    @ParameterizedTest(name = "GET audit as {0}")
    @CsvSource({"anonymous", "caseworker", "manager", "caseworker2", "senco", "senco2", "parent", "parent2", "professional", "admin"})
    void onlyTheLasManagersSeeTheAuditTrail(String user) {
        HttpResponse<String> khan = api.get("/api/assessment-requests/" + khanCase + "/audit", user);
        assertThat(khan.statusCode()).as(khan.body()).isEqualTo(expected(user, Set.of("manager"), 200));
        // LA2 has no manager among the demo users: nobody here sees its trail
        assertThat(api.get("/api/assessment-requests/" + la2Case + "/audit", user).statusCode()).isEqualTo(user.equals("anonymous") ? 401 : 404);
    }

    // ---- SEN support: GET /api/sen-register, /api/pupils/{childId}/sen-support and its commands ----

    @ParameterizedTest(name = "GET /api/sen-register as {0}")
    @CsvSource({"anonymous", "caseworker", "manager", "caseworker2", "senco", "senco2", "parent", "parent2", "professional", "admin"})
    void theRegisterIsTheSencosOwnSchools(String user) {
        HttpResponse<String> r = api.get("/api/sen-register?size=100", user);
        assertStatus(r, user, expected(user, Set.of("senco", "senco2"), 200));
        if (r.statusCode() == 200) {
            // the whole register, 100 at a time: the run's other tests keep adding pupils to the demo schools
            long total = ApiClient.json(r).get("totalElements").asLong();
            Set<Long> pupils = new java.util.HashSet<>();
            for (int p = 0; p * 100L < total; p++) {
                pupils.addAll(ids(ApiClient.json(api.get("/api/sen-register?size=100&page=" + p, user)).get("content"), "childId"));
            }
            assertThat(pupils.contains(supportPupil)).isEqualTo(user.equals("senco"));
            // every pupil listed is one of the SENCO's own school
            assertThat(pupils).isSubsetOf(ids(ApiClient.json(api.get("/api/children", user)), "id"));
            assertThat(total).isEqualTo(pupils.size());
        }
    }

    @ParameterizedTest(name = "GET /api/pupils/:id/sen-support and its evidence as {0}")
    @CsvSource({"anonymous", "caseworker", "manager", "caseworker2", "senco", "senco2", "parent", "parent2", "professional", "admin"})
    void aPupilsSupportIsForTheSchoolTheLaAndTheFamily(String user) {
        HttpResponse<String> r = api.get("/api/pupils/" + supportPupil + "/sen-support", user);
        assertStatus(r, user, expected(user, SEE_KHAN_CASE, 200));
        if (r.statusCode() == 200) {
            assertThat(ApiClient.json(r).get("needs").findValuesAsText("type")).containsExactly("SPLD");
        } else if (r.statusCode() == 404) {
            assertThat(ApiClient.json(r).get("detail").asText()).isEqualTo("Pupil not found");
        }
        // the evidence pack is the SENCO's
        assertStatus(api.get("/api/pupils/" + supportPupil + "/sen-support/evidence", user), user,
                expected(user, Set.of("senco"), 200));
        // an LA2 pupil is nobody's here but their LA's
        HttpResponse<String> la2 = api.get("/api/pupils/" + fixtures.la2Child() + "/sen-support", user);
        assertStatus(la2, user, expected(user, Set.of("caseworker2"), 200));
    }

    @ParameterizedTest(name = "POST /api/pupils/:id/sen-support (place) as {0}")
    @CsvSource({"anonymous, 401", "caseworker, 404", "manager, 404", "caseworker2, 404", "senco, 201", "senco2, 404",
        "parent, 404", "parent2, 404", "professional, 404", "admin, 404"})
    void onlyThePupilsSencoPlacesThemOnSenSupport(String user, int status) {
        long child = fixtures.khanChild();
        HttpResponse<String> r = api.postJson("/api/pupils/" + child + "/sen-support", user,
                "{\"placedOn\":\"" + fixtures.today() + "\",\"parentsToldOn\":\"" + fixtures.today() + "\"}");
        assertStatus(r, user, status);
        boolean placed = ApiClient.json(api.get("/api/pupils/" + child + "/sen-support", "caseworker")).get("onSenSupport").asBoolean();
        assertThat(placed).isEqualTo(status == 201);
    }

    @ParameterizedTest(name = "POST SEN support commands as {0} -> {1}")
    @CsvSource({"anonymous, 401", "caseworker, 404", "manager, 404", "caseworker2, 404", "senco, 200", "senco2, 404",
        "parent, 404", "parent2, 404", "professional, 404", "admin, 404"})
    void onlyThePupilsSencoActsOnTheirSupport(String user, int status) {
        String pupil = "/api/pupils/" + supportPupil + "/sen-support";
        int meetingsBefore = ApiClient.json(api.get(pupil, "senco")).get("parentMeetings").size();
        assertStatus(api.postJson(pupil + "/needs", user, "{\"needs\":[\"SPLD\"]}"), user, status);
        assertStatus(api.postJson(pupil + "/parent-meetings", user,
                "{\"heldOn\":\"" + fixtures.today() + "\",\"notes\":\"Met mother\"}"), user, status);
        assertStatus(api.postJson(pupil + "/provision", user, "{\"intervention\":\"Reading group\",\"delivery\":\"GROUP\","
                + "\"frequency\":\"Daily\",\"staff\":\"TA\",\"startOn\":\"" + fixtures.today() + "\",\"yearlyCost\":300}"), user, status);
        assertThat(ApiClient.json(api.get(pupil, "senco")).get("parentMeetings").size())
                .isEqualTo(meetingsBefore + (status == 200 ? 1 : 0));
    }

    @ParameterizedTest(name = "POST /api/pupils/:id/sen-support/family-views as {0} -> {1}")
    @CsvSource({"anonymous, 401", "caseworker, 404", "manager, 404", "caseworker2, 404", "senco, 404", "senco2, 404",
        "parent, 200", "parent2, 404", "professional, 404", "admin, 404"})
    void onlyTheFamilySendsTheirViewsForAReview(String user, int status) {
        assertStatus(api.postJson("/api/pupils/" + supportPupil + "/sen-support/family-views", user,
                "{\"views\":\"Views of " + user + "\"}"), user, status);
    }

    @ParameterizedTest(name = "POST /api/pupils/:id/assessment-request as {0} -> {1}")
    @CsvSource({"anonymous, 401", "caseworker, 404", "manager, 404", "caseworker2, 404", "senco, 201", "senco2, 404",
        "parent, 404", "parent2, 404", "professional, 404", "admin, 404"})
    void onlyThePupilsSencoSendsTheSchoolsRequest(String user, int status) {
        long child = fixtures.khanChild();
        HttpResponse<String> r = api.postJson("/api/pupils/" + child + "/assessment-request", user, "{\"reasons\":\"Little progress\"}");
        assertStatus(r, user, status);
        if (status == 201) {
            assertThat(ApiClient.json(r).get("requestedBy").asText()).isEqualTo("SCHOOL");
        }
    }

    @ParameterizedTest(name = "GET /api/assessment-requests/:id/school-evidence as {0}")
    @CsvSource({"anonymous", "caseworker", "manager", "caseworker2", "senco", "senco2", "parent", "parent2", "professional", "admin"})
    void theSchoolsEvidenceIsForTheLasStaff(String user) {
        HttpResponse<String> r = api.get("/api/assessment-requests/" + schoolCase + "/school-evidence", user);
        assertStatus(r, user, expected(user, LA1_STAFF, 200));
    }

    // ---- referrals: children brought to the LA's attention ----

    @ParameterizedTest(name = "POST /api/referrals as {0}")
    @CsvSource({"anonymous", "caseworker", "manager", "caseworker2", "senco", "senco2", "parent", "parent2", "professional", "admin"})
    void onlyTheChildsLaRecordsAReferral(String user) {
        String body = ",\"notifierName\":\"Health visitor\",\"notifierRole\":\"NHS\",\"receivedOn\":\"" + fixtures.today()
                + "\",\"concerns\":\"Not yet talking\"}";
        HttpResponse<String> khan = api.postJson("/api/referrals", user, "{\"childId\":" + fixtures.khanChild() + body);
        assertStatus(khan, user, expected(user, LA1_STAFF, 201));
        if (khan.statusCode() == 201) {
            assertThat(khan.headers().firstValue("Location")).hasValue("/api/referrals/" + ApiClient.json(khan).get("id").asLong());
        }
        HttpResponse<String> la2 = api.postJson("/api/referrals", user, "{\"childId\":" + fixtures.la2Child() + body);
        assertStatus(la2, user, expected(user, Set.of("caseworker2"), 201));
    }

    @ParameterizedTest(name = "GET /api/referrals and one referral as {0}")
    @CsvSource({"anonymous", "caseworker", "manager", "caseworker2", "senco", "senco2", "parent", "parent2", "professional", "admin"})
    void referralsAreTheLasOwn(String user) {
        Set<String> laStaff = Set.of("caseworker", "manager", "caseworker2");
        HttpResponse<String> list = api.get("/api/referrals?size=100", user);
        assertStatus(list, user, expected(user, laStaff, 200));
        if (list.statusCode() == 200) {
            Set<Long> ids = ids(ApiClient.json(list).get("content"), "id");
            assertThat(ids.contains(khanReferral)).isEqualTo(LA1_STAFF.contains(user));
            assertThat(ids.contains(la2Referral)).isEqualTo(user.equals("caseworker2"));
        }
        assertStatus(api.get("/api/referrals/" + khanReferral, user), user, expected(user, LA1_STAFF, 200));
        assertStatus(api.get("/api/referrals/" + la2Referral, user), user, expected(user, Set.of("caseworker2"), 200));
    }

    @ParameterizedTest(name = "POST treat-as-request and decline as {0}")
    @CsvSource({"anonymous", "caseworker", "manager", "caseworker2", "senco", "senco2", "parent", "parent2", "professional", "admin"})
    void onlyTheLaDecidesOnAReferral(String user) {
        long treated = fixtures.referral(fixtures.khanChild(), "caseworker");
        HttpResponse<String> r = api.postJson("/api/referrals/" + treated + "/treat-as-request", user,
                "{\"decidedOn\":\"" + fixtures.today() + "\"}");
        assertStatus(r, user, expected(user, LA1_STAFF, 201));
        long declined = fixtures.referral(fixtures.khanChild(), "caseworker");
        HttpResponse<String> d = api.postJson("/api/referrals/" + declined + "/decline", user,
                "{\"decidedOn\":\"" + fixtures.today() + "\",\"reason\":\"No sign of SEN\"}");
        assertStatus(d, user, expected(user, LA1_STAFF, 200));
        assertThat(ApiClient.json(api.get("/api/referrals/" + declined, "caseworker")).get("status").asText())
                .isEqualTo(LA1_STAFF.contains(user) ? "DECLINED" : "OPEN");
    }
}
