package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.ehctracker.assessment.AdviceKind;
import uk.ehctracker.assessment.AdviceRequest;
import uk.ehctracker.assessment.AdviceStatus;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.CaseStage;
import uk.ehctracker.assessment.CaseSteps;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.assessment.DecisionOutcome;
import uk.ehctracker.forms.RenderedForm;

/**
 * Issue 14: what each person gives reaches the people who decide. The educational psychologist's
 * own words appear beside the draft plan's sections and on the family's case page; the family's
 * views, sent through their own form, appear on the case page and the draft-plan task; an adviser
 * reads only their own advice, and another family nothing.
 */
class EvidenceReachesDecidersTest extends KaribuTest {

    static String page() {
        return KaribuTest.textOf(UI.getCurrent().getCurrentView());
    }

    static String textOfId(String id) {
        return KaribuTest.textOf(_get(Component.class, s -> s.withId(id)));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void set(RenderedForm form, String key, Object value) {
        LocatorJ._setValue((HasValue) form.field(key).orElseThrow(), value);
    }

    private static String unique(String sentence) {
        return sentence + " (" + UUID.randomUUID().toString().substring(0, 8) + ")";
    }

    /** A case with all advice in: the EP's and the doctor's typed through their task pages. */
    private AssessmentCase adviceIn(String psychology, String medical) {
        AssessmentCase c = cases().at(CaseStage.GATHERING_ADVICE);
        RenderedForm form = openTask(c, CaseSteps.GIVE_ADVICE, "professional");
        set(form, "advice", psychology);
        _click(_get(Button.class, s -> s.withId("submit")));
        form = openTask(c, CaseSteps.GIVE_ADVICE, "health");
        set(form, "advice", medical);
        _click(_get(Button.class, s -> s.withId("submit")));
        cases().giveAllAdvice(c, AdviceKind.PARENT);
        return c;
    }

    private RenderedForm openTask(AssessmentCase c, String taskKey, String username) {
        var task = cases().task(c, taskKey, username);
        signIn(username);
        navigate("tasks/" + task.id());
        return _get(RenderedForm.class);
    }

    @Test
    void thePsychologistsWordsAreBesideTheDraftPlan_andOnTheFamilysCasePage() {
        String psychology = unique("Amira's working memory is at the 5th centile; she needs instructions broken into single steps.");
        String medical = unique("No medical condition explains the difficulties; hearing and vision are normal.");
        AssessmentCase c = adviceIn(psychology, medical);
        // the family's views through their own form (it answers the LA's request for them)
        String views = unique("She draws beautifully and hates being hurried.");
        signIn("parent");
        navigate("family/views/" + c.getId());
        RenderedForm viewsForm = _get(RenderedForm.class);
        set(viewsForm, "aboutChild", views);
        _click(_get(Button.class, s -> s.withId("send-views")));
        cases().assessments.decideWhetherToIssue(c.getId(), new Commands.DecideWhetherToIssue(DecisionOutcome.ISSUE, true,
                "Provision beyond the school's resources.", cases().today()), cases().people.user("caseworker"));

        // the caseworker writes the draft beside the evidence: views at section A, advice at section B
        RenderedForm draft = openTask(c, CaseSteps.WRITE_DRAFT_PLAN, "caseworker");
        assertThat(_get(H1.class).getText()).startsWith("Write the draft EHC plan");
        String adviceBeside = textOfId("evidence-advice");
        assertThat(adviceBeside).contains("The advice (for sections B to K)")
                .contains("Psychological advice from")
                .contains(psychology).contains(medical);
        assertThat(textOfId("evidence-views")).contains("The family's views (for section A)").contains(views);
        // beside the field it feeds: inside the form, just before section A / section B
        Component sectionA = draft.field("sectionA").orElseThrow();
        Component viewsPanel = _get(Component.class, s -> s.withId("evidence-views"));
        assertThat(viewsPanel.getParent()).isEqualTo(sectionA.getParent());
        Component sectionB = draft.field("sectionB").orElseThrow();
        assertThat(_get(Component.class, s -> s.withId("evidence-advice")).getParent()).isEqualTo(sectionB.getParent());

        // the family reads the advice in full on their case page, and their own views
        signIn("parent");
        navigate("cases/" + c.getId());
        assertThat(textOfId("advice")).contains(psychology).contains(medical);
        assertThat(textOfId("family-views")).contains("Your views").contains("About your child").contains(views);

        // the caseworker's case page: all of it
        signIn("caseworker");
        navigate("cases/" + c.getId());
        assertThat(textOfId("advice")).contains(psychology).contains(medical);
        assertThat(textOfId("family-views")).contains("The family's views").contains(views);
    }

    @Test
    void anAdviserReadsOnlyTheirOwnAdvice_andAnotherFamilyNothing() {
        String psychology = unique("Processing speed is very low; allow extra time for every written task.");
        String medical = unique("Mild asthma, well controlled; an inhaler in school.");
        AssessmentCase c = adviceIn(psychology, medical);

        signIn("professional");
        navigate("cases/" + c.getId());
        assertThat(page()).contains(psychology).doesNotContain(medical).doesNotContain("Needs support with reading and attention.");
        assertThat(_find(Component.class, s -> s.withId("family-views"))).isEmpty();

        signIn("health");
        navigate("cases/" + c.getId());
        assertThat(page()).contains(medical).doesNotContain(psychology);

        // the school reads the educational advice it gave, no one else's
        signIn("senco");
        navigate("cases/" + c.getId());
        assertThat(page()).contains("Needs support with reading and attention.").doesNotContain(psychology).doesNotContain(medical);

        signIn("parent2");
        navigate("cases/" + c.getId());
        assertThat(_get(H1.class).getText()).isEqualTo("Case not found");
        assertThat(page()).doesNotContain(psychology).doesNotContain(medical);
        navigate("family/views/" + c.getId());
        assertThat(_get(H1.class).getText()).isEqualTo("Request not found");
    }

    @Test
    void theFamilyGivesTheirViews_withADrawing_andTheRequestForThemIsAnswered() {
        AssessmentCase c = cases().at(CaseStage.GATHERING_ADVICE);
        signIn("parent");
        navigate("family");
        assertThat(textOfId("todo-" + c.getId())).contains("Give your views");
        // the family's task opens their own form
        navigate("tasks/" + cases().task(c, CaseSteps.GIVE_ADVICE, "parent").id());
        assertThat(_get(H1.class).getText()).isEqualTo("Give your views about " + c.getChild().getFirstName());
        RenderedForm form = _get(RenderedForm.class);
        assertThat(page()).contains("Tell us about your child").contains("In their own words")
                .contains("Add a drawing, a photo or a recording")
                .doesNotContain("reg ").doesNotContain("regulation");
        assertThat(form.fields().values()).map(f -> ((HasLabel) f).getLabel()).containsExactly("About your child",
                "What is hard", "What has helped", "What you hope for", "What your child or young person wants to tell us");

        // nothing written: the problem is named at the first box
        _click(_get(Button.class, s -> s.withId("send-views")));
        assertThat(((HasValidation) form.field("aboutChild").orElseThrow()).isInvalid()).isTrue();
        assertThat(form.errorSummaryMessages()).contains("Tell us something in at least one box, or add a drawing or a recording");
        // too long: named by its label
        set(form, "hopes", "x".repeat(3001));
        _click(_get(Button.class, s -> s.withId("send-views")));
        assertThat(((HasValidation) form.field("hopes").orElseThrow()).isInvalid()).isTrue();
        assertThat(String.join(" ", form.errorSummaryMessages())).contains("What you hope for");

        String hard = unique("Loud rooms and long instructions are hard for her.");
        String voice = unique("I like it when Miss Patel sits next to me.");
        set(form, "hopes", "To read a whole book by herself.");
        set(form, "whatIsHard", hard);
        set(form, "childsVoice", voice);
        Upload upload = _get(Upload.class);
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        UploadKt._upload(upload, "my-drawing.png", "image/png", png);
        assertThat(textOfId("views-attached")).contains("Attached: my-drawing.png");
        _click(_get(Button.class, s -> s.withId("send-views")));

        // what they sent is shown back to them
        String sent = textOfId("views-sent");
        assertThat(sent).contains("What you have sent us").contains(hard).contains(voice).contains("In their own words")
                .contains("You attached: my-drawing.png");
        // the LA's request for their views is answered (reg 6(1)(a)): no task left for the family
        AdviceRequest parentAdvice = cases().queries.advice(c.getId(), cases().people.user("caseworker")).stream()
                .filter(a -> a.getKind() == AdviceKind.PARENT).findFirst().orElseThrow();
        assertThat(parentAdvice.getStatus()).isEqualTo(AdviceStatus.RECEIVED);
        assertThat(parentAdvice.getAdvice()).contains(hard);
        assertThat(cases().userTasks.tasksFor(cases().people.user("parent"))).noneMatch(t -> t.caseId() == c.getId());

        // the caseworker sees them on the case, with the drawing named
        signIn("caseworker");
        navigate("cases/" + c.getId());
        assertThat(textOfId("family-views")).contains(hard).contains(voice).contains("Attached: my-drawing.png");
        // and when deciding whether to issue a plan
        cases().giveAllAdvice(c, null);
        openTask(c, CaseSteps.DECIDE_WHETHER_TO_ISSUE_PLAN, "caseworker");
        assertThat(textOfId("evidence-views")).contains(hard);
    }

    @Test
    void viewsAreTakenFromTheRequest_butNotOnceTheDraftIsWritten() {
        AssessmentCase requested = cases().requested();
        signIn("parent");
        navigate("family");
        assertThat(textOfId("todo-" + requested.getId())).contains("You can tell us about").contains("Give your views");
        navigate("family/views/" + requested.getId());
        set(_get(RenderedForm.class), "aboutChild", "He is kind and funny.");
        _click(_get(Button.class, s -> s.withId("send-views")));
        assertThat(textOfId("views-sent")).contains("He is kind and funny.");

        AssessmentCase drafted = cases().at(CaseStage.DRAFT_WITH_FAMILY);
        signIn("parent");
        navigate("family/views/" + drafted.getId());
        assertThat(_find(RenderedForm.class)).isEmpty();
        assertThat(page()).contains("We have written the draft plan").contains("comments on the draft plan");
        assertThat(List.of(page())).noneMatch(t -> t.contains("Exception"));
    }
}
