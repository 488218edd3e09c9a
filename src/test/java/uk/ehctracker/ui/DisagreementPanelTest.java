package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.ui.common.Dates;

/** After a refusal, the family reads their options with the dates, and records their mediation certificate. */
class DisagreementPanelTest extends KaribuTest {

    private long refused(LocalDate on) {
        return cases().refusedOn(on, 9);
    }

    private static String panelText() {
        return textOf(_get(Component.class, s -> s.withId("disagreement")));
    }

    @Test
    void theFamilyReadsTheirOptions_andTheCertificateMovesTheDeadline() {
        LocalDate today = cases().today();
        LocalDate sent = today.minusDays(50);
        long caseId = refused(sent);
        signIn("parent");
        navigate("cases/" + caseId);
        assertThat(panelText()).contains("If you disagree with our decision")
                .contains("We decided not to carry out an assessment. The letter was sent on " + Dates.full(sent))
                .contains("Talk to us").contains("Mediation").contains("Appeal to the SEND Tribunal")
                // HESC Rules r20: 2 months from the day the letter was sent
                .contains("The last day to appeal is " + Dates.full(sent.plusMonths(2)));

        // a date in the future is refused beside the field, nothing recorded
        _get(DatePicker.class, s -> s.withLabel("The date on your mediation certificate")).setValue(today.plusDays(1));
        _click(_get(Button.class, s -> s.withId("record-certificate")));
        assertThat(panelText()).contains("There is a problem").contains("cannot be after today")
                .contains("The last day to appeal is " + Dates.full(sent.plusMonths(2)));

        _get(DatePicker.class, s -> s.withLabel("The date on your mediation certificate")).setValue(today);
        _click(_get(Button.class, s -> s.withId("record-certificate")));
        // ...or 1 month from the certificate, as that is later
        assertThat(panelText()).contains("The last day to appeal is " + Dates.full(today.plusMonths(1))
                + ", 1 month from the mediation certificate dated " + Dates.full(today));
        assertThat(textOf(_get(Component.class, s -> s.withId("decisions"))))
                .contains("after the mediation certificate dated " + Dates.full(today));
    }

    @Test
    void aCaseStillBeingDecidedHasNoOptionsPanel() {
        AssessmentCase undecided = cases().requested();
        signIn("caseworker");
        navigate("cases/" + undecided.getId());
        assertThat(_find(Component.class, s -> s.withId("disagreement"))).isEmpty();
    }
}
