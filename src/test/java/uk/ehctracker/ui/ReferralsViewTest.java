package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.ehctracker.directory.Child;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.TestPeople;
import uk.ehctracker.ui.caseworker.ReferralsView;

/** A caseworker records a child brought to the LA's attention and treats it as a request. */
@ApplicationTest
class ReferralsViewTest extends KaribuTest {

    @Autowired TestPeople people;
    @Autowired JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void aReferralRecordedAndTreatedAsARequest_startsACaseOfTypeOther() {
        Child child = people.newChildOfParent(LocalDate.of(2019, 6, 1));
        signIn("caseworker");
        navigate("caseworker/referrals");
        ReferralsView view = _get(ReferralsView.class);
        assertThat(textOf(view)).contains("Children brought to our attention");

        ComboBox<Child> picker = _get(ComboBox.class, spec -> spec.withLabel("Child"));
        picker.setValue(child);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Who told us")), "Dr A Health Visitor");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Their role or organisation")), "Health visitor, community health");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What they are concerned about")), "Little speech at age 4.");
        _click(_get(Button.class, spec -> spec.withText("Record the referral")));
        assertThat(textOf(view)).contains("Dr A Health Visitor");

        _click(_get(Button.class, spec -> spec.withText("Treat as a request")));
        assertThat(jdbc.queryForObject("SELECT requested_by FROM assessment_case WHERE child_id = ?", String.class, child.getId()))
                .isEqualTo("OTHER");
        assertThat(UI.getCurrent()).isNotNull();
    }

    @Test
    void aSencoCannotOpenThePage() {
        signIn("senco");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> navigate("caseworker/referrals"))
                .hasMessageContaining("Access is denied");
    }
}
