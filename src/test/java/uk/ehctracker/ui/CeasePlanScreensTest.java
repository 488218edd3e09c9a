package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.cessation.CeaseReason;
import uk.ehctracker.cessation.CeaseService;
import uk.ehctracker.ui.common.Dates;
import uk.ehctracker.testing.TribunalTime;
import uk.ehctracker.common.ClockTravel;

/**
 * Ceasing a plan on screen (CFA s45; reg 31; docs/law.md s9, "Ceasing"): the caseworker proposes it
 * on the case page and records the consultation, the views and the decision, each bad input refused
 * beside its field with nothing written; the family reads what is proposed, by when the council asks
 * for their views, the decision and the last day to appeal; the pupil's school reads it on the pupil
 * page; another LA's caseworker and other families see nothing of it.
 */
@SuppressWarnings("unchecked")
class CeasePlanScreensTest extends KaribuTest {

    private static String text(String id) {
        return textOf(_get(Component.class, s -> s.withId(id)));
    }

    private static void click(String id) {
        _click(_get(Button.class, s -> s.withId(id)));
    }

    private static <T extends Component & HasValidation> T invalid(Class<T> type, String id) {
        T field = _get(type, s -> s.withId(id));
        assertThat(field.isInvalid()).as(id).isTrue();
        return field;
    }

