package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.disagreement.DecisionDisagreed;
import uk.ehctracker.disagreement.DisagreementService;
import uk.ehctracker.ui.cases.CaseView;
import uk.ehctracker.common.ClockTravel;
import uk.ehctracker.ui.common.Dates;
import uk.ehctracker.ui.family.FamilyDisagreementView;
import uk.ehctracker.ui.family.FamilyHomeView;

/**
 * The family's own page after a refusal (family/disagreement): they read their options with the
 * dates and record their own steps, each followed by what happens next and the last day to appeal
 * (HESC Rules r20: the later of 2 months after the notice was sent and 1 month after the
 * certificate, moved on by r12). Bad input is refused beside its field with nothing written; another family and a
 * school neither see nor use the forms.
 */
class FamilyDisagreementTest extends KaribuTest {

    private static String page() {
        return textOf(_get(FamilyDisagreementView.class));
    }

    private DisagreementService disagreements() {
        return context.getBean(DisagreementService.class);
    }

    @SuppressWarnings("unchecked")
    @Test
    void theFamilyRecordsTheirStepsOnTheirPage_andReadsWhatHappensNextAndTheAppealDeadline() {
        // dates by hand: the letter sent Thursday 15 October 2026; HESC Rules r20: 2 months later is
        // Tuesday 15 December, a working day
        LocalDate today = LocalDate.of(2026, 11, 29);
        LocalDate sent = LocalDate.of(2026, 10, 15);
        long caseId = cases().refusedOn(sent, 9);
        ClockTravel travel = context.getBean(ClockTravel.class);
        travel.to(today);
        try {
            familyRecordsTheirSteps(caseId, today);
        } finally {
            travel.back();
        }
    }

