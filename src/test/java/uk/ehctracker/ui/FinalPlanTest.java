package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.CaseStage;
import uk.ehctracker.assessment.CaseSteps;
import uk.ehctracker.forms.RenderedForm;

/**
 * The final plan is the one the caseworker finalises (reg 12, 13(2)): each section starts from the
 * draft, a changed section says what changed and why, and the family's case page shows the final
 * text with the change note, and a PDF of it.
 */
class FinalPlanTest extends KaribuTest {

    private static final String NEW_F = "Daily structured phonics, 1:1, 45 minutes, by a specialist teacher.";
    private static final String WHY_F = "You told us 30 minutes with an assistant was not enough; the EP's advice supports 45 minutes with a specialist.";

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void set(RenderedForm form, String key, Object value) {
        Component field = form.field(key).orElseThrow(() -> new AssertionError("no field " + key));
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue((HasValue) field, value);
    }

    private static Object value(RenderedForm form, String key) {
        return ((HasValue<?, ?>) form.field(key).orElseThrow()).getValue();
    }

    private static void submit() {
        _click(_get(Button.class, s -> s.withId("submit")));
    }

    @Test
    void aMeetingTheFamilyAskedFor_isArranged_andThePlanCannotBeIssuedBeforeIt() {
        AssessmentCase c = cases().at(CaseStage.DRAFT_WITH_FAMILY);
        cases().assessments.commentOnDraft(c.getId(), new uk.ehctracker.assessment.Commands.CommentOnDraft(
                "Can we meet to talk about section F?", "Hillcrest Academy", true, false), cases().people.user("parent"));
        cases().assessments.respondToConsultation(c.getId(), new uk.ehctracker.assessment.Commands.RespondToConsultation(true,
                "We can meet the needs.", cases().today()), cases().people.user("caseworker"));
        java.time.LocalDate meetingDay = cases().today().plusDays(3);
        signIn("caseworker");
        navigate("tasks/" + cases().task(c, CaseSteps.ARRANGE_MEETING_TO_DISCUSS_DRAFT_PLAN, "caseworker").id());
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).startsWith("Arrange the meeting about");
        RenderedForm meeting = _get(RenderedForm.class);
        set(meeting, "meetingOn", meetingDay);
        submit();

        navigate("tasks/" + cases().task(c, CaseSteps.ISSUE_FINAL_PLAN, "caseworker").id());
        assertThat(KaribuTest.textOf(_get(Component.class, s -> s.withId("family-response"))))
                .contains("Can we meet to talk about section F?", "The plan cannot be issued before then.");
        RenderedForm form = _get(RenderedForm.class);
        set(form, "namedPlacement", "Hillcrest Academy");
        submit();
        // reg 13(1)(a)(ii): the meeting comes first; the caseworker reads why at the date
        assertThat(((HasValidation) form.field("issuedOn").orElseThrow()).isInvalid()).isTrue();
        assertThat(((HasValidation) form.field("issuedOn").orElseThrow()).getErrorMessage())
                .contains("meeting with the family", uk.ehctracker.common.DateFormats.full(meetingDay));
        assertThat(cases().reload(c).getStage()).isEqualTo(CaseStage.FINALISING_PLAN);
    }

    @Test
    void theCaseworkerChangesSectionF_andTheFamilySeesTheChangedTextAndWhy() {
        AssessmentCase c = cases().at(CaseStage.FINALISING_PLAN);
        signIn("caseworker");
        navigate("tasks/" + cases().task(c, CaseSteps.ISSUE_FINAL_PLAN, "caseworker").id());
        RenderedForm form = _get(RenderedForm.class);
        // each section starts from the draft the family saw, and what they said is beside the form
        assertThat(value(form, "sectionF")).isEqualTo(UiCases.draft().get(uk.ehctracker.assessment.PlanSectionName.F));
        assertThat(KaribuTest.textOf(_get(Component.class, s -> s.withId("family-response")))).contains("Thank you.");

        set(form, "namedPlacement", "Hillcrest Academy");
        set(form, "sectionF", NEW_F);
        submit();
        // a changed section must say what changed and why: nothing is issued without it
        assertThat(((HasValidation) form.field("sectionFChange").orElseThrow()).isInvalid()).isTrue();
        assertThat(cases().reload(c).getStage()).isEqualTo(CaseStage.FINALISING_PLAN);

        set(form, "sectionFChange", WHY_F);
        submit();
        assertThat(cases().reload(c).getStage()).isEqualTo(CaseStage.PLAN_ISSUED);

        signIn("parent");
        navigate("cases/" + c.getId());
        String panel = KaribuTest.textOf(_get(Component.class, s -> s.withId("final-plan")));
        assertThat(panel).contains("Final plan", NEW_F, "What changed from the draft, and why: " + WHY_F, "Hillcrest Academy")
                .doesNotContain("30 minutes, by a trained teaching assistant");
        assertThat(KaribuTest.textOf(_get(Component.class, s -> s.withId("final-plan-E"))))
                .contains(UiCases.draft().get(uk.ehctracker.assessment.PlanSectionName.E)).doesNotContain("What changed");
        Anchor pdf = _get(Anchor.class, s -> s.withId("final-plan-pdf"));
        assertThat(pdf.getText()).isEqualTo("Download the final plan (PDF)");
        assertThat(new String(com.github.mvysny.kaributesting.v10.DownloadKt.download(pdf), 0, 5,
                java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }
}
