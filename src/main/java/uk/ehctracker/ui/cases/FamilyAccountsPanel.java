package uk.ehctracker.ui.cases;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.accounts.Accounts;
import uk.ehctracker.accounts.Accounts.Account;
import uk.ehctracker.ui.common.Feedback;
import uk.ehctracker.ui.common.UserText;

/**
 * For LA staff of the case: who in the child's family can sign in, and an invitation for a parent
 * or the young person, who are e-mailed a link to choose their own password.
 */
class FamilyAccountsPanel extends Div {

    private final long caseId;
    private final Accounts accounts;
    private final CurrentUser user;
    private final Div list = new Div();
    private final Feedback feedback = new Feedback();
    private final TextField name = Feedback.register(feedback, "displayName", new TextField("Full name"));
    private final EmailField email = Feedback.register(feedback, "email", new EmailField("E-mail address"));
    private final Checkbox youngPerson = new Checkbox("This is the young person themselves (over compulsory school age)");

    FamilyAccountsPanel(long caseId, Accounts accounts, CurrentUser user) {
        this.caseId = caseId;
        this.accounts = accounts;
        this.user = user;
        setId("family-accounts");
        addClassName("panel");
        feedback.field("youngPerson", youngPerson);
        email.setHelperText("They are sent a link to choose their password. The e-mail names no child");
        Button invite = new Button("Invite to this case", e -> invite());
        add(new H2("Family sign-in"), list, new H3("Invite a parent or the young person"), name, email, youngPerson, invite, feedback);
        showAccounts();
    }

    private void showAccounts() {
        list.removeAll();
        var family = accounts.familyAccounts(caseId, user);
        if (family.isEmpty()) {
            list.add(new Paragraph("Nobody in the family can sign in yet."));
            return;
        }
        UnorderedList people = new UnorderedList();
        for (Account a : family) {
            ListItem item = new ListItem(UserText.isolate(a.displayName()) + " (" + a.email() + "): " + a.access() + " ");
            if (a.enabled() && !"Can sign in".equals(a.access())) {
                Button again = new Button("Send a new link", e -> {
                    if (feedback.run(() -> accounts.sendLinkAgain(a.id(), user))) {
                        feedback.done("A new link is on its way to " + a.email() + ".");
                        showAccounts();
                    }
                });
                again.getElement().setAttribute("aria-label", "Send a new link to " + a.email());
                item.add(again);
            }
            people.add(item);
        }
        list.add(people);
    }

    private void invite() {
        Accounts.FamilyInvitation cmd = new Accounts.FamilyInvitation(name.getValue(), email.getValue(), youngPerson.getValue());
        Accounts.FamilyInvited[] invited = new Accounts.FamilyInvited[1];
        if (feedback.run(() -> invited[0] = accounts.inviteFamily(caseId, cmd, user))) {
            feedback.done("Invited. A link to choose a password is on its way to " + invited[0].account().email() + ".");
            name.clear();
            email.clear();
            youngPerson.clear();
            showAccounts();
        }
    }
}
