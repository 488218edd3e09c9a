package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.assessment.CaseStage;
import uk.ehctracker.directory.Child;
import uk.ehctracker.ui.common.Dates;
import uk.ehctracker.assessment.CaseProcess;
import uk.ehctracker.testing.TribunalTime;

/** The family's, the manager's and the professional's home pages. */
class RoleHomeViewsTest extends KaribuTest {

    static String page() {
        return KaribuTest.textOf(UI.getCurrent().getCurrentView());
    }

    @Test
    void theFamilySeesTheRequestInPlainEnglish_withTheDatesWePromise() {
        AssessmentCase c = cases().requested();
        signIn("parent");
        navigate("family");
        assertThat(_find(H1.class)).hasSize(1);
        Component section = _get(Component.class, s -> s.withId("child-" + c.getChild().getId()));
        String text = KaribuTest.textOf(section);
        assertThat(text).contains("We received your request on " + Dates.full(c.getReceivedOn()) + ".")
                .contains("We will tell you by " + Dates.full(c.getDecisionToAssessDue()) + " whether we will carry out an assessment.")
                .contains("There is nothing you need to do now")
                .contains("We are considering an EHC needs assessment");
    }

    @Test
    void theFamilyIsAskedForTheirViews_andForCommentsOnTheDraft() {
        AssessmentCase c = cases().at(CaseStage.GATHERING_ADVICE);
        signIn("parent");
        navigate("family");
        String todo = KaribuTest.textOf(_get(Component.class, s -> s.withId("todo-" + c.getId())));
        assertThat(todo).contains("Give your views").contains("section A");

        AssessmentCase draft = cases().at(CaseStage.DRAFT_WITH_FAMILY);
        signIn("parent");
        navigate("family");
        String draftTodo = KaribuTest.textOf(_get(Component.class, s -> s.withId("todo-" + draft.getId())));
        assertThat(draftTodo).contains("Comment on the draft plan")
                .contains("by " + Dates.full(cases().reload(draft).getDraftCommentsDue()));
    }

    @Test
    void theFamilyAsksForAnAssessment_andAnEmptyReasonIsShown() {
        Child child = cases().people.newChildOfParent(LocalDate.of(2017, 1, 5));
        signIn("parent");
        navigate("family");
        Component form = _get(Component.class, s -> s.withId("request-" + child.getId()));
        _click(_get(form, Button.class, s -> s.withText("Send the request")));
        assertThat(_get(form, TextArea.class, s -> s.withId("reasons-" + child.getId())).isInvalid()).isTrue();
        assertThat(KaribuTest.textOf(form)).contains("There is a problem");
        _setValue(_get(form, TextArea.class, s -> s.withId("reasons-" + child.getId())), "He cannot follow lessons without an adult beside him.");
        _click(_get(form, Button.class, s -> s.withText("Send the request")));
        List<AssessmentCase> made = context.getBean(AssessmentQueries.class).casesOfChild(child.getId(), cases().people.user("parent"));
        assertThat(made).hasSize(1);
        assertThat(made.get(0).getReceivedOn()).isEqualTo(cases().today());
        assertThat(KaribuTest.textOf(_get(Component.class, s -> s.withId("child-" + child.getId()))))
                .contains("We will tell you by " + Dates.full(cases().today().plusDays(42)));
    }

    @Test
    void anotherFamilyDoesNotSeeTheChild() {
        AssessmentCase c = cases().requested();
        signIn("parent2");
        navigate("family");
        assertThat(page()).doesNotContain(c.getChild().getFullName());
        assertThat(_find(Component.class, s -> s.withId("child-" + c.getChild().getId()))).isEmpty();
    }

    @Test
    void theManagerSeesCasesByStage_theRates_andTheEscalations() {
        AssessmentCase c = cases().requested();
        context.getBean(CaseProcess.class).startMissedDeadlineReview(c.getId(), "la:LA1:manager", "DECISION_TO_ASSESS", null);
        signIn("manager");
        navigate("manager");
        assertThat(_get(H1.class).getText()).isEqualTo("Team dashboard");
        Component bar = _get(Component.class, s -> s.withId("by-stage"));
        assertThat(KaribuTest.textOf(bar)).contains("Deciding whether to assess");
        long deciding = Long.parseLong(bar.getElement().getChildren()
                .flatMap(e -> e.getChildren()).filter(e -> "DECIDING_WHETHER_TO_ASSESS".equals(e.getAttribute("data-stage")))
                .findFirst().orElseThrow().getAttribute("data-count"));
        assertThat(deciding).isPositive();
        assertThat(KaribuTest.textOf(_get(Component.class, s -> s.withId("escalations"))))
                .contains("Review: \u2068" + c.getChild().getFullName() + "\u2069");
        assertThat(_find(Component.class, s -> s.withId("twenty-weeks"))).hasSize(1);
    }

    @Test
    void theManagersRateCountsPlansIssuedThisYear() {
        AssessmentCase c = cases().at(CaseStage.FINALISING_PLAN);
        cases().assessments.issueFinalPlan(c.getId(), new uk.ehctracker.assessment.Commands.IssueFinalPlan("Hillcrest Academy", cases().today()), cases().people.user("caseworker"));
        signIn("manager");
        navigate("manager");
        assertThat(KaribuTest.textOf(_get(Component.class, s -> s.withId("rate-all")))).contains("within 20 weeks");
    }

    @Test
    void aFamilyWhoseChildHasAPlan_readsThePlanAndTheirAppealDate_notANewRequestForm() {
        AssessmentCase c = cases().at(CaseStage.FINALISING_PLAN);
        cases().assessments.issueFinalPlan(c.getId(), new uk.ehctracker.assessment.Commands.IssueFinalPlan("Hillcrest Academy",
                cases().today()), cases().people.user("caseworker"));
        String first = c.getChild().getFirstName();
        signIn("parent");
        navigate("family");
        String section = KaribuTest.textOf(_get(Component.class, s -> s.withId("child-" + c.getChild().getId())));
        assertThat(section).contains(first + "'s EHC plan")
                .contains("We issued the final EHC plan on " + uk.ehctracker.ui.common.Dates.full(cases().today())
                        + ". It names Hillcrest Academy.")
                // reg 14; HESC Rules r20: 2 months from the day the plan was sent
                .contains("you can appeal to the SEND Tribunal until " + uk.ehctracker.ui.common.Dates.full(TribunalTime.lastDayToAppeal(cases().today())))
                .doesNotContain("Ask for an EHC needs assessment for " + first)
                .doesNotContain("Earlier requests");
    }

    @Test
    void theProfessionalSeesTheAdviceAskedOfThem_andNotOthers() {
        AssessmentCase c = cases().at(CaseStage.GATHERING_ADVICE);
        signIn("professional");
        navigate("professional");
        String text = page();
        assertThat(text).contains("\u2068" + c.getChild().getFullName() + "\u2069 (" + c.reference() + ")").contains("Psychological advice due");
        assertThat(_find(Anchor.class, s -> s.withText("Give your advice"))).isNotEmpty();

        signIn("caseworker2");
        navigate("caseworker");
        assertThat(page()).doesNotContain(c.getChild().getFullName());
    }

    @Test
    void aParentCannotOpenStaffPages() {
        signIn("parent");
        assertThatThrownBy(() -> navigate("caseworker")).isNotNull();
    }
}
