package uk.ehctracker.ui.cases;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.DecisionOutcome;
import uk.ehctracker.assessment.MediationCertificateService;
import uk.ehctracker.assessment.MediationCertificateService.AppealOptions;
import uk.ehctracker.directory.Role;
import uk.ehctracker.ui.common.AppealTime;
import uk.ehctracker.ui.common.Dates;
import uk.ehctracker.ui.common.Feedback;

/**
 * After a decision the family may appeal (CFA s51(2)): what they can do, in plain English, with
 * the dates (talk to us, mediation, appeal, or a complaint about how it was handled); and the
 * mediation certificate, which can move the appeal deadline (HESC Rules r20). Once a disagreement
 * with the decision is recorded, its own step records the certificate ({@code certificateForm} false).
 */
class DisagreementPanel extends Div {

    DisagreementPanel(long caseId, AppealOptions options, MediationCertificateService mediation, CurrentUser user, boolean certificateForm,
            Runnable changed) {
        addClassName("panel");
        setId("disagreement");
        boolean family = user.is(Role.PARENT);
        String decision = options.outcome() == DecisionOutcome.DO_NOT_ASSESS ? "not to carry out an assessment" : "not to issue an EHC plan";
        add(new H2(family ? "If you disagree with our decision" : "If the family disagrees"));
        add(new Paragraph((family ? "We decided " : "The LA decided ") + decision + ". The letter was sent on "
                + Dates.full(options.noticeSentOn()) + "."));
        add(new H3("1. Talk to us"));
        add(new Paragraph("Many disagreements are sorted out by talking. Contact the caseworker named on the letter."));
        add(new H3("2. Mediation"));
        add(new Paragraph("Before appealing, " + (family ? "you" : "the family") + " must contact the mediation adviser named in the"
                + " letter (unless the appeal is only about the school named in a plan). " + (family ? "You" : "They")
                + " can then choose mediation, which the council must arrange within 30 days, or not. Either way, the mediation"
                + " adviser gives a certificate within 3 working days."));
        add(new H3("3. Appeal to the SEND Tribunal"));
        // HESC Rules r20, r12 (docs/law.md s7)
        Paragraph deadline = new Paragraph("The last day to appeal is " + Dates.full(options.appealDeadline())
                + (options.certificateOn() == null ? ": 2 months from the day the letter was sent. With a mediation certificate, it is"
                        + " 1 month from the certificate's date if that is later. "
                        : ", 1 month from the mediation certificate dated " + Dates.full(options.certificateOn())
                        + " or 2 months from the letter, whichever is later. ") + AppealTime.MOVED_ON);
        deadline.setId("appeal-deadline");
        add(deadline);
        add(new Paragraph("Find out how to appeal at www.gov.uk/special-educational-needs-disability-tribunal. It is free."));
        add(new H3("4. Make a complaint"));
        add(new Paragraph("A complaint is about how " + (family ? "we" : "the council") + " handled the request (delays, or how "
                + (family ? "you were" : "the family was") + " treated), not the decision itself: only the Tribunal can change that."
                + " Record a concern or complaint under \"Concerns and complaints\" on the request's page; each stage shows the date"
                + " its reply is due."));
        if (!options.mayRecordCertificate() || !certificateForm) {
            return;
        }
        DatePicker issuedOn = new DatePicker(family ? "The date on your mediation certificate" : "The date on the family's mediation certificate");
        issuedOn.setLocale(Locale.UK);
        issuedOn.setRequiredIndicatorVisible(true);
        Feedback feedback = new Feedback().field("issuedOn", issuedOn);
        Button record = new Button("Record the certificate", e -> {
            if (feedback.run(() -> mediation.record(caseId, issuedOn.getValue(), user),
                    "Certificate recorded. A letter with the new appeal deadline has been sent.")) {
                changed.run();
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setId("record-certificate");
        add(new H3(options.certificateOn() == null ? "Have a mediation certificate?" : "Record a corrected certificate"),
                RecordForms.form(new Div(issuedOn, feedback, record)));
    }
}
