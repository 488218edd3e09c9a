package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.ehctracker.disagreement.DecisionDisagreed;
import uk.ehctracker.ui.common.Dates;
import uk.ehctracker.testing.TribunalTime;

/**
 * The disagreement on the case page: LA staff record each step as it happens; the family reads the
 * dates that bind them and the council, in plain English (docs/law.md s7).
 */
class AppealPanelTest extends KaribuTest {

    private static String panelText() {
        return textOf(_get(Component.class, s -> s.withId("appeal")));
    }

    @SuppressWarnings("unchecked")
    @Test
    void theCaseworkerRecordsTheStepsAndTheFamilyReadsTheDates() {
        LocalDate today = cases().today();
        LocalDate sent = today.minusDays(10);
        long caseId = cases().refusedOn(sent, 9);

        signIn("caseworker");
        navigate("cases/" + caseId);
        assertThat(panelText()).contains("No disagreement is recorded");
        _get(Select.class, s -> s.withLabel("What the family disagrees with")).setValue(DecisionDisagreed.NOT_TO_ASSESS);
        _click(_get(Button.class, s -> s.withId("start-disagreement")));
        // HESC Rules r20: 2 months from the day the refusal was sent
        assertThat(panelText()).contains("The family disagrees with the decision not to carry out an EHC needs assessment")
                .contains("The family must appeal by " + Dates.full(TribunalTime.lastDayToAppeal(sent)))
                .contains("Next: The family contacts the mediation adviser");

        // a contact in the future is refused beside its field, and nothing moves
        _get(DatePicker.class, s -> s.withLabel("The day the family contacted the mediation adviser")).setValue(today.plusDays(1));
        _click(_get(Button.class, s -> s.withId("record-adviser-contact")));
        assertThat(panelText()).contains("There is a problem").contains("Next: The family contacts the mediation adviser");

        _get(DatePicker.class, s -> s.withLabel("The day the family contacted the mediation adviser")).setValue(today);
        _get(RadioButtonGroup.class, s -> s.withLabel("Does the family want mediation?")).setValue(true);
        _click(_get(Button.class, s -> s.withId("record-adviser-contact")));
        // mediation within 30 days of the LA being told (counted from the contact)
        assertThat(panelText()).contains("The council must arrange mediation by " + Dates.full(today.plusDays(30)))
                .contains("Next: The council arranges mediation");

        signIn("parent");
        navigate("cases/" + caseId);
        assertThat(panelText()).contains("You disagree with the decision not to carry out an EHC needs assessment")
                .contains("You must appeal by " + Dates.full(TribunalTime.lastDayToAppeal(sent)))
                .contains("The council must arrange mediation by " + Dates.full(today.plusDays(30)));
        // the family may record the mediation they took part in (FamilyDisagreementTest follows the family's own steps)
        assertThat(_find(DatePicker.class, s -> s.withLabel("The day the mediation took place"))).hasSize(1);
    }

    @Test
    void aConcession_reentersTheAssessment_andTheCasePageSaysSo_withTheDatesItSets() {
        LocalDate today = cases().today();
        long caseId = cases().concededAssessment();
        // reg 45(3), (3A): 2 weeks to tell the family, 10 weeks to decide not to issue, 14 weeks for the final plan
        for (String who : new String[] {"caseworker", "parent"}) {
            signIn(who);
            navigate("cases/" + caseId);
            assertThat(textOf(_get(Component.class, s -> s.withId("tribunal-order"))))
                    .contains("The council conceded the appeal on " + Dates.full(today))
                    .contains("Family told the council will assess, as ordered").contains("by " + Dates.full(today.plusWeeks(2)))
                    .contains("Decision not to issue a plan, after an ordered assessment").contains("by " + Dates.full(today.plusWeeks(10)))
                    .contains("Final EHC plan, after an ordered assessment").contains("by " + Dates.full(today.plusWeeks(14)));
            assertThat(textOf(_get(Component.class, s -> s.withId("case-stage")))).contains(who.equals("parent")
                    ? "We are carrying out the assessment" : "Gathering advice");
            // what happens next, not the options to disagree with a decision the council has conceded
            assertThat(_find(Component.class, s -> s.withId("disagreement"))).isEmpty();
            assertThat(panelText()).contains("Next: " + (who.equals("parent")
                    ? "The council does each of these by its date: conceding the appeal binds it to them"
                    : "The assessment carries on under the order"));
        }
    }

    @Test
    void aConcessionAboutThePlacement_showsThePlanBeingAmended_andTheCaseworkerRecordsItIssued() {
        LocalDate today = cases().today();
        long caseId = cases().planIssued().getId();
        var disagreements = context.getBean(uk.ehctracker.disagreement.DisagreementService.class);
        disagreements.start(caseId, DecisionDisagreed.PLACEMENT_ONLY, cases().people.user("parent"));
        disagreements.registerAppeal(caseId, today, today.plusWeeks(6), null, cases().people.user("parent"));
        disagreements.recordOutcome(caseId, uk.ehctracker.disagreement.TribunalOutcome.CONCEDED, today, cases().people.user("caseworker"));
        signIn("caseworker");
        navigate("cases/" + caseId);
        // reg 45(5): an appeal only about the setting: the amended plan within 2 weeks of telling the Tribunal
        assertThat(textOf(_get(Component.class, s -> s.withId("tribunal-order")))).contains("Amended EHC plan naming the setting, as ordered")
                .contains("by " + Dates.full(today.plusWeeks(2)));
        assertThat(textOf(_get(Component.class, s -> s.withId("process")))).contains("Amending the plan, as ordered");
        assertThat(panelText()).contains("Next: The council issues the amended plan the order requires");
        _get(DatePicker.class, s -> s.withLabel("The day the amended plan was issued")).setValue(today);
        _click(_get(Button.class, s -> s.withId("record-order-step")));
        assertThat(panelText()).contains("Next: Nothing: the amended plan was issued");
        assertThat(textOf(_get(Component.class, s -> s.withId("case-stage")))).contains("Final plan issued");
    }

    @Test
    void aCaseWithNothingToAppealHasNoPanel() {
        long undecided = cases().requested().getId();
        signIn("caseworker");
        navigate("cases/" + undecided);
        assertThat(_find(Component.class, s -> s.withId("appeal"))).isEmpty();
    }
}
