package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ehctracker.client.ApiException;
import uk.ehctracker.client.api.AssessmentRequestsApi;
import uk.ehctracker.client.api.SenSupportApi;
import uk.ehctracker.client.api.TasksApi;
import uk.ehctracker.client.api.YouApi;
import uk.ehctracker.client.model.AdviceView;
import uk.ehctracker.client.model.AssessBody;
import uk.ehctracker.client.model.CaseSummary;
import uk.ehctracker.client.model.CaseView;
import uk.ehctracker.client.model.DecisionBody;
import uk.ehctracker.client.model.DocumentView;
import uk.ehctracker.client.model.EvidenceView;
import uk.ehctracker.client.model.FieldProblem;
import uk.ehctracker.client.model.NewRequestBody;
import uk.ehctracker.client.model.PlaceBody;
import uk.ehctracker.client.model.PlanBody;
import uk.ehctracker.client.model.Problem;
import uk.ehctracker.client.model.ReviewBody;
import uk.ehctracker.client.model.SchoolEvidenceView;
import uk.ehctracker.client.model.SchoolRequestBody;
import uk.ehctracker.client.model.SenSupportView;
import uk.ehctracker.client.model.SpecialistAdviceBody;
import uk.ehctracker.client.model.SpecialistAgreementBody;
import uk.ehctracker.client.model.TaskSummary;
import uk.ehctracker.documents.SampleFiles;

/**
 * The document is usable by the tools integrators use: the Java client openapi-generator makes from docs/openapi.json
 * (pom.xml; {@link OpenApiSnapshotTest} keeps it the served document) drives a whole journey, a school's request with its
 * evidence, the LA's decision and an adviser's advice, and meets one refusal of each kind the document declares, each
 * read into the generated {@code Problem}. No call here goes around the generated client; each is checked against the
 * document like every other API test's ({@link GeneratedClients}). Dates are from the law (docs/law.md): the decision
 * within 6 weeks of the request (reg 5(1)), the final plan within 20 weeks (reg 13(2)), advice within 6 weeks of the
 * adviser being asked (reg 8(1)).
 */
class GeneratedClientJourneyTest extends ApiTest {

    private static final String PROBLEM_TYPE = "urn:ehc-tracker:problem:";

    private GeneratedClients clients;

    @BeforeAll
    void generatedClients() {
        clients = new GeneratedClients(port);
    }

    private SenSupportApi school() {
        return new SenSupportApi(clients.as("senco"));
    }

    private AssessmentRequestsApi cases(String user) {
        return new AssessmentRequestsApi(clients.as(user));
    }

