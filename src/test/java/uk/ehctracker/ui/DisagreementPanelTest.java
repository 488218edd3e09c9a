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
import uk.ehctracker.common.ClockTravel;

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
        // dates by hand: the letter sent Saturday 10 October 2026; HESC Rules r20: 2 months later is
        // Thursday 10 December, a working day
        LocalDate sent = LocalDate.of(2026, 10, 10);
        LocalDate today = LocalDate.of(2026, 11, 29);
        long caseId = refused(sent);
        ClockTravel travel = context.getBean(ClockTravel.class);
        travel.to(today);
        try {
            signIn("parent");
            navigate("cases/" + caseId);
            assertThat(panelText()).contains("If you disagree with our decision")
                    .contains("We decided not to carry out an assessment. The letter was sent on 10 October 2026")
                    .contains("Talk to us").contains("Mediation").contains("Appeal to the SEND Tribunal")
                    .contains("The last day to appeal is 10 December 2026");

            // a date in the future is refused beside the field, nothing recorded
            _get(DatePicker.class, s -> s.withLabel("The date on your mediation certificate")).setValue(today.plusDays(1));
            _click(_get(Button.class, s -> s.withId("record-certificate")));
            assertThat(panelText()).contains("There is a problem").contains("cannot be after today")
                    .contains("The last day to appeal is 10 December 2026");

            // ...or 1 month from the certificate, as that is later: 29 December 2026, one of the
            // days from 25 December to 1 January, so r12(3)(a) gives the first working day after
            // Friday 1 January 2027 (a bank holiday), Monday 4 January
            _get(DatePicker.class, s -> s.withLabel("The date on your mediation certificate")).setValue(today);
            _click(_get(Button.class, s -> s.withId("record-certificate")));
            assertThat(panelText()).contains("The last day to appeal is 4 January 2027, 1 month from the mediation certificate dated"
                    + " 29 November 2026").contains("from 25 December to 1 January or in August is in time on the next working day");
            assertThat(textOf(_get(Component.class, s -> s.withId("decisions"))))
                    .contains("The last day to appeal to the SEND Tribunal is 4 January 2027, after the mediation certificate dated 29 November 2026");
        } finally {
            travel.back();
        }
    }

    @Test
    void aCaseStillBeingDecidedHasNoOptionsPanel() {
        AssessmentCase undecided = cases().requested();
        signIn("caseworker");
        navigate("cases/" + undecided.getId());
        assertThat(_find(Component.class, s -> s.withId("disagreement"))).isEmpty();
    }
}
