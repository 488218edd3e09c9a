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

        _get(DatePicker.class, s -> s.withLabel("The day the Tribunal registered your appeal")).setValue(today);
        _get(DatePicker.class, s -> s.withLabel("The day the council must respond by (on the Tribunal's letter)"))
                .setValue(today.plusWeeks(6));
        _click(_get(Button.class, s -> s.withId("record-appeal")));
        assertThat(page()).contains("The appeal was made on " + Dates.full(today))
                .contains("Next: The council sends the Tribunal its response, by " + Dates.full(today.plusWeeks(6)));
        // the council's steps (its response, the outcome) are not the family's to record
        assertThat(_find(Button.class, s -> s.withId("record-response"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("record-outcome"))).isEmpty();
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
