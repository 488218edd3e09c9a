package uk.ehctracker.ui.cases;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.cessation.CeaseReason;
import uk.ehctracker.cessation.CeaseService;
import uk.ehctracker.cessation.CeaseService.Respondent;
import uk.ehctracker.cessation.CeaseService.View;
import uk.ehctracker.ui.common.AppealTime;
import uk.ehctracker.ui.common.Dates;
import uk.ehctracker.ui.common.Feedback;
import uk.ehctracker.ui.common.Sentences;
import uk.ehctracker.ui.common.UserText;

/**
 * Ceasing the plan on the case page (CFA s45; reg 31; docs/law.md s9, "Ceasing"): what is proposed
 * and why, by when the family and the setting may give their views, the decision, the appeal rights
 * with their last day, and the day the plan ended or was kept. LA staff of the case ({@code staff})
 * propose ceasing outside a review and record each step; the family and the school read it.
 */
public class CeasePanel extends Div {

    private final long caseId;
    private final CeaseService cessations;
    private final CurrentUser user;
    private final Runnable changed;

    public CeasePanel(long caseId, View v, boolean mayPropose, CeaseService cessations, CurrentUser user, boolean staff, boolean family,
            LocalDate today, Runnable changed) {
        this.caseId = caseId;
        this.cessations = cessations;
        this.user = user;
        this.changed = changed;
        addClassName("panel");
        setId("cease-plan");
        add(new H2(family ? "Ending the EHC plan" : "Ceasing the EHC plan"));
        if (v != null) {
            proposal(v, family);
            consultation(v, family);
            decision(v, family);
            if (staff && "informAndConsult".equals(v.waitingAt())) {
                consultForm(today);
            }
            if (staff && "decideWhetherToCease".equals(v.waitingAt())) {
                responseForm(today);
                decideForm(today);
            }
        }
        if (staff && mayPropose) {
            proposeForm();
        }
    }

    private void proposal(View v, boolean family) {
        add(line("cease-proposed", (family ? "On " + Dates.full(v.proposedOn()) + " the council said it is considering ending the EHC plan"
                : "Ceasing the plan was proposed on " + Dates.full(v.proposedOn()))
                + (v.proposedAtReview() ? ", after the annual review." : ".")));
        add(line("cease-proposal-reason", "Why: " + UserText.isolate(v.proposalReason())));
        if (family && v.decidedOn() == null) {
            // reg 31(1): the family is told and consulted, and the school consulted, before any decision
            add(line("cease-rights", "Before it decides, the council must ask for your views and ask the school or college for theirs."
                    + " The plan stays in place while it decides."));
        }
    }

    private void consultation(View v, boolean family) {
        if (v.familyToldOn() == null) {
            return;
        }
        add(line("cease-consulted", (family ? "You were told on " : "The family was told on ") + Dates.full(v.familyToldOn())
                + (v.settingConsultedOn() == null ? "" : "; the school or setting was asked on " + Dates.full(v.settingConsultedOn())) + "."
                // [practice] the law sets no period for views: the council's own date, never put as a legal limit
                + (family ? " The council asks for your views by " : " Views are asked for by ") + Dates.full(v.responsesDueBy()) + "."));
        if (v.familyResponse() != null) {
            add(line("cease-family-views", (family ? "Your views, received on " : "The family's views, received on ")
                    + Dates.full(v.familyResponseOn()) + ": " + UserText.isolate(v.familyResponse())));
        }
        if (v.settingResponse() != null) {
            add(line("cease-setting-views", "The school or setting's views, received on " + Dates.full(v.settingResponseOn()) + ": "
                    + UserText.isolate(v.settingResponse())));
        }
    }

    private void decision(View v, boolean family) {
        if (v.decidedOn() == null) {
            return;
        }
        if (!Boolean.TRUE.equals(v.ceases())) {
            add(line("cease-decision", "On " + Dates.full(v.decidedOn()) + " the council decided not to cease the plan: it stays in place."));
            return;
        }
        add(line("cease-decision", "On " + Dates.full(v.decidedOn()) + " the council decided to cease the plan: "
                + Sentences.decapitalised(v.ceaseReason().words()) + ". The notice was sent on " + Dates.full(v.noticeSentOn()) + "."));
        add(line("cease-reasons", "The council's reasons: " + UserText.isolate(v.decisionReasons())));
        if (v.ceasedOn() != null) {
            add(line("cease-ended", "The plan ended on " + Dates.full(v.ceasedOn()) + (v.disagreementEndedOn() == null
                    ? ", after the time to appeal had passed." : ", when the disagreement with the decision ended.")));
        } else if (v.keptOn() != null) {
            add(line("cease-ended", "The plan is kept: on " + Dates.full(v.keptOn()) + " the Tribunal's order, or the council's"
                    + " concession, ended the decision to cease."));
        } else {
            // reg 31(3); HESC Rules r20, r12; CFA s45(4)
            add(line("cease-appeal", (family ? "You can appeal to the First-tier Tribunal (SEND) until " : "The family can appeal until ")
                    + Dates.full(v.appealDeadline()) + ", 2 months after the notice was sent, or 1 month after a mediation certificate if"
                    + " that is later. " + AppealTime.MOVED_ON + " Before appealing, contact the mediation adviser named in the notice. The plan stays in place until"
                    + " the time to appeal has passed, and while an appeal is going on."));
        }
    }

