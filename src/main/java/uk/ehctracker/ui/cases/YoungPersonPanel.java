package uk.ehctracker.ui.cases;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.assessment.YoungPersonsWishesService;
import uk.ehctracker.assessment.YoungPersonsWishesService.Wishes;
import uk.ehctracker.ui.common.Dates;
import uk.ehctracker.ui.common.Feedback;

/**
 * Who is sent a young person's notices (CFA s80, s83(2)): shown once the child is over compulsory
 * school age. The young person, or LA staff on their behalf, decide whether the parent is copied;
 * LA staff record a representative for a young person who lacks capacity. The parent reads it.
 */
class YoungPersonPanel extends Div {

    private final long caseId;
    private final YoungPersonsWishesService service;
    private final CurrentUser user;

    YoungPersonPanel(long caseId, YoungPersonsWishesService service, CurrentUser user) {
        this.caseId = caseId;
        this.service = service;
        this.user = user;
        addClassName("panel");
        setId("young-person");
        render(service.wishes(caseId, user));
    }

    private void render(Wishes w) {
        removeAll();
        boolean themselves = user.childId() != null;
        add(new H2(themselves ? "Who is sent your letters" : "Who is sent the young person's letters"));
        add(new Paragraph((themselves ? "You have been" : "They have been") + " a young person since "
                + Dates.full(w.youngPersonFrom()) + ", the day after the school leaving date of the year "
                + (themselves ? "you" : "they") + " turned 16."
                + " From then the rights are " + (themselves ? "your" : "their") + " own, and the letters go to "
                + (themselves ? "you." : "them.")));
        if (!w.mayRecord()) {
            add(new Paragraph(w.parentCopies() ? "The parent is sent copies, as the young person agreed."
                    : "The parent is not sent copies: the young person has not asked for that."));
            if (w.representativeName() != null) {
                add(new Paragraph("Acting for them: " + w.representativeName() + "."));
            }
            return;
        }
        EmailField email = new EmailField(themselves ? "Your e-mail address" : "The young person's e-mail address");
        email.setValue(w.email() == null ? "" : w.email());
        email.setWidthFull();
        Checkbox parentCopies = new Checkbox(themselves ? "Send copies of my letters to my parent"
                : "The young person agrees that their parent is sent copies", w.parentCopies());
        Feedback feedback = new Feedback().field("email", email);
        add(email, parentCopies);
        TextField representative = new TextField("Deputy or attorney acting for them (only if they lack capacity)");
        EmailField representativeEmail = new EmailField("Their e-mail address");
        if (w.mayRecordRepresentative()) {
            representative.setValue(w.representativeName() == null ? "" : w.representativeName());
            representative.setHelperText("Where the young person lacks capacity to decide (Mental Capacity Act 2005),"
                    + " the deputy or attorney is sent the letters too.");
            representative.setWidthFull();
            representativeEmail.setValue(w.representativeEmail() == null ? "" : w.representativeEmail());
            representativeEmail.setWidthFull();
            feedback.field("representativeName", representative).field("representativeEmail", representativeEmail);
            add(representative, representativeEmail);
        }
        Button save = new Button("Save who is sent the letters", e -> {
            if (feedback.run(() -> service.record(caseId, new Commands.YoungPersonsWishes(email.getValue(), parentCopies.getValue(),
                    w.mayRecordRepresentative() ? representative.getValue() : w.representativeName(),
                    w.mayRecordRepresentative() ? representativeEmail.getValue() : w.representativeEmail()), user))) {
                render(service.wishes(caseId, user));
                Feedback saved = new Feedback();
                saved.done("Saved. The next letters go as shown here.");
                add(saved);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-young-person");
        add(feedback, save);
    }
}
