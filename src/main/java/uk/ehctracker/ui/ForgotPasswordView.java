package uk.ehctracker.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.ehctracker.access.SecurityConfig;
import uk.ehctracker.accounts.Accounts;
import uk.ehctracker.ui.common.Feedback;

/**
 * "I forgot my password", open to anyone: a new one-time link goes to the account's own e-mail
 * address. The page says the same whether or not an account matched, so it tells a stranger
 * nothing about who has an account.
 */
@Route(value = ForgotPasswordView.ROUTE, autoLayout = false)
@PageTitle("Reset your password | EHC needs assessment tracker")
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout {

    public static final String ROUTE = "forgot-password";

    private final Accounts accounts;
    private final Feedback feedback = new Feedback();
    private final TextField usernameOrEmail = Feedback.register(feedback, "usernameOrEmail",
            new TextField("Your username or e-mail address"));
    private final Button send = new Button("Send me a link", e -> send());

    public ForgotPasswordView(Accounts accounts) {
        this.accounts = accounts;
        addClassName("page");
        usernameOrEmail.setId("usernameOrEmail");
        usernameOrEmail.setWidth("24em");
        usernameOrEmail.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
        send.setId("send-reset-link");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Reset your password"),
                new Paragraph("We will e-mail you a link to choose a new password. Your old password keeps working until you do."),
                usernameOrEmail, send, feedback, new Anchor("/" + SecurityConfig.LOGIN_ROUTE, "Back to sign in"));
    }

    private void send() {
        if (feedback.run(() -> accounts.sendResetLink(usernameOrEmail.getValue()))) {
            removeAll();
            add(new H1("Check your e-mail"),
                    new Paragraph("If an account matches what you typed, we have sent a link to its e-mail address. The link works"
                            + " once, for the next " + Accounts.RESET_LINK_LIFETIME.toHours() + " hours."),
                    new Paragraph("No e-mail? Check your junk folder. Families can ask their caseworker, and staff their"
                            + " administrator, to send a new link."),
                    new Anchor("/" + SecurityConfig.LOGIN_ROUTE, "Back to sign in"));
        }
    }
}
