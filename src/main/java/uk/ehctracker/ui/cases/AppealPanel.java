package uk.ehctracker.ui.cases;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.List;
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
 * same dates with the form for the step the disagreement waits at. The family records their own
 * steps here too (that they disagree, the adviser contacted, the mediation, the certificate, the
 * appeal); the council's steps (its response, the outcome, an amended plan) are for its staff.
 */
class AppealPanel extends Div {

    private final long caseId;
    private final DisagreementService disagreements;
    private final CurrentUser user;
    private final Runnable changed;
    private final boolean family;

    /** The steps the family records themselves (the elements of bpmn/disagreement.bpmn that wait for them or their adviser). */
    static final java.util.Set<String> FAMILY_STEPS = java.util.Set.of("contactMediationAdviser", "arrangeMediation",
            "awaitMediationCertificate", "appealOrTimeUp");

    /**
     * {@code staff}: LA staff of the case, who record every step; {@code familyRecords}: the family,
     * who record their own ({@link #FAMILY_STEPS}); anyone else (a school) reads the dates only.
     */
    AppealPanel(long caseId, View view, List<DecisionDisagreed> disagreeable, DisagreementService disagreements, CurrentUser user,
            boolean staff, boolean familyRecords, java.util.Optional<String> youngPersonsOwn, Runnable changed) {
        this.caseId = caseId;
        this.disagreements = disagreements;
        this.user = user;
        this.changed = changed;
        this.family = user.is(Role.PARENT);
        addClassName("panel");
        setId("appeal");
        add(new H2("Mediation and appeal"));
        // CFA s80, s83(2): the parent of a young person reads the steps; the young person records them
        youngPersonsOwn.ifPresent(why -> {
            Paragraph theirs = new Paragraph(why + ".");
            theirs.setId("appeal-young-persons-own");
            add(theirs);
        });
        if (view == null) {
            add(new Paragraph(family
                    ? "If you disagree with a decision and may appeal, tell us here (or tell your caseworker): each step and its date will show here."
                    : "No disagreement is recorded. Record one when the family says they disagree with a decision they can appeal."));
            if ((staff || familyRecords) && !disagreeable.isEmpty()) {
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
        Paragraph next = new Paragraph("Next: " + (family ? familyNextStep(view) : view.nextStep() + "."));
        next.setId("appeal-next");
        add(next);
        if (view.waitingAt() != null && (staff || (familyRecords && FAMILY_STEPS.contains(view.waitingAt())))) {
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
        lines.addAll(orderLines(v));
        return lines;
    }

    /** reg 44; reg 45: what the order, or the concession, requires of the council, each by its last day. */
    static List<String> orderLines(View v) {
        return v.orderSteps().stream().map(step -> (v.outcome() == TribunalOutcome.CONCEDED ? "Because the council conceded, it must: "
                : "The Tribunal ordered the council to: ") + Character.toLowerCase(step.what().charAt(0)) + step.what().substring(1)
                + ", by " + Dates.full(step.due()) + ".").toList();
    }

    /**
     * What the disagreement waits for, in the family's words: what they do next, or what the
     * council or the adviser does and by when (the same steps as {@link View#nextStep()}).
     */
    public static String familyNextStep(View v) {
        if (v.waitingAt() == null && v.outcome() != null && v.outcome().bindsTheLa() && !v.orderSteps().isEmpty()
                && v.orderFirstStepOn() == null) {
            return "The council does each of these by its date: " + (v.outcome() == TribunalOutcome.CONCEDED
                    ? "conceding the appeal binds it to them, as an order of the Tribunal would." : "the Tribunal's order binds it to them.");
        }
        if (v.waitingAt() == null) {
            return v.nextStep() + ".";
        }
        return switch (v.waitingAt()) {
            case "contactMediationAdviser" -> "Contact the mediation adviser named in our letter and tell them whether you want"
                    + " mediation. Then record here the day you contacted them.";
            case "arrangeMediation" -> "The council arranges the mediation, by " + Dates.full(v.mediationDue())
                    + ". When it has taken place, record its date here.";
            case "awaitMediationCertificate" -> "The mediation adviser sends you a certificate"
                    + (v.certificateDue() == null ? "" : ", by " + Dates.full(v.certificateDue()))
                    + ". When you have it, record its date here: it can give you longer to appeal.";
            case "appealOrTimeUp" -> "If you still disagree, you can appeal to the SEND Tribunal until " + Dates.full(v.appealDeadline())
                    + ". When the Tribunal registers your appeal, record it here.";
            case "recordResponseDue" -> "The council sends the Tribunal its response by the date the Tribunal sets.";
            case "respondToAppeal" -> "The council sends the Tribunal its response"
                    + (v.responseDueOn() == null ? "" : ", by " + Dates.full(v.responseDueOn())) + ".";
            case "awaitTribunalDecision" -> "The Tribunal decides" + (v.hearingOn() == null ? "" : "; the hearing is on "
                    + Dates.full(v.hearingOn())) + ".";
            default -> v.nextStep() + ".";
        };
    }

    private void startForm(List<DecisionDisagreed> disagreeable) {
        Select<DecisionDisagreed> decision = new Select<>();
        decision.setLabel(family ? "What do you disagree with?" : "What the family disagrees with");
        decision.setItems(disagreeable);
        decision.setItemLabelGenerator(DecisionDisagreed::words);
        decision.setId("decision-disagreed");
        if (disagreeable.size() == 1) {
            decision.setValue(disagreeable.get(0));
        }
        Feedback feedback = new Feedback().field("decision", decision);
        form("start-disagreement", family ? "Tell us you disagree" : "Record the disagreement", feedback,
                () -> disagreements.start(caseId, decision.getValue(), user), decision);
    }

    private void stepForm(View v) {
        switch (v.waitingAt()) {
            case "contactMediationAdviser" -> {
                DatePicker on = RecordForms.date(family ? "The day you contacted the mediation adviser"
                        : "The day the family contacted the mediation adviser");
                RadioButtonGroup<Boolean> wants = new RadioButtonGroup<>(family ? "Do you want mediation?" : "Does the family want mediation?");
                wants.setItems(true, false);
                wants.setItemLabelGenerator(yes -> yes ? (family ? "Yes, I want mediation" : "Yes, they want mediation")
                        : (family ? "No, I do not want mediation" : "No, they do not want mediation"));
                wants.setRequiredIndicatorVisible(true);
                wants.setId("wants-mediation");
                form("record-adviser-contact", "Record the contact", new Feedback().field("contactedOn", on).field("wantsMediation", wants),
                        () -> disagreements.recordAdviserContact(caseId, on.getValue(), wants.getValue(), user), on, wants);
            }
            case "arrangeMediation" -> {
                DatePicker on = RecordForms.date(family ? "The day the mediation took place" : "The day the mediation was held");
                form("record-mediation", "Record the mediation", new Feedback().field("heldOn", on),
                        () -> disagreements.recordMediationHeld(caseId, on.getValue(), user), on);
            }
            case "awaitMediationCertificate" -> {
                DatePicker on = RecordForms.date(family ? "The date on your mediation certificate" : "The date on the mediation certificate");
                form("record-disagreement-certificate", "Record the certificate", new Feedback().field("issuedOn", on),
                        () -> disagreements.recordCertificate(caseId, on.getValue(), user), on);
            }
            case "appealOrTimeUp" -> {
                // short labels, the rest as help under them, so each reads in full at a phone's width
                DatePicker on = RecordForms.date("Appeal registered on");
                on.setHelperText(family ? "The date on the Tribunal's letter saying it registered your appeal."
                        : "The day the Tribunal registered the appeal.");
                DatePicker response = responseDue();
                // the family may not know the council's date: the council adds it (docs/law.md s7)
                response.setRequiredIndicatorVisible(!family);
                if (family) {
                    response.setLabel("Council's response due by (optional)");
                    response.setHelperText("If the Tribunal's letter gives it. If you do not know it, leave it empty: the council adds it.");
                }
                DatePicker hearing = RecordForms.date("Hearing date (optional)");
                hearing.setHelperText(family ? "If you know it." : "If the Tribunal has set it.");
                hearing.setRequiredIndicatorVisible(false);
                form("record-appeal", "Record the appeal", new Feedback().field("registeredOn", on).field("responseDueOn", response)
                        .field("hearingOn", hearing), () -> disagreements.registerAppeal(caseId, on.getValue(), response.getValue(),
                                hearing.getValue(), user), on, response, hearing);
                return;
            }
            case "recordResponseDue" -> {
                DatePicker response = responseDue();
                form("record-response-due", "Record the response date", new Feedback().field("responseDueOn", response),
                        () -> disagreements.recordResponseDue(caseId, response.getValue(), user), response);
                outcomeForm(List.of(TribunalOutcome.CONCEDED));
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

    /** The day the Tribunal set for the council's response, as LA staff read it on the Tribunal's letter. */
    private static DatePicker responseDue() {
        DatePicker response = RecordForms.date("Council's response due by");
        response.setHelperText("The date the Tribunal set, on its letter.");
        return response;
    }

    private void outcomeForm(List<TribunalOutcome> outcomes) {
        Select<TribunalOutcome> outcome = new Select<>();
        outcome.setLabel("How the appeal ended");
        outcome.setItems(outcomes);
        outcome.setItemLabelGenerator(TribunalOutcome::words);
        outcome.setId("outcome");
        DatePicker on = RecordForms.date("The day it ended");
        on.setHelperText("For a concession, the day the council told the Tribunal it would not oppose the appeal.");
        form("record-outcome", "Record the outcome", new Feedback().field("outcome", outcome).field("on", on),
                () -> disagreements.recordOutcome(caseId, outcome.getValue(), on.getValue(), user), outcome, on);
    }

    private void form(String id, String label, Feedback feedback, Runnable command, com.vaadin.flow.component.Component... fields) {
        RecordForms.add(this, changed, id, label, feedback, command, fields);
    }
}
