package uk.ehctracker.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.accounts.Accounts;
import uk.ehctracker.accounts.PasswordRules;
import uk.ehctracker.ui.common.Feedback;
import uk.ehctracker.ui.common.UserText;

/** The signed-in person's own account: who they are signed in as, and a new password (proving the current one). */
@Route(AccountView.ROUTE)
@PageTitle("Your account | EHC needs assessment tracker")
@PermitAll
public class AccountView extends VerticalLayout {

    public static final String ROUTE = "account";

    private final Accounts accounts;
    private final CurrentUser user;
    private final Feedback feedback = new Feedback();
    private final PasswordField current = Feedback.register(feedback, "currentPassword", new PasswordField("Your current password"));
    private final PasswordField password = Feedback.register(feedback, "password", new PasswordField("New password"));
    private final PasswordField repeat = Feedback.register(feedback, "repeatPassword", new PasswordField("Type the new password again"));

    public AccountView(Accounts accounts, CurrentUsers users) {
        this.accounts = accounts;
        this.user = users.require();
        addClassName("page");
        password.setHelperText(PasswordRules.ADVICE);
        for (PasswordField f : new PasswordField[] {current, password, repeat}) {
            f.setWidth("24em");
        }
        Button save = new Button("Change my password", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("change-password");
        add(new H1("Your account"),
                new Paragraph("You are signed in as " + UserText.isolate(user.displayName()) + ", with the username "
                        + UserText.isolate(user.username()) + "."),
                new H2("Change your password"), current, password, repeat, save, feedback);
    }

    private void save() {
        if (feedback.run(() -> accounts.changeOwnPassword(user, current.getValue(), password.getValue(), repeat.getValue()),
                "Your password is changed. Use the new one next time you sign in.")) {
            current.clear();
            password.clear();
            repeat.clear();
        }
    }
}
