package uk.ehctracker.ui.cases;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Locale;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.review.ReviewService;
import uk.ehctracker.review.ReviewService.View;
import uk.ehctracker.statutory.PhaseTransfer;
import uk.ehctracker.ui.common.Dates;
import uk.ehctracker.ui.common.Feedback;

/**
 * The move between phases the plan's open review prepares (reg 18; docs/law.md s9), for LA staff of
 * the case: the move found from the date of birth, or the one they record where the area's schools
 * decide it (infant, junior and middle schools, between post-16 institutions), with its last day.
 */
class ReviewMovePanel extends Div {

    ReviewMovePanel(long caseId, View review, ReviewService reviews, CurrentUser user, Runnable changed) {
        addClassName("panel");
        setId("review-move");
        add(new H2("Annual review: a move between phases"));
        Paragraph now = new Paragraph(review.transfer() == null
                ? "This review prepares no move between phases. Record one if the child moves to a new school or college."
                // reg 18(1), (2): the amended plan names the next school or college by the move's deadline
                : "This review prepares the move (" + review.transfer().label().toLowerCase(Locale.UK) + ") on " + Dates.full(review.movesOn())
                        + ": the plan must be changed to name the new school or college by " + Dates.full(review.transferDeadline())
                        + ". The review is due by " + Dates.full(review.reviewDueBy()) + ".");
        now.setId("review-move-deadline");
        add(now);
        Feedback feedback = new Feedback();
        // radio buttons, not a select: the select's value button failed axe-core's aria-allowed-attr in Chromium
        RadioButtonGroup<PhaseTransfer> move = Feedback.register(feedback, "phaseMove", new RadioButtonGroup<>("The move"));
        move.setItems(PhaseTransfer.values());
        move.setItemLabelGenerator(PhaseTransfer::label);
        move.setRequiredIndicatorVisible(true);
        DatePicker movesOn = Feedback.register(feedback, "phaseMoveOn", RecordForms.date("Day of the move"));
        movesOn.setHelperText("For a move between schools, normally 1 September.");
        RecordForms.add(this, changed, "record-phase-move", "Record the move", feedback,
                () -> reviews.recordMove(caseId, move.getValue(), movesOn.getValue(), user), move, movesOn);
    }
}