    @Test
    void theCaseworkerProposesConsultsAndDecides_theFamilyAndTheSchoolReadEachStepWithItsDates() {
        LocalDate today = cases().today();
        AssessmentCase c = cases().planIssued();
        String why = "Sam now makes good progress with the school's own support " + System.nanoTime() + ".";

        signIn("caseworker");
        navigate("cases/" + c.getId());
        // no reason: refused beside the field, nothing written
        click("propose-cease");
        assertThat(invalid(TextArea.class, "proposalReason").getErrorMessage()).contains("Why the council is considering ceasing the plan");
        assertThat(cessation(c)).isEmpty();
        _get(TextArea.class, s -> s.withId("proposalReason")).setValue(why);
        click("propose-cease");
        assertThat(text("cease-proposed")).isEqualTo("Ceasing the plan was proposed on " + Dates.full(today) + ".");
        assertThat(text("cease-proposal-reason")).contains(why);
        assertThat(_find(Button.class, s -> s.withId("propose-cease"))).isEmpty();

        // reg 31(1)(c): the school must be consulted too
        _get(DatePicker.class, s -> s.withId("settingConsultedOn")).clear();
        click("record-cease-consultation");
        invalid(DatePicker.class, "settingConsultedOn");
        assertThat(cessation(c).orElseThrow().familyToldOn()).isNull();
        _get(DatePicker.class, s -> s.withId("settingConsultedOn")).setValue(today);
        click("record-cease-consultation");
        // [practice] views within 15 days, counting the day the family was told
        assertThat(text("cease-consulted")).isEqualTo("The family was told on " + Dates.full(today)
                + "; the school or setting was asked on " + Dates.full(today) + ". Views are asked for by "
                + Dates.full(today.plusDays(14)) + ".");

        signIn("parent");
        navigate("cases/" + c.getId());
        assertThat(text("cease-plan")).contains("Ending the EHC plan")
                .contains("On " + Dates.full(today) + " the council said it is considering ending the EHC plan.")
                .contains("You were told on " + Dates.full(today) + "; the school or setting was asked on " + Dates.full(today)
                        + ". The council asks for your views by " + Dates.full(today.plusDays(14)) + ".")
                .contains(why);
        assertThat(_find(Button.class, s -> s.withId("decide-cease"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("propose-cease"))).isEmpty();

        // the pupil's school (Riverside Primary) reads it on the pupil's page
        signIn("senco");
        navigate("school/pupil/" + c.getChild().getId());
        assertThat(text("cease-plan")).contains("Ceasing the plan was proposed on " + Dates.full(today) + ".").contains(why);
        assertThat(_find(Button.class, s -> s.withId("record-cease-views"))).isEmpty();

        signIn("caseworker");
        navigate("cases/" + c.getId());
        // before the views are due, and with none received, no decision
        _get(RadioButtonGroup.class, s -> s.withId("ceases")).setValue(Boolean.TRUE);
        click("decide-cease");
        invalid(DatePicker.class, "ceaseDecidedOn");
        invalid(Select.class, "ceaseReason");
        assertThat(cessation(c).orElseThrow().decidedOn()).isNull();

        recordViews(CeaseService.Respondent.FAMILY, "We agree: he is doing well.");
        recordViews(CeaseService.Respondent.SETTING, "We can meet his needs from our own resources.");
        assertThat(text("cease-family-views")).contains("We agree: he is doing well.");
        _get(RadioButtonGroup.class, s -> s.withId("ceases")).setValue(Boolean.TRUE);
        _get(Select.class, s -> s.withId("ceaseReason")).setValue(CeaseReason.NEEDS_MET_WITHOUT_PLAN);
        _get(TextArea.class, s -> s.withId("reasons")).setValue("His needs are met from the school's own resources.");
        _get(DatePicker.class, s -> s.withId("noticeSentOn")).setValue(today);
        click("decide-cease");
        assertThat(text("cease-decision")).isEqualTo("On " + Dates.full(today) + " the council decided to cease the plan: "
                + "the needs can be met without an EHC plan. The notice was sent on " + Dates.full(today) + ".");

        // HESC Rules r20: 2 months after the notice; CFA s45(4): the plan stays until then, or while an appeal runs
        signIn("parent");
        navigate("cases/" + c.getId());
        assertThat(text("cease-appeal")).startsWith("You can appeal to the First-tier Tribunal (SEND) until "
                + Dates.full(TribunalTime.lastDayToAppeal(today)) + ",").contains("The plan stays in place until the time to appeal has passed");
        // and on their home page, beside the plan
        navigate("family");
        assertThat(textOf(_get(Component.class, s -> s.withId("plan-" + c.getId())))).contains("We decided on " + Dates.full(today)
                + " to end the plan. You can appeal until " + Dates.full(TribunalTime.lastDayToAppeal(today))
                + "; the plan stays in place until then, and while an appeal goes on.");
    }

    @Test
    void anotherLasCaseworker_andOtherFamilies_seeNothingOfIt() {
        AssessmentCase c = cases().planIssued();
        String why = "Ceasing considered " + System.nanoTime();
        signIn("caseworker");
        navigate("cases/" + c.getId());
        _get(TextArea.class, s -> s.withId("proposalReason")).setValue(why);
        click("propose-cease");
        assertThat(text("cease-proposal-reason")).contains(why);

        for (String other : new String[] {"caseworker2", "parent2", "parent3"}) {
            signIn(other);
            navigate("cases/" + c.getId());
            assertThat(_get(H1.class).getText()).as(other).isEqualTo("Case not found");
            assertThat(textOf(UI.getCurrent().getCurrentView())).as(other).doesNotContain(why);
            assertThat(_find(Component.class, s -> s.withId("cease-plan"))).as(other).isEmpty();
        }
    }

    @Test
    void aPlanPastItsTimeToAppeal_thenEnded_tellsTheFamilyOnlyWhatStillApplies() {
        LocalDate today = cases().today();
        // a plan sent 200 days ago: its 2 months to appeal (HESC Rules r20), moved on by r12 at most
        // to the first working day of September or January, ended long ago
        AssessmentCase c = cases().planIssuedOn(today.minusDays(200), today.minusYears(8));
        signIn("parent");
        navigate("family");
        assertThat(textOf(_get(Component.class, s -> s.withId("plan-" + c.getId())))).contains("Read the plan and download it")
                .doesNotContain("you can appeal").contains("The plan's next review is due by");

        // ceased as on the day 100 days ago: the notice sent then; its time to appeal has passed too
        ClockTravel travel = context.getBean(ClockTravel.class);
        CeaseService cessations = context.getBean(CeaseService.class);
        var caseworker = cases().people.user("caseworker");
        LocalDate noticeSent = today.minusDays(100);
        travel.to(noticeSent.minusDays(20));
        try {
            cessations.propose(c.getId(), "Needs met at school.", caseworker);
            cessations.recordConsultation(c.getId(), noticeSent.minusDays(20), noticeSent.minusDays(20), caseworker);
            cessations.recordResponse(c.getId(), CeaseService.Respondent.FAMILY, "We agree.", noticeSent.minusDays(20), caseworker);
            cessations.recordResponse(c.getId(), CeaseService.Respondent.SETTING, "We agree.", noticeSent.minusDays(20), caseworker);
            travel.to(noticeSent);
            cessations.decide(c.getId(), true, noticeSent, CeaseReason.NEEDS_MET_WITHOUT_PLAN, "Needs met at school.", noticeSent,
                    caseworker);
        } finally {
            travel.back();
        }
        // the cease process's timer, due the morning after the last day to appeal, fires: the plan ends
        var runtime = context.getBean(org.camunda.bpm.engine.RuntimeService.class);
        var management = context.getBean(org.camunda.bpm.engine.ManagementService.class);
        var pi = runtime.createProcessInstanceQuery().processDefinitionKey(uk.ehctracker.workflow.ProcessNames.CEASE_PROCESS)
                .processInstanceBusinessKey(Long.toString(cessation(c).orElseThrow().id())).singleResult();
        management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult().getId());
        LocalDate ended = cessation(c).orElseThrow().ceasedOn();
        assertThat(ended).isEqualTo(TribunalTime.lastDayToAppeal(noticeSent).plusDays(1));

        // CFA s45: the family reads that the plan ended and why: no appeal against its contents, no next review
        navigate("cases/" + c.getId());
        navigate("family");
        assertThat(textOf(_get(Component.class, s -> s.withId("plan-" + c.getId()))))
                .contains("The plan ended on " + Dates.full(ended) + ": the needs can be met without an EHC plan.")
                .doesNotContain("you can appeal").doesNotContain("next review");
    }

    private void recordViews(CeaseService.Respondent who, String views) {
        _get(RadioButtonGroup.class, s -> s.withId("who")).setValue(who);
        _get(TextArea.class, s -> s.withId("response")).setValue(views);
        click("record-cease-views");
    }

    private Optional<CeaseService.View> cessation(AssessmentCase c) {
        return context.getBean(CeaseService.class).view(c.getId(), cases().people.user("caseworker"));
    }
}
