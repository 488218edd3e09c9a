package uk.ehctracker.ui.cases;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.directory.Role;
import uk.ehctracker.disagreement.DecisionDisagreed;
import uk.ehctracker.disagreement.DisagreementService;
import uk.ehctracker.disagreement.DisagreementService.View;
import uk.ehctracker.disagreement.TribunalOutcome;
import uk.ehctracker.statutory.Disagreement.Step;
import uk.ehctracker.ui.common.Dates;
import uk.ehctracker.ui.common.Feedback;

/**
 * The family's disagreement, step by step (CFA s51-s55; reg 44, 45): the dates that bind the
 * family and the council in plain English for the family, and for LA staff of the case's LA the
 * same dates with the form for the step the disagreement waits at.
 */
class AppealPanel extends Div {

    private final long caseId;
    private final DisagreementService disagreements;
    private final CurrentUser user;
    private final Runnable changed;
    private final boolean family;

    AppealPanel(long caseId, View view, List<DecisionDisagreed> disagreeable, DisagreementService disagreements, CurrentUser user,
            boolean staff, Runnable changed) {
        this.caseId = caseId;
        this.disagreements = disagreements;
        this.user = user;
        this.changed = changed;
        this.family = user.is(Role.PARENT);
        addClassName("panel");
        setId("appeal");
        add(new H2("Mediation and appeal"));
        if (view == null) {
            add(new Paragraph(family
                    ? "If you disagree with a decision and want to appeal, tell your caseworker: the dates that follow will show here."
                    : "No disagreement is recorded. Record one when the family says they disagree with a decision they can appeal."));
            if (staff && !disagreeable.isEmpty()) {
                startForm(disagreeable);
            }
            return;
        }
        add(new Paragraph((family ? "You disagree with " : "The family disagrees with ") + view.decisionDisagreed().words()
                + " (recorded on " + Dates.full(view.disagreedOn()) + ")."));
        UnorderedList dates = new UnorderedList();
        dates.setId("appeal-dates");
        dates(view).forEach(line -> dates.add(new ListItem(line)));
        add(dates);
        Paragraph next = new Paragraph("Next: " + view.nextStep() + ".");
        next.setId("appeal-next");
        add(next);
        if (staff && view.waitingAt() != null) {
            stepForm(view);
        }
    }

    /** The dates that bind, each in one sentence (docs/law.md s7). */
    private List<String> dates(View v) {
        List<String> lines = new java.util.ArrayList<>();
        if (v.certificateNeeded() && v.mediationContactOn() == null) {
            lines.add((family ? "You must contact the mediation adviser" : "The family must contact the mediation adviser")
                    + " before appealing.");
        }
        if (Boolean.TRUE.equals(v.wantsMediation()) && v.mediationHeldOn() == null) {
            lines.add("The council must arrange mediation by " + Dates.full(v.mediationDue()) + ".");
        }
        if (v.mediationHeldOn() != null) {
            lines.add("Mediation was held on " + Dates.full(v.mediationHeldOn()) + ".");
        }
        if (v.certificateDue() != null && v.certificateOn() == null) {
            lines.add("The mediation adviser should issue the certificate by " + Dates.full(v.certificateDue()) + ".");
        }
        if (v.certificateOn() != null) {
            lines.add("The mediation certificate is dated " + Dates.full(v.certificateOn()) + ".");
        }
        if (v.appealRegisteredOn() == null && v.outcome() == null) {
            lines.add((family ? "You must appeal by " : "The family must appeal by ") + Dates.full(v.appealDeadline()) + ".");
        } else if (v.appealRegisteredOn() != null) {
            lines.add("The appeal was made on " + Dates.full(v.appealRegisteredOn()) + ".");
        }
        if (v.responseDueOn() != null && v.responseSentOn() == null && v.outcome() == null) {
            lines.add("The council must send its response to the Tribunal by " + Dates.full(v.responseDueOn()) + ".");
        }
        if (v.hearingOn() != null && v.outcome() == null) {
            lines.add("The hearing is on " + Dates.full(v.hearingOn()) + ".");
        }
        if (v.outcome() != null) {
            lines.add("The appeal was " + v.outcome().words() + " on " + Dates.full(v.outcomeOn()) + ".");
        }
        for (Step step : v.orderSteps()) {
            lines.add((v.outcome() == TribunalOutcome.CONCEDED ? "Because the council conceded, it must: " : "The Tribunal ordered the council to: ")
                    + step.what().toLowerCase(Locale.UK) + ", by " + Dates.full(step.due()) + ".");
        }
        return lines;
    }

