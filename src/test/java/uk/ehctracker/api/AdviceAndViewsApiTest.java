package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AdviceKind;
import uk.ehctracker.assessment.AdviceRequest;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.assessment.FamilyViewsService;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.documents.DocumentService;
import uk.ehctracker.documents.SampleFiles;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.TestPeople;

/**
 * GET /api/assessment-requests/{id} carries the advice and the family's views in full for the
 * caseworker and the family; an adviser receives only their own advice and no views; another
 * family and another LA are told the case was not found.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdviceAndViewsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestPeople people;
    @Autowired
    DirectoryService directory;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;
    @Autowired
    AssessmentService assessments;
    @Autowired
    AssessmentQueries queries;
    @Autowired
    FamilyViewsService familyViews;
    @Autowired
    DocumentService documents;

    ApiClient api;
    ApiFixtures fixtures;
    long caseId;
    long drawingId;
    long medicalReportId;
    final String psychology = "Working memory at the 5th centile: one instruction at a time " + UUID.randomUUID();
    /** As typed, with a right-to-left override in it: stored and shown without it (Checks.clean). */
    final String psychologyAsTyped = psychology.replace("one instruction", "one \u202Einstruction\u2066");
    final String medical = "Hearing and vision are normal " + UUID.randomUUID();
    final String views = "He loves trains and hates the noisy dinner hall " + UUID.randomUUID();

    @BeforeAll
    void aCaseWithAdviceAndViews() {
        api = new ApiClient(port);
        fixtures = new ApiFixtures(api, people, directory, transactions, clock);
        caseId = fixtures.khanCase();
        HttpResponse<String> decided = api.postJson("/api/assessment-requests/" + caseId + "/decision-to-assess", "caseworker",
                "{\"decision\":\"ASSESS\",\"decidedOn\":\"" + fixtures.today() + "\",\"reasons\":\"Well below expectations.\"}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        CurrentUser parent = people.user("parent");
        drawingId = documents.store(caseId, "drawing.png", SampleFiles.png(), "His drawing", parent).getId();
        familyViews.giveFamilyViews(caseId, new Commands.GiveFamilyViews(views, null, null, null, "I like Thomas.", List.of(drawingId)),
                parent);
        medicalReportId = documents.store(caseId, "paediatric-report.pdf", SampleFiles.pdf(), "Paediatric report",
                people.user("health")).getId();
        for (AdviceRequest a : queries.advice(caseId, people.user("caseworker"))) {
            if (a.getKind() == AdviceKind.PSYCHOLOGICAL) {
                assessments.giveAdvice(new Commands.GiveAdvice(a.getId(), psychologyAsTyped, fixtures.today()), people.user("professional"));
            } else if (a.getKind() == AdviceKind.MEDICAL) {
                assessments.giveAdvice(new Commands.GiveAdvice(a.getId(), medical, fixtures.today()), people.user("health"));
            }
        }
    }

    private JsonNode caseAs(String user) {
        HttpResponse<String> r = api.get("/api/assessment-requests/" + caseId, user);
        assertThat(r.statusCode()).as(user + ": " + r.body()).isEqualTo(200);
        return ApiClient.json(r);
    }

    private static List<String> texts(JsonNode advice) {
        List<String> texts = new ArrayList<>();
        advice.forEach(a -> texts.add(a.get("text").isNull() ? "" : a.get("text").asText()));
        return texts;
    }

    @Test
    void theCaseworkerAndTheFamilyReadTheAdviceAndTheViewsInFull() {
        for (String user : List.of("caseworker", "parent")) {
            JsonNode c = caseAs(user);
            JsonNode advice = c.get("advice");
            assertThat(texts(advice)).as(user).contains(psychology, medical);
            JsonNode ep = null;
            for (JsonNode a : advice) {
                if (a.get("kind").asText().equals("PSYCHOLOGICAL")) {
                    ep = a;
                }
            }
            assertThat(ep).isNotNull();
            assertThat(ep.get("from").asText()).isNotBlank();
            assertThat(ep.get("requestedOn").asText()).isEqualTo(fixtures.today().toString());
            assertThat(ep.get("dueOn").asText()).isNotBlank();
            assertThat(ep.get("receivedOn").asText()).isEqualTo(fixtures.today().toString());
            assertThat(ep.get("documents").isArray()).isTrue();
            // the family's views answered the request for them (reg 6(1)(a))
            assertThat(texts(advice)).anyMatch(t -> t.contains(views));
            JsonNode given = c.get("familyViews");
            assertThat(given).as(user).hasSize(1);
            assertThat(given.get(0).get("text").asText()).contains(views).contains("I like Thomas.");
            assertThat(given.get(0).get("by").asText()).isNotBlank();
            assertThat(given.get(0).get("givenOn").asText()).isEqualTo(fixtures.today().toString());
            JsonNode drawing = given.get(0).get("documents").get(0);
            assertThat(drawing.get("fileName").asText()).isEqualTo("drawing.png");
            assertThat(api.getBytes(drawing.get("href").asText(), user).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anAdviserReadsOnlyTheirOwnAdvice_andNoViews() {
        JsonNode asProfessional = caseAs("professional");
        assertThat(texts(asProfessional.get("advice"))).contains(psychology).doesNotContain(medical)
                .noneMatch(t -> t.contains(views));
        asProfessional.get("advice").forEach(a -> assertThat(a.get("kind").asText()).isEqualTo("PSYCHOLOGICAL"));
        assertThat(asProfessional.get("familyViews")).isEmpty();

        JsonNode asHealth = caseAs("health");
        assertThat(texts(asHealth.get("advice"))).contains(medical).doesNotContain(psychology);
        assertThat(asHealth.get("familyViews")).isEmpty();

        JsonNode asSchool = caseAs("senco");
        asSchool.get("advice").forEach(a -> assertThat(a.get("kind").asText()).isEqualTo("EDUCATIONAL"));
        assertThat(asSchool.get("familyViews")).isEmpty();
    }

    @Test
    void anAdvisersReportComesWithTheirAdvice_andNoOtherAdviserCanOpenIt() {
        JsonNode asCaseworker = caseAs("caseworker");
        JsonNode medicalAdvice = null;
        for (JsonNode a : asCaseworker.get("advice")) {
            if (a.get("kind").asText().equals("MEDICAL")) {
                medicalAdvice = a;
            }
        }
        assertThat(medicalAdvice).isNotNull();
        assertThat(medicalAdvice.get("documents").get(0).get("fileName").asText()).isEqualTo("paediatric-report.pdf");

        String report = "/api/assessment-requests/" + caseId + "/documents/" + medicalReportId;
        String drawing = "/api/assessment-requests/" + caseId + "/documents/" + drawingId;
        assertThat(api.getBytes(report, "caseworker").statusCode()).isEqualTo(200);
        assertThat(api.getBytes(report, "health").statusCode()).isEqualTo(200);
        assertThat(api.getBytes(report, "professional").statusCode()).isEqualTo(404);
        assertThat(api.getBytes(drawing, "professional").statusCode()).isEqualTo(404);
        HttpResponse<String> list = api.get("/api/assessment-requests/" + caseId + "/documents", "professional");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).doesNotContain("paediatric-report.pdf").doesNotContain("drawing.png");
    }

    @Test
    void anotherFamilyAndAnotherLaAreToldTheCaseWasNotFound() {
        for (String user : List.of("parent2", "caseworker2", "senco2")) {
            HttpResponse<String> r = api.get("/api/assessment-requests/" + caseId, user);
            assertThat(r.statusCode()).as(user).isEqualTo(404);
            assertThat(r.body()).doesNotContain(psychology).doesNotContain(views);
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheAdviceAndTheViews() {
        JsonNode doc = ApiClient.json(api.get("/api/openapi.json", "caseworker"));
        JsonNode caseView = doc.at("/components/schemas/CaseView/properties");
        assertThat(caseView.has("advice")).isTrue();
        assertThat(caseView.has("familyViews")).isTrue();
        JsonNode advice = doc.at("/components/schemas/AdviceView/properties");
        for (String field : List.of("kind", "from", "requestedOn", "dueOn", "receivedOn", "text", "documents")) {
            assertThat(advice.has(field)).as("AdviceView." + field).isTrue();
        }
        JsonNode familyViews = doc.at("/components/schemas/FamilyViewsView/properties");
        for (String field : List.of("givenOn", "by", "text", "documents")) {
            assertThat(familyViews.has(field)).as("FamilyViewsView." + field).isTrue();
        }
    }
}
