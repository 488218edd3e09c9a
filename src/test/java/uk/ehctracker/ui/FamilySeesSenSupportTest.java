package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.directory.Child;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.support.Delivery;
import uk.ehctracker.support.NeedType;
import uk.ehctracker.support.SenSupportService;
import uk.ehctracker.support.SupportCommands;
import uk.ehctracker.testing.TestPeople;

/**
 * The family sees their child's SEN support (what the school works towards, the support, the next
 * review) and sends their views for the review from their own page; the SENCO reads them.
 */
class FamilySeesSenSupportTest extends KaribuTest {

    @Autowired TestPeople people;
    @Autowired SenSupportService support;
    @Autowired Clock clock;

    @Test
    void theParentReadsTheSupport_andSendsViewsTheSencoReads() {
        LocalDate today = StatutoryClock.today(clock);
        Child pupil = people.newChildOfParent(today.minusYears(9));
        var senco = people.user("senco");
        support.placeOnSenSupport(pupil.getId(), new SupportCommands.Place(today, today, List.of(NeedType.SPLD)), senco);
        support.assess(pupil.getId(), new SupportCommands.Assess("Reading well below age.", null, null, null), senco);
        support.addProvision(pupil.getId(), new SupportCommands.AddProvision("Phonics catch-up group", Delivery.GROUP, "Daily", "a teaching assistant",
                today, null, new BigDecimal("900")), senco);
        support.plan(pupil.getId(), new SupportCommands.Plan("Reads simple sentences on her own by the spring.", "Daily phonics.",
                today.plusWeeks(8)), senco);

        signIn("parent");
        navigate("family");
        Component panel = _get(Component.class, s -> s.withId("support-" + pupil.getId()));
        assertThat(textOf(panel)).contains("Support at school")
                .contains("Reads simple sentences on her own by the spring.")
                .contains("Phonics catch-up group: group, Daily, with a teaching assistant")
                .contains("The school will review the support with you by " + uk.ehctracker.ui.common.Dates.full(today.plusWeeks(8)))
                // the school's costs are its own business, not the family's
                .doesNotContain("900");

        _click(_get(Button.class, s -> s.withId("send-support-views-" + pupil.getId())));
        TextArea views = _get(TextArea.class, s -> s.withId("family-support-views-" + pupil.getId()));
        assertThat(views.isInvalid()).isTrue();
        _setValue(views, "She is tired after the group; mornings work better for her.");
        _click(_get(Button.class, s -> s.withId("send-support-views-" + pupil.getId())));
        assertThat(textOf(_get(Component.class, s -> s.withId("support-" + pupil.getId()))))
                .contains("You sent your views on " + uk.ehctracker.ui.common.Dates.full(today));

        signIn("senco");
        navigate("school/pupil/" + pupil.getId());
        assertThat(textOf(_get(Component.class, s -> s.withId("family-review-views"))))
                .contains("She is tired after the group; mornings work better for her.");

        // another family, and the school itself, cannot send the family's views
        assertThatThrownBy(() -> support.giveFamilyViewsForReview(pupil.getId(), "Not theirs.", people.user("parent2")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> support.giveFamilyViewsForReview(pupil.getId(), "Not theirs.", senco))
                .isInstanceOf(NotFoundException.class);
    }
}
