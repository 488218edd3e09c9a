package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.ehctracker.lasettings.LaContacts;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.TestPeople;
import uk.ehctracker.ui.manager.LaContactsView;
import uk.ehctracker.ui.manager.ManagerHomeView;

/** A manager changes where the LA's reg 4(2) letters go; a mistake is shown by its field and nothing is saved. */
@ApplicationTest
class LaContactsViewTest extends KaribuTest {

    @Autowired LaContacts contacts;
    @Autowired TestPeople people;

    private LaContacts.Contacts demo;

    @AfterEach
    void restore() {
        if (demo != null) {
            contacts.update(demo, people.user("manager"));
        }
    }

    @Test
    void aManagerCorrectsTheSocialCareAddress() {
        demo = contacts.of(people.user("manager"));
        signIn("manager");
        navigate("manager");
        assertThat(textOf(_get(ManagerHomeView.class))).contains("Change the contacts in the LA's letters");
        navigate("manager/contacts");
        LaContactsView view = _get(LaContactsView.class);
        assertThat(textOf(view)).contains("Contacts in Northbridge Council's letters");
        TextField email = _get(TextField.class, spec -> spec.withLabel("Social care: e-mail"));
        assertThat(email.getValue()).isEqualTo("childrens.services@northbridge.example");

        _setValue(email, "childrens.services at northbridge");
        _click(_get(Button.class, spec -> spec.withText("Save the contacts")));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Social care: e-mail must be an e-mail address, like name@example.org");
        assertThat(contacts.of(people.user("manager")).socialCare().email()).isEqualTo("childrens.services@northbridge.example");

        _setValue(email, "send.team@northbridge.example");
        _click(_get(Button.class, spec -> spec.withText("Save the contacts")));
        assertThat(email.isInvalid()).isFalse();
        assertThat(contacts.of(people.user("manager")).socialCare().email()).isEqualTo("send.team@northbridge.example");
    }

    @Test
    void aCaseworkerCannotOpenThePage() {
        signIn("caseworker");
        assertThatThrownBy(() -> navigate("manager/contacts")).hasMessageContaining("Access is denied");
    }
}
