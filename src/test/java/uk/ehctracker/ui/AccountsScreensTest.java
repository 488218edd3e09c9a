package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.CaseStage;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.directory.Role;
import uk.ehctracker.testing.TestPeople;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.ehctracker.ui.admin.AccountsView;
import uk.ehctracker.ui.cases.CaseView;

/** What the admin, the caseworker and the invited parent read and do on the account screens. */
class AccountsScreensTest extends KaribuTest {

    private static final Pattern LINK = Pattern.compile("/set-password\\?token=([A-Za-z0-9_-]+)");

    @Autowired JdbcTemplate jdbc;
    @Autowired DirectoryService directory;
    @Autowired TestPeople people;
    @Autowired PasswordEncoder passwords;

    @Test
    void anAdminSeesTheAccounts_andAMistakeIsShownByItsField() {
        signIn("admin");
        navigate("admin/accounts");
        AccountsView view = _get(AccountsView.class);
        assertThat(textOf(view)).contains("Give someone an account").contains("Families are invited by LA staff");

        String username = "screen.senco" + System.nanoTime() % 100000;
        _setValue(_get(TextField.class, spec -> spec.withLabel("Full name")), "Rosa Diaz");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Username")), username);
        EmailField email = _get(EmailField.class, spec -> spec.withLabel("E-mail address"));
        _setValue(email, "rosa at school");
        @SuppressWarnings("unchecked")
        Select<Role> role = _get(Select.class, spec -> spec.withLabel("Role"));
        _setValue(role, Role.SENCO);
        _click(_get(Button.class, spec -> spec.withText("Create the account and send the link")));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("E-mail address must be an e-mail address, like name@example.org");
        assertThat(textOf(view)).contains("Choose the school they work at");
        assertThat(directory.userExists(username)).isFalse();
    }

    @Test
    void aCaseworkerInvitesTheParent_whoChoosesAPasswordThroughTheLink() {
        AssessmentCase c = cases().at(CaseStage.DECIDING_WHETHER_TO_ASSESS);
        String address = "screen.parent" + c.getId() + "@example.org";
        signIn("caseworker");
        navigate("cases/" + c.getId());
        CaseView page = _get(CaseView.class);
        assertThat(textOf(page)).contains("Family sign-in").contains("Invite a parent or the young person");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Full name")), "Nadia Khan");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("E-mail address")), address);
        _click(_get(Button.class, spec -> spec.withText("Invite to this case")));
        // names are wrapped in Unicode isolates on screen (ui/common/UserText); read as a person does, without them
        assertThat(textOf(page).replaceAll("[\u2068\u2069]", "")).contains("Invited. A link to choose a password is on its way to " + address)
                .contains("Nadia Khan (" + address + "): Invited: the link works until");

        String body = jdbc.queryForObject("SELECT body FROM outbox_message WHERE to_address = ? ORDER BY id DESC LIMIT 1",
                String.class, address);
        assertThat(body).doesNotContain(c.reference());
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).isTrue();

        signIn("parent");
        assertThat(_find(CaseView.class)).isEmpty();
        com.vaadin.flow.component.UI.getCurrent().navigate("set-password",
                com.vaadin.flow.router.QueryParameters.of("token", link.group(1)));
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "password");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Type the password again")), "password");
        _click(_get(Button.class, spec -> spec.withText("Set my password")));
        assertThat(textOf(_get(SetPasswordView.class))).contains("There is a problem")
                .contains("Password must be at least 15 characters");

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "kettle violin meadow");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Type the password again")), "kettle violin meadow");
        _click(_get(Button.class, spec -> spec.withText("Set my password")));
        assertThat(textOf(_get(SetPasswordView.class))).contains("Your password is set")
                .contains("Sign in with your username, " + address);

        // the family's page does not offer the family's own sign-in controls to the family
        signIn("parent");
        navigate("cases/" + c.getId());
        assertThat(textOf(_get(CaseView.class))).doesNotContain("Family sign-in");
    }

    @Test
    void someoneWhoForgotTheirPassword_asksForALink_andIsToldTheSameWhetherOrNotTheyHaveAnAccount() {
        // the page is open to anyone; the mock browser needs someone signed in to start a UI
        signIn("parent");
        navigate(ForgotPasswordView.ROUTE);
        _click(_get(Button.class, spec -> spec.withText("Send me a link")));
        assertThat(textOf(_get(ForgotPasswordView.class))).contains("There is a problem").contains("Enter your username or e-mail address");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Your username or e-mail address")), "no-such-person-anywhere");
        _click(_get(Button.class, spec -> spec.withText("Send me a link")));
        assertThat(textOf(_get(ForgotPasswordView.class))).contains("Check your e-mail")
                .contains("If an account matches what you typed, we have sent a link to its e-mail address")
                .contains("for the next 2 hours");
    }

    @Test
    void aSignedInPersonChangesTheirPassword_onlyByGivingTheCurrentOne() {
        String username = people.accountOfYoungPerson(people.newChildOfParent(cases().today().minusYears(17)));
        signIn(username);
        navigate(AccountView.ROUTE);
        AccountView page = _get(AccountView.class);
        assertThat(textOf(page)).contains("Your account").contains("with the username");

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Your current password")), "not my password");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "kettle violin meadow");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Type the new password again")), "kettle violin meadow");
        _click(_get(Button.class, spec -> spec.withText("Change my password")));
        assertThat(textOf(page)).contains("There is a problem").contains("That is not your current password");
        assertThat(passwords.matches(username, hashOf(username))).as("unchanged after a refusal").isTrue();

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Your current password")), username);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "kettle violin meadow");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Type the new password again")), "kettle violin meadow");
        _click(_get(Button.class, spec -> spec.withText("Change my password")));
        assertThat(passwords.matches("kettle violin meadow", hashOf(username))).isTrue();
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Your current password")).getValue()).isEmpty();
    }

    private String hashOf(String username) {
        return jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = ?", String.class, username);
    }
}