    @SuppressWarnings("unchecked")
    private void familyRecordsTheirSteps(long caseId, LocalDate today) {
        signIn("parent");
        navigate("family");
        // the home page says it, with the deadline, and links to the family's page
        Component brief = _get(Component.class, s -> s.withId("disagree-" + caseId));
        assertThat(textOf(brief)).contains("We decided not to carry out an assessment")
                .contains("The last day to appeal is " + "15 December 2026");
        assertThat(brief.getChildren().flatMap(Component::getChildren).filter(Anchor.class::isInstance).map(a -> ((Anchor) a).getHref()))
                .containsExactly(FamilyDisagreementView.path(caseId));

        navigate(FamilyDisagreementView.path(caseId));
        assertThat(page()).contains("Talk to us").contains("Mediation").contains("Appeal to the SEND Tribunal").contains("Make a complaint")
                .contains("The last day to appeal is " + "15 December 2026");
        _click(_get(Button.class, s -> s.withId("start-disagreement")));
        assertThat(page()).contains("You disagree with the decision not to carry out an EHC needs assessment")
                .contains("You must appeal by " + "15 December 2026")
                .contains("Next: Contact the mediation adviser named in our letter");

        // a contact in the future, with no answer about mediation: each refused beside its field, nothing written
        DatePicker contacted = _get(DatePicker.class, s -> s.withLabel("The day you contacted the mediation adviser"));
        contacted.setValue(today.plusDays(1));
        _click(_get(Button.class, s -> s.withId("record-adviser-contact")));
        assertThat(contacted.isInvalid()).isTrue();
        assertThat(contacted.getErrorMessage()).contains("The day of contact").contains("today");
        RadioButtonGroup<Boolean> wants = _get(RadioButtonGroup.class, s -> s.withLabel("Do you want mediation?"));
        assertThat(wants.isInvalid()).isTrue();
        assertThat(wants.getErrorMessage()).contains("Whether the family wants mediation");
        assertThat(page()).contains("There is a problem").contains("Next: Contact the mediation adviser");
        assertThat(disagreements().view(caseId, cases().people.user("parent")).orElseThrow().mediationContactOn()).isNull();

        contacted.setValue(today.minusDays(3));
        wants.setValue(false);
        _click(_get(Button.class, s -> s.withId("record-adviser-contact")));
        assertThat(page()).contains("Next: The mediation adviser sends you a certificate, by ")
                .contains("You must appeal by " + "15 December 2026");

        // a certificate dated before the contact is refused beside its field
        DatePicker certificate = _get(DatePicker.class, s -> s.withLabel("The date on your mediation certificate"));
        certificate.setValue(today.minusDays(4));
        _click(_get(Button.class, s -> s.withId("record-disagreement-certificate")));
        assertThat(certificate.getErrorMessage()).contains("The date of the certificate");
        assertThat(page()).contains("You must appeal by " + "15 December 2026");

        certificate.setValue(today.minusDays(1));
        _click(_get(Button.class, s -> s.withId("record-disagreement-certificate")));
        // HESC Rules r20: 1 month after the certificate of Saturday 28 November is Monday 28 December,
        // later than 15 December; it falls from 25 December to 1 January, so r12(3)(a) gives the
        // first working day after Friday 1 January 2027 (a bank holiday): Monday 4 January
        assertThat(page()).contains("The mediation certificate is dated 28 November 2026")
                .contains("You must appeal by 4 January 2027")
                .contains("Next: If you still disagree, you can appeal to the SEND Tribunal until 4 January 2027");

        // short labels, each with its help beneath, so that they read in full; the council's date is optional for the family
        DatePicker registered = _get(DatePicker.class, s -> s.withLabel("Appeal registered on"));
        assertThat(registered.getHelperText()).isEqualTo("The date on the Tribunal's letter saying it registered your appeal.");
        DatePicker response = _get(DatePicker.class, s -> s.withLabel("Council's response due by (optional)"));
        assertThat(response.getHelperText()).contains("If you do not know it, leave it empty: the council adds it.");
        assertThat(response.isRequiredIndicatorVisible()).isFalse();
        assertThat(_get(DatePicker.class, s -> s.withLabel("Hearing date (optional)")).getHelperText()).isEqualTo("If you know it.");
        registered.setValue(today);
        _click(_get(Button.class, s -> s.withId("record-appeal")));
        // no date from the council yet: none is shown, nor any date worked out from it
        assertThat(page()).contains("The appeal was made on " + Dates.full(today))
                .contains("Next: The council sends the Tribunal its response by the date the Tribunal sets.")
                .doesNotContain("The council must send its response to the Tribunal by");
        // the council's steps (its response date, its response, the outcome) are not the family's to record
        assertThat(_find(Button.class, s -> s.withId("record-response-due"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("record-response"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("record-outcome"))).isEmpty();

        // the caseworker adds the Tribunal's date on the case page
        signIn("caseworker");
        navigate("cases/" + caseId);
        assertThat(textOf(_get(CaseView.class))).contains("Next: The council records the day the Tribunal set for its response.");
        _get(DatePicker.class, s -> s.withLabel("Council's response due by")).setValue(today.plusWeeks(6));
        _click(_get(Button.class, s -> s.withId("record-response-due")));
        assertThat(textOf(_get(CaseView.class))).contains("The council must send its response to the Tribunal by "
                + Dates.full(today.plusWeeks(6)));

        signIn("parent");
        navigate(FamilyDisagreementView.path(caseId));
        assertThat(page()).contains("The council must send its response to the Tribunal by " + Dates.full(today.plusWeeks(6)))
                .contains("Next: The council sends the Tribunal its response, by " + Dates.full(today.plusWeeks(6)));
    }

    @Test
    void afterTheCouncilConcedes_eachPageSaysWhatHappensNextWithItsDates_notTheOptionsToDisagree() {
        long caseId = cases().concededAssessment();
        LocalDate told = cases().today();
        // reg 45(3), (3A)(a), (3A)(b): 2, 10 and 14 weeks from the day the council told the Tribunal (docs/law.md s0 item 2)
        String tell = "tell the family the council will assess, by " + Dates.full(told.plusDays(14));
        String decide = "decide not to issue a plan, if that is the decision, by " + Dates.full(told.plusDays(70));
        String plan = "issue the final EHC plan, by " + Dates.full(told.plusDays(98));

        signIn("parent");
        navigate(FamilyDisagreementView.path(caseId));
        assertThat(_find(Component.class, s -> s.withId("disagreement"))).isEmpty();
        assertThat(page()).doesNotContain("Talk to us").doesNotContain("The last day to appeal")
                .contains("The appeal was conceded by the council on " + Dates.full(told)).contains(tell).contains(decide).contains(plan)
                .contains("Next: The council does each of these by its date: conceding the appeal binds it to them");

        navigate("cases/" + caseId);
        assertThat(_find(Component.class, s -> s.withId("disagreement"))).isEmpty();
        assertThat(textOf(_get(Component.class, s -> s.withId("tribunal-order")))).contains("The council conceded the appeal on "
                + Dates.full(told));

        navigate("family");
        Component brief = _get(Component.class, s -> s.withId("disagree-" + caseId));
        assertThat(textOf(brief)).contains("Your appeal about the decision not to carry out an EHC needs assessment was conceded by"
                + " the council on " + Dates.full(told) + ". What happens next:").contains(tell).contains(decide).contains(plan)
                .doesNotContain("The last day to appeal").doesNotContain("If you disagree");

        signIn("caseworker");
        navigate("cases/" + caseId);
        assertThat(_find(Component.class, s -> s.withId("disagreement"))).isEmpty();
        assertThat(textOf(_get(Component.class, s -> s.withId("appeal")))).contains("The appeal was conceded by the council on "
                + Dates.full(told)).contains(plan);
    }

    @Test
    void theParentOfAYoungPerson_readsTheSteps_butRecordingThemIsTheYoungPersons() {
        LocalDate sent = cases().today().minusDays(10);
        long caseId = cases().refusedOn(sent, 17);

        // CFA s80, s83(2): over compulsory school age, the appeal is the young person's own
        signIn("parent");
        navigate(FamilyDisagreementView.path(caseId));
        assertThat(textOf(_get(Component.class, s -> s.withId("appeal-young-persons-own")))).contains("is a young person (over"
                + " compulsory school age), so disagreeing with a decision, mediation and an appeal are");
        assertThat(page()).contains("The last day to appeal is " + Dates.full(sent.plusMonths(2)));
        assertThat(_find(Button.class, s -> s.withId("start-disagreement"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("record-certificate"))).isEmpty();

        disagreements().start(caseId, DecisionDisagreed.NOT_TO_ASSESS, cases().people.user("caseworker"));
        navigate(FamilyDisagreementView.path(caseId));
        assertThat(page()).contains("Next: Contact the mediation adviser");
        assertThat(_find(Button.class, s -> s.withId("record-adviser-contact"))).isEmpty();
    }

    @Test
    void anotherFamily_andASchool_neitherSeeNorUseTheFamilysForms() {
        LocalDate today = cases().today();
        long caseId = cases().refusedOn(today.minusDays(10), 9);

        signIn("parent2");
        navigate(FamilyDisagreementView.path(caseId));
        assertThat(page()).contains("not found").doesNotContain("If you disagree with our decision");
        assertThat(_find(Button.class, s -> s.withId("start-disagreement"))).isEmpty();
        assertThatThrownBy(() -> disagreements().start(caseId, DecisionDisagreed.NOT_TO_ASSESS, cases().people.user("parent2")))
                .isInstanceOf(NotFoundException.class);

        signIn("senco");
        assertThatThrownBy(() -> navigate(FamilyDisagreementView.path(caseId))).hasMessageContaining("denied");
        navigate("cases/" + caseId);
        assertThat(textOf(_get(CaseView.class))).contains("Mediation and appeal");
        assertThat(_find(Button.class, s -> s.withId("start-disagreement"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("record-certificate"))).isEmpty();
        assertThatThrownBy(() -> disagreements().start(caseId, DecisionDisagreed.NOT_TO_ASSESS, cases().people.user("senco")))
                .isInstanceOf(NotFoundException.class);
        assertThat(disagreements().view(caseId, cases().people.user("caseworker"))).isEmpty();

        // the family's own home page does not list it for parent2
        signIn("parent2");
        navigate("family");
        assertThat(_find(Component.class, s -> s.withId("disagree-" + caseId))).isEmpty();
        assertThat(textOf(_get(FamilyHomeView.class))).isNotEmpty();
    }

    @Test
    void aYoungPersonSignedInForThemselves_saysTheyDisagree_onTheirOwnPage() {
        // the letter sent Thursday 19 November 2026: HESC Rules r20, 2 months to Tuesday 19 January 2027
        LocalDate sent = LocalDate.of(2026, 11, 19);
        long caseId = cases().refusedOn(sent, 17);
        long childId = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject("SELECT child_id FROM assessment_case WHERE id = ?", Long.class, caseId);
        String youngPerson = cases().people.accountOfYoungPerson(
                context.getBean(uk.ehctracker.directory.DirectoryService.class).findChild(childId).orElseThrow());

        ClockTravel travel = context.getBean(ClockTravel.class);
        travel.to(LocalDate.of(2026, 11, 29));
        try {
            // CFA s80, s83(2): over compulsory school age, the appeal is the young person's own
            signIn(youngPerson);
            navigate(FamilyDisagreementView.path(caseId));
            assertThat(page()).contains("This is about your request").contains("If you disagree with our decision")
                    .contains("The last day to appeal is 19 January 2027");
            _click(_get(Button.class, s -> s.withId("start-disagreement")));
            assertThat(page()).contains("You disagree with the decision not to carry out an EHC needs assessment")
                    .contains("Next: Contact the mediation adviser");
            assertThat(disagreements().view(caseId, cases().people.user("caseworker")).orElseThrow().decisionDisagreed())
                    .isEqualTo(DecisionDisagreed.NOT_TO_ASSESS);
        } finally {
            travel.back();
        }
    }
}