    /** One line for the family's home page: where ceasing the plan stands, with the date that matters now. */
    public static String familySummary(View v) {
        if (v.ceasedOn() != null) {
            return "The plan ended on " + Dates.full(v.ceasedOn()) + ": " + Sentences.decapitalised(v.ceaseReason().words()) + ".";
        }
        if (v.keptOn() != null) {
            return "We considered ending the plan; it stays in place (" + Dates.full(v.keptOn()) + ").";
        }
        if (Boolean.TRUE.equals(v.ceases())) {
            return "We decided on " + Dates.full(v.decidedOn()) + " to end the plan. You can appeal until " + Dates.full(v.appealDeadline())
                    + "; the plan stays in place until then, and while an appeal goes on.";
        }
        return "We are considering ending the plan. " + (v.responsesDueBy() == null ? "We will ask for your views first."
                : "Please tell us your views by " + Dates.full(v.responsesDueBy()) + ".");
    }

    private void proposeForm() {
        Feedback feedback = new Feedback();
        TextArea reason = Feedback.register(feedback, "proposalReason", new TextArea("Why the council is considering ceasing the plan"));
        reason.setWidthFull();
        reason.setMaxLength(20000);
        reason.setRequiredIndicatorVisible(true);
        reason.setHelperText("Outside an annual review. The family and the setting are consulted before any decision (reg 31(1)).");
        RecordForms.add(this, changed, "propose-cease", "Propose ceasing the plan", feedback,
                () -> cessations.propose(caseId, reason.getValue(), user), reason);
    }

    private void consultForm(LocalDate today) {
        Feedback feedback = new Feedback();
        DatePicker toldOn = Feedback.register(feedback, "familyToldOn", RecordForms.date("The day the family was told and asked for views"));
        toldOn.setValue(today);
        DatePicker settingOn = Feedback.register(feedback, "settingConsultedOn", RecordForms.date("The day the setting was consulted"));
        settingOn.setValue(today);
        RecordForms.add(this, changed, "record-cease-consultation", "Record the consultation", feedback,
                () -> cessations.recordConsultation(caseId, toldOn.getValue(), settingOn.getValue(), user), toldOn, settingOn);
    }

    private void responseForm(LocalDate today) {
        Feedback feedback = new Feedback();
        RadioButtonGroup<Respondent> who = Feedback.register(feedback, "who", new RadioButtonGroup<>("Whose views"));
        who.setItems(Respondent.values());
        who.setItemLabelGenerator(r -> r == Respondent.FAMILY ? "The family's" : "The school or setting's");
        TextArea response = Feedback.register(feedback, "response", new TextArea("Their views"));
        response.setWidthFull();
        response.setMaxLength(20000);
        DatePicker receivedOn = Feedback.register(feedback, "receivedOn", RecordForms.date("The day the views were received"));
        receivedOn.setValue(today);
        RecordForms.add(this, changed, "record-cease-views", "Record the views", feedback,
                () -> cessations.recordResponse(caseId, who.getValue(), response.getValue(), receivedOn.getValue(), user), who, response,
                receivedOn);
    }

    private void decideForm(LocalDate today) {
        Feedback feedback = new Feedback();
        RadioButtonGroup<Boolean> ceases = Feedback.register(feedback, "ceases", new RadioButtonGroup<>("The decision"));
        ceases.setItems(Boolean.TRUE, Boolean.FALSE);
        ceases.setItemLabelGenerator(b -> b ? "Cease to maintain the plan" : "Keep the plan");
        ceases.setRequiredIndicatorVisible(true);
        DatePicker decidedOn = Feedback.register(feedback, "ceaseDecidedOn", RecordForms.date("The day of the decision"));
        decidedOn.setValue(today);
        Select<CeaseReason> reason = Feedback.register(feedback, "ceaseReason", new Select<>());
        reason.setLabel("The reason for ceasing (as SEN2 reports it)");
        reason.setItems(CeaseReason.values());
        reason.setItemLabelGenerator(CeaseReason::words);
        TextArea reasons = Feedback.register(feedback, "reasons", new TextArea("The council's reasons, as the notice gives them"));
        reasons.setWidthFull();
        reasons.setMaxLength(20000);
        DatePicker noticeSentOn = Feedback.register(feedback, "noticeSentOn",
                RecordForms.date("The day the notice with the appeal and mediation rights was sent"));
        noticeSentOn.setRequiredIndicatorVisible(false);
        noticeSentOn.setValue(today);
        noticeSentOn.setHelperText("Ceasing only (reg 31(2), (3)). The notice goes to the family, the setting and health today, "
                + "when you record the decision; the time to appeal counts from it.");
        RecordForms.add(this, changed, "decide-cease", "Record the decision", feedback,
                () -> cessations.decide(caseId, ceases.getValue(), decidedOn.getValue(), reason.getValue(), reasons.getValue(),
                        noticeSentOn.getValue(), user), ceases, decidedOn, reason, reasons, noticeSentOn);
    }

    private static Paragraph line(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        return p;
    }
}
