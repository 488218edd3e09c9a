package uk.ehctracker.ui.cases;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.transfer.TransferService;
import uk.ehctracker.transfer.TransferService.Council;
import uk.ehctracker.transfer.TransferService.View;
import uk.ehctracker.ui.common.Dates;
import uk.ehctracker.ui.common.Feedback;

/**
 * Moving the plan to another council on the case page (CFA s47; reg 15; docs/law.md s9, "Moving to
 * another council"): the move, the last day to transfer the plan, the transfer, and the new
 * council's notice to the family with its last day. LA staff of the case ({@code staff}) record each
 * step; the family reads where the plan is and what the new council must do by when.
 */
public class TransferPanel extends Div {

    private final long caseId;
    private final TransferService transfers;
    private final CurrentUser user;
    private final Runnable changed;

    public TransferPanel(long caseId, View v, List<Council> destinations, TransferService transfers, CurrentUser user, boolean staff,
            boolean family, LocalDate today, Runnable changed) {
        this.caseId = caseId;
        this.transfers = transfers;
        this.user = user;
        this.changed = changed;
        addClassName("panel");
        setId("plan-transfer");
        add(new H2(family ? "Moving to another council" : "Moving the plan to another council"));
        if (v != null) {
            add(line("transfer-summary", family ? familySummary(v) : staffSummary(v)));
            if (staff && "transferPlan".equals(v.waitingAt())) {
                transferForm(today);
            }
            if (staff && "tellFamilyOfTransfer".equals(v.waitingAt())) {
                familyToldForm(today);
            }
        }
        if (staff && !destinations.isEmpty()) {
            moveForm(destinations, today);
        }
    }

    /** What the family reads: where the plan is going or went, and what the new council must do by when (reg 15(2), (4), (5)). */
    public static String familySummary(View v) {
        if (v.transferredOn() == null) {
            return "You are moving to " + v.toLa() + "'s area on " + Dates.full(v.movesOn()) + ". Your EHC plan moves with you: "
                    + v.fromLa() + " must pass it to " + v.toLa() + " by " + Dates.full(v.transferDueBy())
                    + ". Until then " + v.fromLa() + " looks after the plan.";
        }
        String moved = "Your EHC plan moved to " + v.toLa() + " on " + Dates.full(v.transferredOn()) + ". " + v.toLa()
                + " now looks after the plan and must make sure the help in it is given, as if it had written the plan itself.";
        if (v.familyToldOn() == null) {
            return moved + " By " + Dates.full(v.familyToldBy()) + " " + v.toLa() + " must write to tell you that the plan has moved,"
                    + " whether it wants to carry out a new EHC needs assessment, and when it will review the plan.";
        }
        return moved + " It told you on " + Dates.full(v.familyToldOn()) + (Boolean.TRUE.equals(v.proposesAssessment())
                ? " that it proposes a new EHC needs assessment" : " that it does not propose a new EHC needs assessment")
                + ", and that it will review the plan by " + Dates.full(v.reviewProposedOn()) + ".";
    }

    private static String staffSummary(View v) {
        StringBuilder s = new StringBuilder("Moving to " + v.toLa() + " on " + Dates.full(v.movesOn()) + "; " + v.fromLa()
                + " became aware on " + Dates.full(v.awareOn()) + (v.awareInTime()
                        ? ", at least 15 working days before: the plan goes on the day of the move, "
                        : ", less than 15 working days before: the plan goes within 15 working days of that day, by ")
                + Dates.full(v.transferDueBy()) + " (reg 15(2)).");
        if (v.transferredOn() != null) {
            s.append(" Transferred on ").append(Dates.full(v.transferredOn()))
                    .append(Boolean.TRUE.equals(v.transferredInTime()) ? ", in time." : ", late.");
            if (v.familyToldOn() == null) {
                s.append(" ").append(v.toLa()).append(" tells the family by ").append(Dates.full(v.familyToldBy())).append(" (reg 15(4)).");
            } else {
                s.append(" The family was told on ").append(Dates.full(v.familyToldOn()))
                        .append(Boolean.TRUE.equals(v.familyToldInTime()) ? ", in time" : ", late").append("; the review is proposed by ")
                        .append(Dates.full(v.reviewProposedOn())).append(".");
            }
        }
        return s.toString();
    }

    private void moveForm(List<Council> destinations, LocalDate today) {
        Feedback feedback = new Feedback();
        Select<Council> to = Feedback.register(feedback, "toLaId", new Select<>());
        to.setLabel("The council whose area the family is moving to");
        to.setItems(destinations);
        to.setItemLabelGenerator(Council::name);
        DatePicker awareOn = Feedback.register(feedback, "awareOn", RecordForms.date("The day the council became aware of the move"));
        awareOn.setValue(today);
        DatePicker movesOn = Feedback.register(feedback, "movesOn", RecordForms.date("The day of the move"));
        RecordForms.add(this, changed, "record-move", "Record the move", feedback, () -> transfers.recordMove(caseId,
                to.getValue() == null ? null : to.getValue().id(), awareOn.getValue(), movesOn.getValue(), user), to, awareOn, movesOn);
    }

    private void transferForm(LocalDate today) {
        Feedback feedback = new Feedback();
        DatePicker on = Feedback.register(feedback, "transferredOn", RecordForms.date("The day the plan was transferred"));
        on.setValue(today);
        on.setHelperText("From this day the case is the new council's; this council keeps a record of where the plan went.");
        // the case is no longer this council's to show: back to the home page, where the plans moved out are listed
        RecordForms.add(this, () -> UI.getCurrent().navigate(""), "record-transfer", "Record the transfer", feedback,
                () -> transfers.recordTransferred(caseId, on.getValue(), user), on);
    }

    private void familyToldForm(LocalDate today) {
        Feedback feedback = new Feedback();
        DatePicker toldOn = Feedback.register(feedback, "toldOn", RecordForms.date("The day the family was told"));
        toldOn.setValue(today);
        RadioButtonGroup<Boolean> assess = Feedback.register(feedback, "proposesAssessment",
                new RadioButtonGroup<>("Does the council propose an EHC needs assessment?"));
        assess.setItems(Boolean.TRUE, Boolean.FALSE);
        assess.setItemLabelGenerator(b -> b ? "Yes" : "No");
        assess.setRequiredIndicatorVisible(true);
        DatePicker reviewOn = Feedback.register(feedback, "reviewProposedOn", RecordForms.date("When the council proposes to review the plan"));
        reviewOn.setHelperText("No later than the review's due date (reg 15(5)).");
        RecordForms.add(this, changed, "record-family-told", "Record the family told", feedback,
                () -> transfers.recordFamilyTold(caseId, toldOn.getValue(), assess.getValue(), reviewOn.getValue(), user), toldOn, assess,
                reviewOn);
    }

    private static Paragraph line(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        return p;
    }
}
