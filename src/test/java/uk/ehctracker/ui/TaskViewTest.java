package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.ehctracker.assessment.AdviceKind;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.CaseStage;
import uk.ehctracker.forms.RenderedForm;
import uk.ehctracker.assessment.CaseProcess;
import uk.ehctracker.assessment.CaseSteps;
import uk.ehctracker.workflow.TaskSummary;

/**
 * The task page for every task type: the form renders, valid values move the case on, invalid
 * values are shown at their fields, and a task that is not the person's is "not found".
 */
class TaskViewTest extends KaribuTest {

    private RenderedForm open(TaskSummary task, String username) {
        signIn(username);
        navigate("tasks/" + task.id());
        return _get(RenderedForm.class);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void set(RenderedForm form, String key, Object value) {
        Component field = form.field(key).orElseThrow(() -> new AssertionError("no field " + key));
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue((HasValue) field, value);
    }

    private static void submit() {
        _click(_get(Button.class, s -> s.withId("submit")));
    }

    private static boolean invalid(RenderedForm form, String key) {
        return ((HasValidation) form.field(key).orElseThrow()).isInvalid();
    }

    @Test
    void decideWhetherToAssess_invalidThenValid() {
        AssessmentCase c = cases().requested();
        RenderedForm form = open(cases().task(c, CaseSteps.DECIDE_WHETHER_TO_ASSESS, "caseworker"), "caseworker");
        assertThat(_get(H1.class).getText()).isEqualTo("Decide whether to assess " + c.getChild().getFullName());
        // nothing chosen: the decision and the reasons are marked, and the summary lists them
        submit();
        assertThat(invalid(form, "assessDecision")).isTrue();
        assertThat(invalid(form, "reasons")).isTrue();
        assertThat(form.errorSummaryMessages()).isNotEmpty();
        assertThat(cases().reload(c).getStage()).isEqualTo(CaseStage.DECIDING_WHETHER_TO_ASSESS);

        set(form, "assessDecision", "ASSESS");
        set(form, "mayHaveSen", true);
        set(form, "mayNeedPlan", true);
        set(form, "evidenceWeighed", Set.of("ATTAINMENT_AND_PROGRESS"));
        set(form, "reasons", "Progress well below expectations despite support.");
        submit();
        assertThat(cases().reload(c).getStage()).isEqualTo(CaseStage.GATHERING_ADVICE);
        NotificationsKt.expectNotifications("Done. The case has moved on.");
    }

    @Test
    void decideWhetherToAssess_theServiceRuleShowsAtItsField() {
        AssessmentCase c = cases().requested();
        RenderedForm form = open(cases().task(c, CaseSteps.DECIDE_WHETHER_TO_ASSESS, "caseworker"), "caseworker");
        set(form, "assessDecision", "ASSESS");
        set(form, "reasons", "Assessing without recording the test.");
        submit();
        assertThat(invalid(form, "mayHaveSen")).isTrue();
        assertThat(cases().reload(c).getStage()).isEqualTo(CaseStage.DECIDING_WHETHER_TO_ASSESS);
    }

    @Test
    void giveAdvice_byTheProfessional_theSencoAndTheParent() {
        AssessmentCase c = cases().at(CaseStage.GATHERING_ADVICE);
        RenderedForm form = open(cases().task(c, CaseSteps.GIVE_ADVICE, "professional"), "professional");
        assertThat(_get(H1.class).getText()).isEqualTo("Psychological advice for " + c.getChild().getFullName());
        submit();
        assertThat(invalid(form, "advice")).isTrue();
        set(form, "advice", "Needs structured support with working memory.");
        submit();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("professional");

        form = open(cases().task(c, CaseSteps.GIVE_ADVICE, "senco"), "senco");
        assertThat(_get(H1.class).getText()).startsWith("Educational advice");
        set(form, "advice", "Reading age 6 at age 8.");
        submit();

        // the family's task opens their own views form, which answers the request for their views
        form = open(cases().task(c, CaseSteps.GIVE_ADVICE, "parent"), "parent");
        assertThat(_get(H1.class).getText()).isEqualTo("Give your views about " + c.getChild().getFirstName());
        assertThat(_get(Button.class, s -> s.withId("send-views")).getText()).isEqualTo("Send your views");
        set(form, "aboutChild", "She loves drawing and finds reading very hard.");
        _click(_get(Button.class, s -> s.withId("send-views")));
        NotificationsKt.expectNotifications("Thank you. We have received your views.");
        cases().giveAllAdvice(c, null);
        assertThat(cases().reload(c).getStage()).isEqualTo(CaseStage.DECIDING_WHETHER_TO_ISSUE);
    }

    @Test
    void decideWhetherToIssue_thenWriteTheDraft() {
        AssessmentCase c = cases().at(CaseStage.DECIDING_WHETHER_TO_ISSUE);
        RenderedForm form = open(cases().task(c, CaseSteps.DECIDE_WHETHER_TO_ISSUE_PLAN, "caseworker"), "caseworker");
        set(form, "issueDecision", "ISSUE");
        set(form, "reasons", "Provision beyond the school's resources.");
        submit();
        assertThat(invalid(form, "necessaryTestMet")).isTrue();
        set(form, "necessaryTestMet", true);
        submit();
        assertThat(cases().reload(c).getStage()).isEqualTo(CaseStage.DRAFTING_PLAN);

        form = open(cases().task(c, CaseSteps.WRITE_DRAFT_PLAN, "caseworker"), "caseworker");
        set(form, "sectionB", "Specific learning difficulty.");
        submit();
        assertThat(invalid(form, "sectionE")).isTrue();
        assertThat(invalid(form, "sectionF")).isTrue();
        set(form, "sectionE", "Reads independently.");
        set(form, "sectionF", "Daily phonics, 1:1, 30 minutes.");
        submit();
        assertThat(cases().reload(c).getStage()).isEqualTo(CaseStage.DRAFT_WITH_FAMILY);
    }

    @Test
    void theFamilyCommentsOnTheDraft_theSchoolAnswers_andThePlanIsIssued() {
        AssessmentCase c = cases().at(CaseStage.DRAFT_WITH_FAMILY);
        RenderedForm form = open(cases().task(c, CaseSteps.COMMENT_ON_DRAFT_PLAN, "parent"), "parent");
        assertThat(_get(H1.class).getText()).isEqualTo("Comment on " + c.getChild().getFullName() + "'s draft EHC plan");
        // reg 13(1): the family comments with the draft in front of them, and the advice it was written from
        assertThat(KaribuTest.textOf(_get(com.vaadin.flow.component.Component.class, s -> s.withId("draft-plan"))))
                .contains("The draft plan").contains("Daily structured phonics, 1:1, 30 minutes, by a trained teaching assistant.");
        assertThat(KaribuTest.textOf(_get(com.vaadin.flow.component.Component.class, s -> s.withId("evidence-advice"))))
                .contains("The advice we used to write it").contains("Needs support with reading and attention.");
        set(form, "requestedSchool", "x".repeat(201));
        submit();
        assertThat(invalid(form, "requestedSchool")).isTrue();
        set(form, "requestedSchool", "Hillcrest Academy");
        set(form, "comments", "We agree with section F.");
        submit();
        assertThat(cases().reload(c).getStage()).isEqualTo(CaseStage.CONSULTING_SCHOOL);

        form = open(cases().task(c, CaseSteps.RESPOND_TO_CONSULTATION, "senco2"), "senco2");
        set(form, "response", "We can meet the needs in section F.");
        submit();
        assertThat(invalid(form, "canMeetNeeds")).isTrue();
        set(form, "canMeetNeeds", "YES");
        submit();
        assertThat(cases().reload(c).getStage()).isEqualTo(CaseStage.FINALISING_PLAN);

        form = open(cases().task(c, CaseSteps.ISSUE_FINAL_PLAN, "caseworker"), "caseworker");
        // section I starts from the setting consulted; emptied, it is required
        assertThat(form.values()).containsEntry("namedPlacement", "Hillcrest Academy");
        set(form, "namedPlacement", "");
        submit();
        assertThat(invalid(form, "namedPlacement")).isTrue();
        set(form, "namedPlacement", "Hillcrest Academy");
        submit();
        assertThat(cases().reload(c).getStage()).isEqualTo(CaseStage.PLAN_ISSUED);
    }

    @Test
    void noSchoolAskedFor_theCaseworkerChoosesOneFromTheDirectory_andItIsConsulted() {
        AssessmentCase c = cases().at(CaseStage.CHOOSING_SETTING);
        RenderedForm form = open(cases().task(c, CaseSteps.CHOOSE_SETTING_TO_CONSULT, "caseworker"), "caseworker");
        assertThat(_get(H1.class).getText()).isEqualTo("Choose a school or setting to consult for " + c.getChild().getFullName());
        submit();
        assertThat(invalid(form, "settingToConsult")).isTrue();
        set(form, "settingToConsult", "A school nobody has heard of");
        submit();
        // CFA s40(3): only a setting in the directory can be consulted; nothing is sent
        assertThat(invalid(form, "settingToConsult")).isTrue();
        assertThat(cases().reload(c).getStage()).isEqualTo(CaseStage.CHOOSING_SETTING);
        set(form, "settingToConsult", "Hillcrest Academy");
        submit();
        assertThat(cases().reload(c).getStage()).isEqualTo(CaseStage.CONSULTING_SCHOOL);
        assertThat(cases().reload(c).getConsultedSetting()).isEqualTo("Hillcrest Academy");
    }

    @Test
    void theManagerReviewsAMissedDeadline() {
        AssessmentCase c = cases().requested();
        context.getBean(CaseProcess.class).startMissedDeadlineReview(c.getId(), "la:LA1:manager", "DECISION_TO_ASSESS", null);
        TaskSummary review = cases().task(c, CaseSteps.REVIEW_MISSED_DEADLINE, "manager");
        RenderedForm form = open(review, "manager");
        submit();
        assertThat(invalid(form, "actionTaken")).isTrue();
        set(form, "actionTaken", "Spoke to the caseworker; decision by Friday.");
        submit();
        NotificationsKt.expectNotifications("Done. The case has moved on.");
        assertThat(cases().userTasks.tasksFor(cases().people.user("manager"))).noneMatch(t -> t.id().equals(review.id()));
    }

    @Test
    void aTaskThatIsNotTheirsIsNotFound() {
        AssessmentCase c = cases().at(CaseStage.GATHERING_ADVICE);
        TaskSummary psychology = cases().task(c, CaseSteps.GIVE_ADVICE, "professional");
        for (String other : new String[] {"health", "parent2", "caseworker2", "senco2"}) {
            signIn(other);
            navigate("tasks/" + psychology.id());
            assertThat(_get(H1.class).getText()).isEqualTo("Task not found");
        }
        assertThat(Map.of()).isEmpty();
        assertThat(AdviceKind.PSYCHOLOGICAL).isNotNull();
    }
}