    private void startForm(List<DecisionDisagreed> disagreeable) {
        Select<DecisionDisagreed> decision = new Select<>();
        decision.setLabel("What the family disagrees with");
        decision.setItems(disagreeable);
        decision.setItemLabelGenerator(DecisionDisagreed::words);
        Feedback feedback = new Feedback().field("decision", decision);
        form("start-disagreement", "Record the disagreement", feedback,
                () -> disagreements.start(caseId, decision.getValue(), user), decision);
    }

    private void stepForm(View v) {
        switch (v.waitingAt()) {
            case "contactMediationAdviser" -> {
                DatePicker on = RecordForms.date("The day the family contacted the mediation adviser");
                Checkbox wants = new Checkbox("The family wants mediation");
                form("record-adviser-contact", "Record the contact", new Feedback().field("contactedOn", on),
                        () -> disagreements.recordAdviserContact(caseId, on.getValue(), wants.getValue(), user), on, wants);
            }
            case "arrangeMediation" -> {
                DatePicker on = RecordForms.date("The day the mediation was held");
                form("record-mediation", "Record the mediation", new Feedback().field("heldOn", on),
                        () -> disagreements.recordMediationHeld(caseId, on.getValue(), user), on);
            }
            case "awaitMediationCertificate" -> {
                DatePicker on = RecordForms.date("The date on the mediation certificate");
                form("record-disagreement-certificate", "Record the certificate", new Feedback().field("issuedOn", on),
                        () -> disagreements.recordCertificate(caseId, on.getValue(), user), on);
            }
            case "appealOrTimeUp" -> {
                DatePicker on = RecordForms.date("The day the appeal was made");
                DatePicker response = RecordForms.date("The council's response is due by (set by the Tribunal)");
                DatePicker hearing = RecordForms.date("The hearing date, if set");
                hearing.setRequiredIndicatorVisible(false);
                form("record-appeal", "Record the appeal", new Feedback().field("registeredOn", on).field("responseDueOn", response)
                        .field("hearingOn", hearing), () -> disagreements.registerAppeal(caseId, on.getValue(), response.getValue(),
                                hearing.getValue(), user), on, response, hearing);
                return;
            }
            case "respondToAppeal" -> {
                DatePicker on = RecordForms.date("The day the response was sent");
                form("record-response", "Record the response", new Feedback().field("sentOn", on),
                        () -> disagreements.recordResponse(caseId, on.getValue(), user), on);
                outcomeForm(List.of(TribunalOutcome.CONCEDED));
            }
            case "awaitTribunalDecision" -> outcomeForm(List.of(TribunalOutcome.values()));
            case "issueAmendedPlan" -> {
                DatePicker on = RecordForms.date("The day the amended plan was issued");
                form("record-order-step", "Record the amended plan issued", new Feedback().field("doneOn", on),
                        () -> disagreements.recordOrderFirstStep(caseId, on.getValue(), user), on);
            }
            default -> {
            }
        }
    }

    private void outcomeForm(List<TribunalOutcome> outcomes) {
        Select<TribunalOutcome> outcome = new Select<>();
        outcome.setLabel("How the appeal ended");
        outcome.setItems(outcomes);
        outcome.setItemLabelGenerator(TribunalOutcome::words);
        DatePicker on = RecordForms.date("The day (for a concession, the day the council told the Tribunal)");
        form("record-outcome", "Record the outcome", new Feedback().field("outcome", outcome).field("on", on),
                () -> disagreements.recordOutcome(caseId, outcome.getValue(), on.getValue(), user), outcome, on);
    }

    private void form(String id, String label, Feedback feedback, Runnable command, com.vaadin.flow.component.Component... fields) {
        RecordForms.add(this, changed, id, label, feedback, command, fields);
    }
}