    private static Path file(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void aSchoolSendsItsRequestWithEvidence_theLaDecidesToAssess_andTheEducationalPsychologistGivesAdvice(@TempDir Path dir)
            throws Exception {
        LocalDate today = fixtures.today();
        long childId = fixtures.khanChild();
        SenSupportApi school = school();

        // the school: SEN support, a cycle that calls in the educational psychologist, a second cycle
        SenSupportView placed = school.place(childId, new PlaceBody().placedOn(today).parentsToldOn(today)
                .needs(Set.of(PlaceBody.NeedsEnum.SPLD)));
        assertThat(placed.getOnSenSupport()).isTrue();
        assertThat(placed.getWaitingFor()).containsExactly("assessNeeds");
        school.assess(childId, new AssessBody().notes("Phonics gaps").attainment("Phase 3 phonics")
                .pupilViews("Words jump about").parentViews("She avoids reading"));
        school.plan(childId, new PlanBody().outcomes("Secure phase 4").provision("Daily phonics").reviewDate(today.plusWeeks(6)));
        school.bringReviewForward(childId);
        SenSupportView involve = school.review(childId, new ReviewBody().outcome(ReviewBody.OutcomeEnum.INVOLVE_SPECIALIST)
                .notes("Slow progress; ask the educational psychologist"));
        assertThat(involve.getWaitingFor()).containsExactly("agreeSpecialistInvolvement");
        school.agreeSpecialist(childId, new SpecialistAgreementBody().kind(SpecialistAgreementBody.KindEnum.EDUCATIONAL_PSYCHOLOGIST)
                .parentsAgree(true).decidedOn(today));
        school.specialistAdvice(childId, new SpecialistAdviceBody().advice("Working memory weak; overlearning and visual supports")
                .reportDate(today));
        school.assess(childId, new AssessBody().notes("Reading age 2 years behind"));
        school.plan(childId, new PlanBody().outcomes("Reads at 7y level by July").provision("Precision teaching, 3 x 20 min a week")
                .reviewDate(today.plusWeeks(6)));
        school.bringReviewForward(childId);
        school.review(childId, new ReviewBody().outcome(ReviewBody.OutcomeEnum.ANOTHER_CYCLE).notes("Some progress, gap still wide"));
        EvidenceView evidence = school.evidence(childId);
        assertThat(evidence.getComplete()).as(evidence.toString()).isTrue();
        assertThat(evidence.getGaps()).isNull();

        // ... sends the request, with the evidence pack and the psychologist's report
        CaseView requested = school.requestAssessment(childId, new SchoolRequestBody()
                .reasons("Two cycles and the EP's advice; the gap is widening"));
        long caseId = requested.getId();
        assertThat(requested.getRequestedBy()).isEqualTo("SCHOOL");
        assertThat(requested.getStatus()).isEqualTo("DECIDING_WHETHER_TO_ASSESS");
        assertThat(requested.getReceivedOn()).isEqualTo(today);
        assertThat(requested.getDeadlines().getDecisionToAssess()).isEqualTo(today.plusDays(42));
        assertThat(requested.getDeadlines().getFinalPlan()).isEqualTo(today.plusDays(140));
        DocumentView report = cases("senco").upload(caseId, file(dir, "ep-report.pdf", SampleFiles.pdf()).toFile(),
                "Educational psychologist's report");
        assertThat(report.getFileName()).isEqualTo("ep-report.pdf");
        assertThat(report.getUploadedBy()).isEqualTo("senco");

        // the LA's caseworker finds the request, reads the school's evidence and the report, and decides to assess
        AssessmentRequestsApi la = cases("caseworker");
        List<Long> waiting = la.listAssessmentRequests("DECIDING_WHETHER_TO_ASSESS", null, null, 0, 100).getContent().stream()
                .map(CaseSummary::getId).toList();
        assertThat(waiting).contains(caseId);
        SchoolEvidenceView sent = la.schoolEvidence(caseId);
        assertThat(sent.getReasons()).startsWith("Two cycles");
        assertThat(sent.getEvidenceGaps()).isNull();
        assertThat(sent.getSenSupport().getCycles()).hasSize(2);
        assertThat(sent.getSenSupport().getSpecialists().get(0).getAdvice()).startsWith("Working memory");
        assertThat(la.documents(caseId)).extracting(DocumentView::getFileName).contains("ep-report.pdf");
        CaseView decided = la.decide(caseId, new DecisionBody().decision(DecisionBody.DecisionEnum.ASSESS).decidedOn(today)
                .reasons("Two cycles of SEN support and the EP's advice show needs the school cannot meet"));
        assertThat(decided.getStatus()).isEqualTo("GATHERING_ADVICE");

        // the educational psychologist finds the request for advice in their work list and gives it
        TasksApi professional = new TasksApi(clients.as("professional"));
        TaskSummary task = professional.tasks().stream()
                .filter(t -> t.getCaseId() == caseId && "giveAdvice".equals(t.getTaskKey())).findFirst().orElseThrow();
        String advice = "Working memory at the 5th centile: one instruction at a time " + UUID.randomUUID();
        professional.complete(task.getId(), Map.of("advice", advice, "adviceDate", today.toString()));
        assertThat(professional.tasks()).noneMatch(t -> t.getId().equals(task.getId()));

        // what each reads back: the caseworker and the family the advice in full, the school its request moving on
        for (String user : List.of("caseworker", "parent")) {
            CaseView read = cases(user).getAssessmentRequest(caseId);
            assertThat(read.getStatus()).as(user).isEqualTo("GATHERING_ADVICE");
            AdviceView psychology = read.getAdvice().stream().filter(a -> "PSYCHOLOGICAL".equals(a.getKind())).findFirst().orElseThrow();
            assertThat(psychology.getText()).as(user).isEqualTo(advice);
            assertThat(psychology.getRequestedOn()).isEqualTo(today);
            assertThat(psychology.getDueOn()).isEqualTo(today.plusDays(42));
            assertThat(psychology.getReceivedOn()).isEqualTo(today);
        }
        CaseView asSchool = cases("senco").getAssessmentRequest(caseId);
        assertThat(asSchool.getStatus()).isEqualTo("GATHERING_ADVICE");
        assertThat(asSchool.getAdvice()).extracting(AdviceView::getText).doesNotContain(advice);
    }

    // ---- one refusal of each kind the document declares ----

    /** A case of the caseworker's LA, made through the generated client. */
    private long newCase() throws ApiException {
        return cases("caseworker").submit(new NewRequestBody().childId(fixtures.khanChild())
                .requestedBy(NewRequestBody.RequestedByEnum.PARENT).reasons("Slow progress despite SEN support")).getId();
    }

    /** The call is refused with this status and problem details of this kind, as the generated model reads them. */
    private static Problem refused(int status, String kind, ThrowingCallable call) {
        ApiException e = catchThrowableOfType(ApiException.class, call);
        assertThat(e).as("refused " + status).isNotNull();
        assertThat(e.getCode()).as(e.getResponseBody()).isEqualTo(status);
        assertThat(e.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        Problem problem = GeneratedClients.problem(e);
        assertThat(problem.getStatus()).isEqualTo(status);
        assertThat(problem.getType()).isEqualTo(URI.create(PROBLEM_TYPE + kind));
        assertThat(problem.getTitle()).isNotBlank();
        assertThat(problem.getDetail()).isNotBlank();
        return problem;
    }

    private static List<String> fields(Problem problem) {
        return problem.getErrors().stream().map(FieldProblem::getField).toList();
    }

    @Test
    void aMistakeIs400_namingTheField_andNothingIsMade() throws Exception {
        long childId = fixtures.khanChild();
        Problem problem = refused(400, "bad-input", () -> school().requestAssessment(childId, new SchoolRequestBody().reasons(" ")));
        assertThat(fields(problem)).containsExactly("reasons");
        assertThat(problem.getErrors().get(0).getMessage()).isNotBlank();
        assertThat(problem.getInstance()).isEqualTo("/api/pupils/" + childId + "/assessment-request");
        assertThat(school().pupil(childId).getRequest()).isNull();
    }

    @Test
    void noCredentialsOrAWrongPasswordIs401() {
        Problem none = refused(401, "unauthorized", () -> new YouApi(clients.as(ApiClient.ANONYMOUS)).me());
        assertThat(none.getInstance()).isEqualTo("/api/me");
        refused(401, "unauthorized", () -> new YouApi(clients.as("manager", "not-the-password", request -> { })).me());
    }

    @Test
    void aBrowserSessionsChangeWithoutItsCsrfTokenIs403() throws Exception {
        long caseId = newCase();
        SessionClient browser = new SessionClient(port);
        assertThat(browser.signIn("caseworker", "caseworker").statusCode()).isEqualTo(302);
        AssessmentRequestsApi inTheSession = new AssessmentRequestsApi(clients.as(ApiClient.ANONYMOUS, null,
                request -> request.setHeader("Cookie", browser.sessionCookie())));
        // the session reads without a token, but may change nothing without one
        assertThat(inTheSession.getAssessmentRequest(caseId).getId()).isEqualTo(caseId);
        Problem problem = refused(403, "forbidden", () -> inTheSession.decide(caseId, new DecisionBody()
                .decision(DecisionBody.DecisionEnum.ASSESS).decidedOn(fixtures.today()).reasons("Needs assessing")));
        assertThat(fields(problem)).containsExactly("X-CSRF-TOKEN");
        assertThat(cases("caseworker").getAssessmentRequest(caseId).getStatus()).isEqualTo("DECIDING_WHETHER_TO_ASSESS");
    }

    @Test
    void anotherLasCaseIs404_exactlyAsACaseThatDoesNotExist() throws Exception {
        long caseId = newCase();
        Problem otherLa = refused(404, "not-found", () -> cases("caseworker2").getAssessmentRequest(caseId));
        Problem none = refused(404, "not-found", () -> cases("caseworker2").getAssessmentRequest(Long.MAX_VALUE));
        assertThat(fields(otherLa)).containsExactly("id");
        assertThat(otherLa.getTitle()).isEqualTo(none.getTitle());
        assertThat(otherLa.getDetail()).isEqualTo(none.getDetail());
        assertThat(otherLa.getErrors().get(0).getMessage()).isEqualTo(none.getErrors().get(0).getMessage());
    }

    @Test
    void decidingTwiceIs409_andTheFirstDecisionStands() throws Exception {
        long caseId = newCase();
        AssessmentRequestsApi la = cases("caseworker");
        la.decide(caseId, new DecisionBody().decision(DecisionBody.DecisionEnum.ASSESS).decidedOn(fixtures.today()).reasons("Needs assessing"));
        refused(409, "conflict", () -> la.decide(caseId, new DecisionBody().decision(DecisionBody.DecisionEnum.DO_NOT_ASSESS)
                .decidedOn(fixtures.today()).reasons("Sent again from a stale screen")));
        assertThat(la.getAssessmentRequest(caseId).getStatus()).isEqualTo("GATHERING_ADVICE");
    }

    @Test
    void anUploadOver20MbIs413(@TempDir Path dir) throws Exception {
        long caseId = newCase();
        Path big = dir.resolve("big.pdf");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.write(SampleFiles.pdf());
            file.setLength(21L * 1024 * 1024);
        }
        Problem problem = refused(413, "too-large", () -> cases("caseworker").upload(caseId, big.toFile(), null));
        assertThat(fields(problem)).containsExactly("file");
        assertThat(cases("caseworker").documents(caseId)).isEmpty();
    }

    @Test
    void aBodyThatIsNotJsonIs415() throws Exception {
        long caseId = newCase();
        AssessmentRequestsApi asText = new AssessmentRequestsApi(clients.as("caseworker", "caseworker",
                request -> request.setHeader("Content-Type", "text/plain")));
        Problem problem = refused(415, "unsupported-media-type", () -> asText.decide(caseId, new DecisionBody()
                .decision(DecisionBody.DecisionEnum.ASSESS).decidedOn(fixtures.today()).reasons("Needs assessing")));
        assertThat(fields(problem)).containsExactly("Content-Type");
        assertThat(cases("caseworker").getAssessmentRequest(caseId).getStatus()).isEqualTo("DECIDING_WHETHER_TO_ASSESS");
    }

    @Test
    void aUsernameWithFiveFailedSignInsIs429_withRetryAfter() {
        // a username of this test's own: the throttle counts by username and address (docs/api.md, "Signing in")
        String username = "client-throttled-" + UUID.randomUUID().toString().substring(0, 8);
        YouApi wrong = new YouApi(clients.as(username, "wrong", request -> { }));
        for (int i = 0; i < 5; i++) {
            refused(401, "unauthorized", wrong::me);
        }
        ApiException e = catchThrowableOfType(ApiException.class, wrong::me);
        assertThat(e.getResponseHeaders().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
        Problem problem = refused(429, "too-many-sign-in-failures", wrong::me);
        assertThat(fields(problem)).containsExactly("Authorization");
    }
}
