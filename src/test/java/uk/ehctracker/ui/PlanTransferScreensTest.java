package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.transfer.TransferService;
import uk.ehctracker.ui.common.Dates;

/**
 * Moving a plan to another council on screen (CFA s47; reg 15; docs/law.md s9, "Moving to another
 * council"). Northbridge's caseworker records the move and the transfer on the case page; the case
 * then opens for Southvale's caseworker, who records the family told, and no longer for
 * Northbridge's, whose list of plans moved out says where it went. The family reads, in plain words,
 * where the plan is and what the new council must do by when. Dates are counted from today: the
 * council learned of the move 60 days ago, the move was 10 days ago, so it knew at least 15 working
 * days before (15 working days are at most 25 calendar days, Christmas included) and the plan was
 * due on the day of the move (reg 15(2)); the family is told within 6 weeks of the transfer
 * (+ 42 days, reg 15(4)); the plan was made 90 days ago, so its 12 months end after the 3 months from
 * the transfer and give the review date (reg 15(5)).
 */
@SuppressWarnings("unchecked")
class PlanTransferScreensTest extends KaribuTest {

    private static String text(String id) {
        return textOf(_get(Component.class, s -> s.withId(id)));
    }

    private static void click(String id) {
        _click(_get(Button.class, s -> s.withId(id)));
    }

