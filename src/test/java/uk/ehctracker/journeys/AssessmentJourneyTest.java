package uk.ehctracker.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.accounts.Accounts;
import uk.ehctracker.assessment.AdviceKind;
import uk.ehctracker.assessment.AdviceRequest;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.CaseStage;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.assessment.DecisionOutcome;
import uk.ehctracker.directory.Child;
import uk.ehctracker.assessment.RequestedBy;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.support.Delivery;
import uk.ehctracker.support.NeedType;
import uk.ehctracker.support.ReviewOutcome;
import uk.ehctracker.support.SenSupportService;
import uk.ehctracker.support.SpecialistKind;
import uk.ehctracker.support.SupportCommands;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.TestPeople;
import uk.ehctracker.ui.common.Dates;
import uk.ehctracker.assessment.CaseSteps;
import uk.ehctracker.workflow.TaskSummary;
import uk.ehctracker.workflow.UserTasks;

/**
 * The assessment in a real headless Chromium, step by step, with a screenshot of each step and
 * axe-core on the family's and the SENCO's pages: a parent asks for an assessment and sees its
 * dates; the caseworker decides to assess; the psychologist gives advice; the caseworker serves
 * the draft plan; the parent comments on it.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssessmentJourneyTest {

    @LocalServerPort int port;
    @Autowired TestPeople people;
    @Autowired AssessmentService assessments;
    @Autowired AssessmentQueries queries;
    @Autowired UserTasks userTasks;
    @Autowired Clock clock;
    @Autowired Accounts accounts;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired SenSupportService support;

    /** Sentences no other test types, so finding them proves they travelled from the person who wrote them. */
    static final String PSYCHOLOGIST_SAYS = "Working memory is well below average; he needs structured, repeated teaching (journey EP).";
    static final String FAMILY_SAYS = "He loves football and finds reading and writing very hard (journey family).";
    static final String SENCO_FOUND = "Reads at the level of a six-year-old after two terms of daily phonics (journey SENCO).";
    static final String SCHOOL_ADVISES = "In class he needs instructions broken into single steps and a visual timetable (journey school).";

    Browser browser;
    /** The child whose family asks for an assessment themselves (the first step only). */
    Child askedForByFamily;
    /** The child whose school asks, and whose assessment the journey follows to the final plan. */
    Child child;
    AssessmentCase kase;

    @BeforeAll
    void startBrowser() throws Exception {
        ClockUtil.reset();
        browser = new Browser(port);
        askedForByFamily = people.newChildOfParent(StatutoryClock.today(clock).minusYears(7));
        child = people.newChildOfParent(StatutoryClock.today(clock).minusYears(8));
    }

    @BeforeEach
    void realClock() {
        ClockUtil.reset();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private LocalDate today() {
        return StatutoryClock.today(clock);
    }

    private TaskSummary task(String key, String username) {
        return userTasks.tasksFor(people.user(username)).stream()
                .filter(t -> t.caseId() == kase.getId() && t.taskKey().equals(key)).findFirst().orElseThrow();
    }

    /** axe-core finds no serious or critical violation, on a desktop and at a phone's width. */
    private void accessible(String page) throws Exception {
        browser.assertAccessible(page);
    }

    @Test
    @Order(1)
    void aParentAsksForAnAssessment_andSeesItsDates() throws Exception {
        browser.signIn("parent");
        browser.open("family");
        browser.find("#request-" + askedForByFamily.getId());
        browser.screenshot("01-family-home-before-request");
        accessible("the family's home page");
        browser.type("#reasons-" + askedForByFamily.getId() + " textarea", "He cannot follow lessons without an adult beside him.");
        browser.click("#send-request-" + askedForByFamily.getId());
        browser.waitForText("We received your request on " + Dates.full(today()));
        assertThat(browser.text()).contains("We will tell you by " + Dates.full(today().plusDays(42))
                + " whether we will carry out an assessment.");
        AssessmentCase asked = queries.casesOfChild(askedForByFamily.getId(), people.user("parent")).get(0);
        browser.screenshot("02-family-home-request-made");
        accessible("the family's home page with a request");

        browser.open("cases/" + asked.getId());
        browser.waitForText("Statutory dates");
        browser.screenshot("03-family-case-page");
        accessible("the family's case page");
    }

    @Test
    @Order(2)
    void theSencoSendsARequestWithTheSchoolsEvidence() throws Exception {
        CurrentUser senco = people.user("senco");
        LocalDate today = today();
        long pupil = child.getId();
        // two cycles of assess, plan, do and review, a specialist and the provision map, as the SENCO records them
        support.placeOnSenSupport(pupil, new SupportCommands.Place(today, today, List.of(NeedType.SPLD)), senco);
        support.addProvision(pupil, new SupportCommands.AddProvision("Phonics group of three", Delivery.GROUP, "Daily",
                "Teaching assistant", today, null, new java.math.BigDecimal("1400")), senco);
        support.assess(pupil, new SupportCommands.Assess(SENCO_FOUND, "Reading age 6.", "I like the phonics group.",
                "We want him to enjoy books."), senco);
        support.plan(pupil, new SupportCommands.Plan("Read words of three letters.", "Daily phonics.", today.plusWeeks(8)), senco);
        support.bringReviewForward(pupil, senco);
        support.review(pupil, new SupportCommands.Review(ReviewOutcome.INVOLVE_SPECIALIST, "Little progress."), senco);
        support.agreeSpecialist(pupil, new SupportCommands.AgreeSpecialist(SpecialistKind.EDUCATIONAL_PSYCHOLOGIST, true, today), senco);
        support.recordSpecialistAdvice(pupil, new SupportCommands.SpecialistAdvice("Weak working memory.", today), senco);

        browser.signIn("senco");
        browser.open("school/pupil/" + pupil);
        browser.waitForText("Read words of three letters.");
        browser.screenshot("04-senco-pupil-page");
        accessible("the SENCO's pupil page");
        browser.open("school/pupil/" + pupil + "/request");
        browser.find("#checklist li[data-kind]");
        browser.type("#reasons textarea", "Two cycles of SEN support and a psychologist's advice; he needs more than the school can provide.");
        browser.screenshot("05-senco-request-with-evidence");
        accessible("the SENCO's request page");
        browser.click("#send");
        browser.waitForText("Request sent. The local authority received it today");
        kase = queries.casesOfChild(pupil, people.user("caseworker")).get(0);
        assertThat(kase.getRequestedBy()).isEqualTo(RequestedBy.SCHOOL);
        assertThat(browser.text()).contains(kase.reference());
    }

    @Test
    @Order(3)
    void theCaseworkerDecidesToAssess() throws Exception {
        browser.signIn("caseworker");
        browser.open("caseworker");
        browser.waitForText(kase.reference());
        browser.screenshot("06-caseworker-work-list");
        accessible("the caseworker's work list");
        // the school's evidence is on the case, where the caseworker decides from it
        browser.open("cases/" + kase.getId());
        browser.find("#sen-support");
        assertThat(browser.find("#sen-support").getText()).contains(SENCO_FOUND).contains("Phonics group of three")
                .contains("Educational psychologist");
        browser.screenshot("07-caseworker-reads-the-schools-evidence");
        browser.open("tasks/" + task(CaseSteps.DECIDE_WHETHER_TO_ASSESS, "caseworker").id());
        browser.find("#decideWhetherToAssess-assessDecision");
        browser.tick("#decideWhetherToAssess-assessDecision vaadin-radio-button input");
        browser.tick("#decideWhetherToAssess-mayHaveSen input");
        browser.tick("#decideWhetherToAssess-mayNeedPlan input");
        browser.type("#decideWhetherToAssess-reasons textarea", "He may have SEN and may need provision through a plan.");
        browser.screenshot("08-caseworker-decision-form");
        browser.click("#submit");
        browser.waitForText("My work");
        assertThat(queries.visibleCase(kase.getId(), people.user("caseworker")).getStage()).isEqualTo(CaseStage.GATHERING_ADVICE);
        browser.screenshot("09-caseworker-after-decision");
    }

    @Test
    @Order(4)
    void thePsychologistGivesAdvice() throws Exception {
        browser.signIn("professional");
        browser.open("professional");
        browser.waitForText(kase.reference());
        browser.screenshot("10-professional-advice-requests");
        browser.open("tasks/" + task(CaseSteps.GIVE_ADVICE, "professional").id());
        browser.type("#giveAdvice-advice textarea", PSYCHOLOGIST_SAYS);
        browser.screenshot("11-professional-advice-form");
        browser.click("#submit");
        browser.waitForText("Advice requests");
        AdviceRequest psychology = queries.advice(kase.getId(), people.user("caseworker")).stream()
                .filter(a -> a.getKind() == AdviceKind.PSYCHOLOGICAL).findFirst().orElseThrow();
        assertThat(psychology.isOpen()).isFalse();
    }

    @Test
    @Order(5)
    void theSchoolGivesItsEducationalAdvice() throws Exception {
        browser.signIn("senco");
        browser.open("school");
        // reg 6(1)(b): the school is asked for educational advice; reg 8: due within 6 weeks of the request
        browser.waitForText("Give the educational advice for");
        // the child's name is isolated for right-to-left names: compare without the marks
        assertThat(browser.text().replaceAll("[\u2068\u2069]", "")).contains("Give the educational advice for " + child.getFullName());
        LocalDate requestedOn = educationalAdvice().getRequestedOn();
        assertThat(browser.text()).contains("due " + Dates.full(requestedOn.plusWeeks(6)));
        browser.screenshot("12-senco-asked-for-advice");
        browser.open("tasks/" + task(CaseSteps.GIVE_ADVICE, "senco").id());
        browser.type("#giveAdvice-advice textarea", SCHOOL_ADVISES);
        accessible("the school's advice form");
        browser.click("#submit");
        browser.waitForText("Our pupils: the SEN register");
        assertThat(educationalAdvice().isOpen()).isFalse();
        assertThat(educationalAdvice().getAdvice()).isEqualTo(SCHOOL_ADVISES);
    }

    private AdviceRequest educationalAdvice() {
        return queries.advice(kase.getId(), people.user("caseworker")).stream()
                .filter(a -> a.getKind() == AdviceKind.EDUCATIONAL).findFirst().orElseThrow();
    }

    @Test
    @Order(6)
    void theCaseworkerServesTheDraftPlan() throws Exception {
        CurrentUser caseworker = people.user("caseworker");
        for (AdviceRequest a : queries.advice(kase.getId(), caseworker)) {
            if (a.isOpen() && a.getKind() != AdviceKind.PARENT) {
                assessments.giveAdvice(new Commands.GiveAdvice(a.getId(), "Advice for the assessment.", today()), adviser(a.getKind()));
            }
        }
        // the parent's own views, through their task page
        browser.signIn("parent");
        browser.open("family");
        browser.waitForText("Give your views");
        browser.screenshot("13-family-asked-for-views");
        accessible("the family's home page asking for views");
        // the task opens the family's own views form, which answers the request for their views
        browser.open("tasks/" + task(CaseSteps.GIVE_ADVICE, "parent").id());
        browser.find("#familyViews-aboutChild");
        accessible("the family's views page");
        browser.click("#send-views");
        browser.waitForText("There is a problem");
        browser.screenshot("14-family-views-error");
        accessible("the family's views page with an error");
        browser.type("#familyViews-aboutChild textarea", FAMILY_SAYS);
        browser.click("#send-views");
        browser.waitForText("What you have sent us");

        assessments.decideWhetherToIssue(kase.getId(), new Commands.DecideWhetherToIssue(DecisionOutcome.ISSUE, true,
                "The provision he needs is beyond what the school can provide.", today()), caseworker);
        browser.signIn("caseworker");
        browser.open("tasks/" + task(CaseSteps.WRITE_DRAFT_PLAN, "caseworker").id());
        browser.find("#writeDraftPlan-sectionB");
        // the plan is written from the evidence: the psychologist's words and the family's, beside the form
        assertThat(browser.text()).contains(PSYCHOLOGIST_SAYS).contains(SCHOOL_ADVISES).contains(FAMILY_SAYS);
        accessible("the draft-plan form");
        browser.type("#writeDraftPlan-sectionB textarea", "Specific learning difficulty affecting reading and writing.");
        browser.type("#writeDraftPlan-sectionE textarea", "He reads age-appropriate texts independently by the end of Year 6.");
        browser.type("#writeDraftPlan-sectionF textarea", "Daily structured phonics, 1:1, 30 minutes, by a trained teaching assistant.");
        browser.screenshot("15-caseworker-draft-plan-form");
        browser.click("#submit");
        browser.waitForText("My work");
        assertThat(queries.visibleCase(kase.getId(), caseworker).getStage()).isEqualTo(CaseStage.DRAFT_WITH_FAMILY);
        browser.open("cases/" + kase.getId());
        browser.waitForText("The draft EHC plan");
        // the model itself, drawn, with the family's step open now
        browser.click("#process-diagram vaadin-details-summary");
        browser.find("#process-diagram svg g[data-element='" + CaseSteps.COMMENT_ON_DRAFT_PLAN + "'][data-state='now']");
        browser.find("#process-diagram svg g[data-element='" + CaseSteps.WRITE_DRAFT_PLAN + "'][data-state='done']");
        browser.screenshot("16-caseworker-case-page");
        accessible("the caseworker's case page with the process model");
    }

    @Test
    @Order(7)
    void theParentCommentsOnTheDraft() throws Exception {
        LocalDate lastDay = queries.visibleCase(kase.getId(), people.user("parent")).getDraftCommentsDue();
        browser.signIn("parent");
        browser.open("family");
        browser.waitForText("Comment on the draft plan");
        assertThat(browser.text()).contains("Please send us your comments by " + Dates.full(lastDay));
        browser.screenshot("17-family-draft-to-comment");
        accessible("the family's home page with the draft");
        browser.open("tasks/" + task(CaseSteps.COMMENT_ON_DRAFT_PLAN, "parent").id());
        browser.find("#commentOnDraftPlan-comments");
        // the family receives the advice with the draft (reg 13(1)): they read the psychologist's own words
        assertThat(browser.text()).contains(PSYCHOLOGIST_SAYS).contains("Daily structured phonics");
        browser.type("#commentOnDraftPlan-comments textarea", "We agree with sections B and F. Please add support at lunchtime.");
        accessible("the family's comment page");
        browser.screenshot("18-family-comment-form");
        browser.click("#submit");
        browser.waitForText("My requests");
        assertThat(queries.visibleCase(kase.getId(), people.user("parent")).getDraftCommentedOn()).isEqualTo(today());
        browser.screenshot("19-family-after-comments");
    }

    @Test
    @Order(8)
    void theFinalPlanIsIssued_andTheFamilyReadsIt() throws Exception {
        CurrentUser caseworker = people.user("caseworker");
        // CFA s40(3): the family asked for no school; the LA consults the one it chose, which can meet the needs
        assessments.chooseSettingToConsult(kase.getId(), new Commands.ChooseSettingToConsult("Riverside Primary School"), caseworker);
        assessments.respondToConsultation(kase.getId(), new Commands.RespondToConsultation(true,
                "We can meet the needs in section F.", today()), caseworker);
        assessments.issueFinalPlan(kase.getId(), new Commands.IssueFinalPlan("Riverside Primary School", today()), caseworker);

        browser.signIn("parent");
        browser.open("cases/" + kase.getId());
        browser.waitForText("Final plan");
        assertThat(browser.text()).contains("Daily structured phonics, 1:1, 30 minutes").contains("Riverside Primary School")
                .contains("Download the final plan (PDF)");
        browser.screenshot("20-family-final-plan");
        accessible("the family's case page with the final plan");
    }

    @Test
    @Order(9)
    void anInvitedParentChoosesAPasswordThroughTheLink_andSignsIn() throws Exception {
        String address = "journey.parent" + kase.getId() + "@example.org";
        accounts.inviteFamily(kase.getId(), new Accounts.FamilyInvitation("Nadia Khan", address, false), people.user("caseworker"));
        String body = jdbc.queryForObject("SELECT body FROM outbox_message WHERE to_address = ? ORDER BY id DESC LIMIT 1",
                String.class, address);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/(set-password\\?token=[A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).isTrue();

        browser.signOut();
        browser.open(link.group(1));
        browser.waitForText("Choose your password");
        accessible("the page to choose a password");
        browser.type("#password input", "kettle violin meadow");
        browser.type("#repeatPassword input", "kettle violin meadow");
        browser.screenshot("21-invited-parent-chooses-password");
        browser.click("#set-password");
        browser.waitForText("Your password is set");

        browser.signIn(address, "kettle violin meadow");
        browser.open("cases/" + kase.getId());
        browser.waitForText("Final plan");
        browser.screenshot("22-invited-parent-signed-in");
    }

    @Test
    @Order(10)
    void theSencosHomePageIsAccessible() throws Exception {
        browser.signIn("senco");
        browser.open("school");
        browser.screenshot("23-senco-home");
        accessible("the SENCO's home page");
    }

    @Test
    @Order(11)
    void aFailedSignIn_keepsTheUsername_andAsksOnlyForThePasswordAgain() throws Exception {
        browser.signOut();
        browser.open("login");
        var username = browser.find("input[name='username']");
        username.sendKeys("parent");
        var password = browser.find("input[name='password']");
        password.sendKeys("not-the-password");
        password.sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitForText("We could not sign you in");
        browser.waitUntil(() -> "parent".equals(browser.find("input[name='username']").getDomProperty("value")));
        assertThat(browser.find("input[name='password']").getDomProperty("value")).isEmpty();
        browser.screenshot("24-sign-in-failed-username-kept");
        accessible("the sign-in page after a failed sign-in");

        // the way back in for someone who forgot: a link on the sign-in page to ask for a new one
        browser.click("vaadin-login-form vaadin-button[slot='forgot-password']");
        browser.waitForText("Reset your password");
        accessible("the page to ask for a new password link");
        browser.type("#usernameOrEmail input", "parent");
        browser.click("#send-reset-link");
        browser.waitForText("If an account matches what you typed, we have sent a link to its e-mail address.");
        browser.screenshot("25-forgot-password-link-sent");
    }

    private CurrentUser adviser(AdviceKind kind) {
        return switch (kind) {
            case EDUCATIONAL -> people.user("senco");
            case PSYCHOLOGICAL -> people.user("professional");
            case MEDICAL -> people.user("health");
            default -> people.user("socialcare");
        };
    }
}
