package uk.ehctracker.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.ehctracker.access.SecurityConfig;
import uk.ehctracker.accounts.Accounts;
import uk.ehctracker.accounts.PasswordRules;
import uk.ehctracker.ui.common.Feedback;

/**
 * Where the link in an invitation e-mail leads: the person chooses their own password, once. Open
 * to anyone, signed in or not: the link's token is the credential ({@link Accounts#setPassword}).
 */
@Route(value = "set-password", autoLayout = false)
@PageTitle("Choose your password | EHC needs assessment tracker")
@AnonymousAllowed
public class SetPasswordView extends VerticalLayout implements BeforeEnterObserver {

    private final Accounts accounts;
    private final Feedback feedback = new Feedback();
    private final PasswordField password = Feedback.register(feedback, "password", new PasswordField("New password"));
    private final PasswordField repeat = Feedback.register(feedback, "repeatPassword", new PasswordField("Type the password again"));
    private final Button save = new Button("Set my password", e -> save());
    private String token;

    public SetPasswordView(Accounts accounts) {
        this.accounts = accounts;
        addClassName("page");
        password.setHelperText(PasswordRules.ADVICE);
        password.setWidth("24em");
        repeat.setWidth("24em");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("set-password");
        add(new H1("Choose your password"),
                new Paragraph("You will use this password with your username to sign in to the EHC needs assessment tracker."),
                password, repeat, save, feedback);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        if (token == null || token.isBlank()) {
            removeAll();
            add(new H1("This link is not complete"),
                    new Paragraph("Open the link in the e-mail you were sent, or copy all of it into your browser's address bar."));
        }
    }

    private void save() {
        String[] username = new String[1];
        if (feedback.run(() -> username[0] = accounts.setPassword(token, password.getValue(), repeat.getValue()))) {
            removeAll();
            add(new H1("Your password is set"),
                    new Paragraph("Sign in with your username, " + username[0] + ", and the password you have just chosen."),
                    new Anchor("/" + SecurityConfig.LOGIN_ROUTE, "Sign in"));
        }
    }
}