    @Test
    void northbridgeMovesThePlan_southvaleTellsTheFamily_theFamilyReadsWhereThePlanIsAndWhatIsDueByWhen() {
        LocalDate today = cases().today();
        LocalDate aware = today.minusDays(60);
        LocalDate moves = today.minusDays(10);
        AssessmentCase c = cases().planIssuedOn(today.minusDays(90), today.minusYears(9));

        signIn("caseworker");
        navigate("cases/" + c.getId());
        // no council chosen: refused beside the field, nothing written
        _get(DatePicker.class, s -> s.withId("movesOn")).setValue(moves);
        click("record-move");
        assertThat(_get(Select.class, s -> s.withId("toLaId")).isInvalid()).isTrue();
        assertThat(_find(Component.class, s -> s.withId("transfer-summary"))).isEmpty();

        Select<TransferService.Council> to = _get(Select.class, s -> s.withId("toLaId"));
        to.setValue(to.getListDataView().getItems().filter(x -> x.name().equals("Southvale Council")).findFirst().orElseThrow());
        _get(DatePicker.class, s -> s.withId("awareOn")).setValue(aware);
        _get(DatePicker.class, s -> s.withId("movesOn")).setValue(moves);
        click("record-move");
        assertThat(text("transfer-summary")).isEqualTo("Moving to Southvale Council on " + Dates.full(moves) + "; Northbridge Council"
                + " became aware on " + Dates.full(aware) + ", at least 15 working days before: the plan goes on the day of the move, "
                + Dates.full(moves) + " (reg 15(2)).");
        assertThat(_find(Button.class, s -> s.withId("record-move"))).isEmpty();

        // the family reads where the plan is going, and Southvale sees nothing yet
        signIn("parent");
        navigate("cases/" + c.getId());
        assertThat(text("plan-transfer")).contains("Moving to another council").contains("You are moving to Southvale Council's area on "
                + Dates.full(moves) + ". Your EHC plan moves with you: Northbridge Council must pass it to Southvale Council by "
                + Dates.full(moves) + ". Until then Northbridge Council looks after the plan.");
        assertThat(_find(Button.class, s -> s.withId("record-transfer"))).isEmpty();
        signIn("caseworker2");
        navigate("cases/" + c.getId());
        assertThat(_get(H1.class).getText()).isEqualTo("Case not found");

        // transferred on the day of the move: in time; Northbridge is sent home and cannot open the case again
        signIn("caseworker");
        navigate("cases/" + c.getId());
        _get(DatePicker.class, s -> s.withId("transferredOn")).setValue(moves);
        click("record-transfer");
        navigate("cases/" + c.getId());
        assertThat(_get(H1.class).getText()).isEqualTo("Case not found");
        navigate("caseworker/moves");
        assertThat(text("moved-out")).contains("moving to Southvale Council on " + Dates.full(moves) + "; plan transferred on "
                + Dates.full(moves) + ", in time.");
        assertThat(text("families-to-tell")).doesNotContain(c.reference());

        // Southvale: the family to tell within 6 weeks of the transfer, on its list and on the case page
        LocalDate toldBy = moves.plusDays(42);
        signIn("caseworker2");
        navigate("caseworker/moves");
        assertThat(text("families-to-tell")).contains(c.reference()).contains("transferred from Northbridge Council on "
                + Dates.full(moves) + ". Tell the family by " + Dates.full(toldBy));
        navigate("cases/" + c.getId());
        assertThat(text("transfer-summary")).contains("Transferred on " + Dates.full(moves) + ", in time. Southvale Council tells the"
                + " family by " + Dates.full(toldBy) + " (reg 15(4)).");

        signIn("parent");
        navigate("cases/" + c.getId());
        assertThat(text("transfer-summary")).isEqualTo("Your EHC plan moved to Southvale Council on " + Dates.full(moves)
                + ". Southvale Council now looks after the plan and must make sure the help in it is given, as if it had written the plan"
                + " itself. By " + Dates.full(toldBy) + " Southvale Council must write to tell you that the plan has moved, whether it"
                + " wants to carry out a new EHC needs assessment, and when it will review the plan.");

        // reg 15(5): the review by the later of 12 months from the plan and 3 months from the transfer: here the 12 months
        LocalDate reviewDue = today.minusDays(90).plusMonths(12);
        signIn("caseworker2");
        navigate("cases/" + c.getId());
        _get(RadioButtonGroup.class, s -> s.withId("proposesAssessment")).setValue(Boolean.FALSE);
        _get(DatePicker.class, s -> s.withId("reviewProposedOn")).setValue(reviewDue.plusDays(1));
        click("record-family-told");
        assertThat(_get(DatePicker.class, s -> s.withId("reviewProposedOn")).isInvalid()).isTrue();
        _get(DatePicker.class, s -> s.withId("reviewProposedOn")).setValue(reviewDue);
        click("record-family-told");
        assertThat(text("transfer-summary")).contains("The family was told on " + Dates.full(today) + ", in time; the review is proposed by "
                + Dates.full(reviewDue) + ".");

        signIn("parent");
        navigate("family");
        // the plan was Northbridge's: Southvale, now "we" on this page, did not issue it
        assertThat(textOf(_get(Component.class, s -> s.withId("plan-" + c.getId())))).doesNotContain("We issued")
                .contains("Northbridge Council issued the final EHC plan on ").contains("Your EHC plan moved to Southvale Council on "
                + Dates.full(moves) + ".").contains("It told you on " + Dates.full(today)
                + " that it does not propose a new EHC needs assessment, and that it will review the plan by " + Dates.full(reviewDue) + ".");
    }

    @Test
    void whileCeasingThePlanIsUnderWay_noMoveCanBeRecorded_andAnotherLaSeesNothing() {
        AssessmentCase c = cases().planIssued();
        var caseworker = cases().people.user("caseworker");
        context.getBean(uk.ehctracker.cessation.CeaseService.class).propose(c.getId(), "Needs met without a plan.", caseworker);

        signIn("caseworker");
        navigate("cases/" + c.getId());
        assertThat(_find(Button.class, s -> s.withId("record-move"))).isEmpty();
        assertThat(_find(Component.class, s -> s.withId("plan-transfer"))).isEmpty();
        TransferService transfers = context.getBean(TransferService.class);
        long southvale = cases().people.user("caseworker2").laId();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> transfers.recordMove(c.getId(), southvale, cases().today(),
                cases().today().plusDays(30), caseworker)).isInstanceOf(uk.ehctracker.common.ConflictException.class)
                .hasMessageContaining("Ceasing the plan is under way");

        signIn("caseworker2");
        navigate("caseworker/moves");
        assertThat(text("moved-out")).doesNotContain(c.reference());
        assertThat(text("families-to-tell")).doesNotContain(c.reference());
    }
}
