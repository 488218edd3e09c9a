package uk.ehctracker.ui.manager;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.directory.Contact;
import uk.ehctracker.lasettings.LaContacts;
import uk.ehctracker.lasettings.LaContacts.Part;
import uk.ehctracker.ui.common.Feedback;

/**
 * The LA's contacts, kept by its managers: the mediation adviser and the information, advice and
 * support service that decision letters name, and the health and social care teams that the reg
 * 4(2) notices go to. Field keys match {@link LaContacts}'s problems, so each message sits by its field.
 */
@Route("manager/contacts")
@PageTitle("Contacts in letters | EHC needs assessment tracker")
@RolesAllowed("LA_MANAGER")
public class LaContactsView extends VerticalLayout {

    private final LaContacts contacts;
    private final CurrentUser user;
    private final Feedback feedback = new Feedback();
    private final ContactFields mediation = new ContactFields(feedback, Part.MEDIATION);
    private final ContactFields ias = new ContactFields(feedback, Part.IAS);
    private final ContactFields health = new ContactFields(feedback, Part.HEALTH);
    private final ContactFields socialCare = new ContactFields(feedback, Part.SOCIAL_CARE);

    public LaContactsView(LaContacts contacts, CurrentUsers currentUsers) {
        this.contacts = contacts;
        this.user = currentUsers.require();
        addClassName("page");
        LaContacts.Contacts current = contacts.of(user);
        mediation.show(current.mediationAdviser());
        ias.show(current.iasService());
        health.show(current.healthBody());
        socialCare.show(current.socialCare());
        Button save = new Button("Save the contacts", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Contacts in " + contacts.laName(user) + "'s letters"),
                new H2("Given to families"),
                new Paragraph("Every decision letter tells the family how to reach a mediation adviser and the information, "
                        + "advice and support service (reg 5(3), 10(3)). Both are required."),
                mediation.section(), ias.section(),
                new H2("Told about each request"),
                new Paragraph("When the LA considers an assessment and when it decides, it must tell the health commissioning "
                        + "body and its social care team (reg 4(2), 5(2)). With an e-mail address their letters are "
                        + "e-mailed; without one they are only kept with the case."),
                health.section(), socialCare.section(),
                save, feedback);
    }

    private void save() {
        if (feedback.run(() -> contacts.update(
                new LaContacts.Contacts(mediation.value(), ias.value(), health.value(), socialCare.value()), user))) {
            feedback.done("Saved. Letters issued from now on use these contacts.");
        }
    }

    /** The four fields of one contact, keyed as {@link Part} names its problems. */
    private static final class ContactFields {

        private final String label;
        private final TextField name;
        private final TextField phone;
        private final TextField email;
        private final TextField web;

        ContactFields(Feedback feedback, Part part) {
            this.label = part.label();
            // each label names its contact: four "Name" fields on one page would be ambiguous to a screen reader
            this.name = field(feedback, part.field("Name"), part.label("name"));
            this.phone = field(feedback, part.field("Phone"), part.label("phone"));
            this.email = field(feedback, part.field("Email"), part.label("e-mail"));
            this.web = field(feedback, part.field("Web"), part.label("website"));
            web.setHelperText("Starting with https://");
        }

        private static TextField field(Feedback feedback, String key, String label) {
            TextField f = Feedback.register(feedback, key, new TextField(label));
            f.setWidth("30em");
            return f;
        }

        VerticalLayout section() {
            VerticalLayout section = new VerticalLayout(new H3(label), name, phone, email, web);
            section.setPadding(false);
            return section;
        }

        void show(Contact c) {
            name.setValue(c == null || c.name() == null ? "" : c.name());
            phone.setValue(c == null || c.phone() == null ? "" : c.phone());
            email.setValue(c == null || c.email() == null ? "" : c.email());
            web.setValue(c == null || c.web() == null ? "" : c.web());
        }

        Contact value() {
            return new Contact(name.getValue(), phone.getValue(), email.getValue(), web.getValue());
        }
    }
}
