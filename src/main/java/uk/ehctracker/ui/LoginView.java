package uk.ehctracker.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.ehctracker.access.AttemptedUsername;
import uk.ehctracker.access.SecurityConfig;

/** Sign in. Errors are shown in the form and announced to screen readers by the login component. */
@Route(value = SecurityConfig.LOGIN_ROUTE, autoLayout = false)
@PageTitle("Sign in | EHC needs assessment tracker")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.addForgotPasswordListener(e -> login.getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.ROUTE)));
        login.setI18n(plainEnglish());

        add(new H1("EHC needs assessment tracker"),
                new Paragraph("For families, schools, professionals and local authority teams."),
                login);
    }

    private static LoginI18n plainEnglish() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getErrorMessage().setTitle("We could not sign you in");
        i18n.getErrorMessage().setMessage("Check your username and password and try again.");
        i18n.getForm().setForgotPassword("I forgot my password");
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        login.setError(failed);
        String typed = failed ? AttemptedUsername.takeFrom(com.vaadin.flow.server.VaadinSession.getCurrent().getSession()) : null;
        if (typed != null) {
            // the form renders its own fields: fill the username once it has, and leave the password to type again
            login.getElement().executeJs("customElements.whenDefined('vaadin-login-form').then(() => requestAnimationFrame(() => {"
                    + " const f = this.querySelector('[name=\"username\"]'); if (f) { f.value = $0; } }));", typed);
        }
    }
}
