package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.CaseStage;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.TestPeople;
import uk.ehctracker.ui.UiCases;

/**
 * The final plan through the API: issued through the task door with a changed section, it is in
 * the case's JSON as finalised ({@code finalPlan}) and downloadable as PDF by those who may see
 * the case; a personal budget the family asked for (CFA s49) must be in section J.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FinalPlanApiTest {

    private static final String NEW_B = "Specific learning difficulty (dyslexia) affecting reading, spelling and working memory.";
    private static final String WHY_B = "The family told us about his working memory; the EP's advice confirms it.";
    private static final String J = "A personal budget of 2,400 pounds a year for specialist tuition, paid as a direct payment.";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    ApiClient api;
    ApiFixtures fixtures;
    long caseId;

    @BeforeAll
    void aCaseWhoseFamilyAskedForAPersonalBudget() {
        api = new ApiClient(port);
        TestPeople people = context.getBean(TestPeople.class);
        fixtures = new ApiFixtures(api, people, context.getBean(DirectoryService.class),
                context.getBean(PlatformTransactionManager.class), context.getBean(java.time.Clock.class));
        AssessmentCase c = new UiCases(context).at(CaseStage.DRAFT_WITH_FAMILY);
        caseId = c.getId();
        AssessmentService assessments = context.getBean(AssessmentService.class);
        assessments.commentOnDraft(caseId, new Commands.CommentOnDraft("Please say more about his memory.", "Hillcrest Academy",
                false, true), people.user("parent"));
        assessments.respondToConsultation(caseId, new Commands.RespondToConsultation(true, "We can meet the needs.",
                fixtures.today()), people.user("caseworker"));
    }

    private HttpResponse<String> issue(String json) {
        String task = fixtures.taskOf(caseId, "issueFinalPlan", "caseworker");
        return api.postJson("/api/tasks/" + task + "/complete", "caseworker", json);
    }

    @Test
    void theFinalPlanIsTheOneFinalised_inTheJsonAndAsPdf() {
        // CFA s49(1): the personal budget asked for is prepared in section J; without it, nothing is issued
        HttpResponse<String> refused = issue("{\"namedPlacement\":\"Hillcrest Academy\",\"issuedOn\":\"" + fixtures.today() + "\"}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(ApiClient.json(refused).get("errors").findValuesAsText("field")).containsExactly("sectionJ");
        assertThat(ApiClient.json(api.get("/api/assessment-requests/" + caseId, "caseworker")).get("finalPlan")).isEmpty();

        HttpResponse<String> issued = issue("{\"namedPlacement\":\"Hillcrest Academy\",\"sectionB\":\"" + NEW_B
                + "\",\"sectionBChange\":\"" + WHY_B + "\",\"sectionJ\":\"" + J
                + "\",\"sectionJChange\":\"You asked for a personal budget.\",\"issuedOn\":\"" + fixtures.today() + "\"}");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(204);

        JsonNode plan = ApiClient.json(api.get("/api/assessment-requests/" + caseId, "parent")).get("finalPlan");
        assertThat(plan.findValuesAsText("section")).containsExactly("B", "E", "F", "I", "J");
        assertThat(section(plan, "B").get("text").asText()).isEqualTo(NEW_B);
        assertThat(section(plan, "B").get("changedFromDraft").asText()).isEqualTo(WHY_B);
        assertThat(section(plan, "F").get("text").asText()).isEqualTo(UiCases.draft().get(uk.ehctracker.assessment.PlanSectionName.F));
        assertThat(section(plan, "F").get("changedFromDraft").isNull()).isTrue();
        assertThat(section(plan, "I").get("text").asText()).isEqualTo("Hillcrest Academy");
        assertThat(section(plan, "J").get("text").asText()).isEqualTo(J);

        HttpResponse<byte[]> pdf = api.getBytes("/api/assessment-requests/" + caseId + "/final-plan.pdf", "parent");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(api.getBytes("/api/assessment-requests/" + caseId + "/final-plan.pdf", "caseworker").statusCode()).isEqualTo(200);
        // the setting named (Hillcrest, senco2's school) reads the plan it is named in
        assertThat(api.getBytes("/api/assessment-requests/" + caseId + "/final-plan.pdf", "senco2").statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(api.get("/api/assessment-requests/" + caseId, "senco2")).get("finalPlan").findValuesAsText("text"))
                .contains(NEW_B, "Hillcrest Academy");
        // the plan goes to the family, the setting it names and health (reg 13(2)): the child's current school
        // (Riverside, senco's) and the educational psychologist may see the case, but not the plan
        for (String notSentIt : new String[] {"senco", "professional"}) {
            assertThat(api.getBytes("/api/assessment-requests/" + caseId + "/final-plan.pdf", notSentIt).statusCode())
                    .as(notSentIt).isEqualTo(404);
            HttpResponse<String> seen = api.get("/api/assessment-requests/" + caseId, notSentIt);
            if (seen.statusCode() == 200) {
                assertThat(ApiClient.json(seen).get("finalPlan")).as(notSentIt).isEmpty();
            }
        }
        assertThat(api.getBytes("/api/assessment-requests/" + caseId + "/final-plan.pdf", "health").statusCode()).isEqualTo(200);
        // a denied read looks like "not found"; no sign-in, no plan
        for (String stranger : new String[] {"parent2", "caseworker2"}) {
            assertThat(api.getBytes("/api/assessment-requests/" + caseId + "/final-plan.pdf", stranger).statusCode())
                    .as(stranger).isIn(403, 404);
        }
        assertThat(api.getBytes("/api/assessment-requests/" + caseId + "/final-plan.pdf", ApiClient.ANONYMOUS).statusCode())
                .isEqualTo(401);
    }

    @Test
    void aSettingNotConsultedIsRefusedOnItsField_andATypeOfSchoolIsNamedOnlyWhenSaidSo() {
        long typed = new UiCases(context).at(CaseStage.FINALISING_PLAN).getId();
        String task = fixtures.taskOf(typed, "issueFinalPlan", "caseworker");
        String type = "A maintained special school for pupils with autism";
        // CFA s39, s40: a setting the directory does not know was not consulted either
        HttpResponse<String> refused = api.postJson("/api/tasks/" + task + "/complete", "caseworker",
                "{\"namedPlacement\":\"" + type + "\",\"issuedOn\":\"" + fixtures.today() + "\"}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(ApiClient.json(refused).get("errors").findValuesAsText("field")).containsExactly("namedPlacement");
        assertThat(ApiClient.json(api.get("/api/assessment-requests/" + typed, "caseworker")).get("finalPlan")).isEmpty();

        // CFA s40(2): the caseworker says section I names only a type, which is not consulted
        HttpResponse<String> issued = api.postJson("/api/tasks/" + task + "/complete", "caseworker",
                "{\"namedPlacement\":\"" + type + "\",\"namedPlacementIsTypeOnly\":true,\"issuedOn\":\"" + fixtures.today() + "\"}");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(204);
        JsonNode plan = ApiClient.json(api.get("/api/assessment-requests/" + typed, "caseworker")).get("finalPlan");
        assertThat(section(plan, "I").get("text").asText()).isEqualTo(type);
    }

    @Test
    void noFinalPlanBeforeItIsIssued() {
        long other = fixtures.khanCase();
        assertThat(api.getBytes("/api/assessment-requests/" + other + "/final-plan.pdf", "caseworker").statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(api.get("/api/assessment-requests/" + other, "caseworker")).get("finalPlan")).isEmpty();
    }

    private static JsonNode section(JsonNode plan, String letter) {
        for (JsonNode s : plan) {
            if (s.get("section").asText().equals(letter)) {
                return s;
            }
        }
        throw new AssertionError("no section " + letter + " in " + plan);
    }
}
