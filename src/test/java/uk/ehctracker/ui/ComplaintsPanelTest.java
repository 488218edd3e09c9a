package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.ehctracker.complaint.ComplaintAbout;
import uk.ehctracker.ui.common.Dates;

/**
 * Concerns and complaints on the case page: the family raises one and reads who replies by when
 * and what they can do next; LA staff of the case record a reply for them.
 */
class ComplaintsPanelTest extends KaribuTest {

    private static String panelText() {
        return textOf(_get(Component.class, s -> s.withId("complaints")));
    }

    @SuppressWarnings("unchecked")
    private static void raise(ComplaintAbout about, String summary, LocalDate raisedOn, LocalDate replyBy) {
        _get(Details.class, s -> s.withId("raise-complaint")).setOpened(true);
        _get(Select.class, s -> s.withLabel("What is the concern about?")).setValue(about);
        _get(TextArea.class, s -> s.withLabel("Your concern, in a few lines")).setValue(summary);
        _get(DatePicker.class, s -> s.withLabel("The day it was raised")).setValue(raisedOn);
        _get(DatePicker.class, s -> s.withId("raise-complaint-reply-by")).setValue(replyBy);
        _click(_get(Button.class, s -> s.withId("raise-complaint-button")));
    }

    @Test
    void theFamilyRaisesAConcern_readsWhenTheReplyIsDue_andGoesOnWhenItIsLate() {
        LocalDate today = cases().today();
        long caseId = cases().requested().getId();
        signIn("parent");
        navigate("cases/" + caseId);
        assertThat(panelText()).contains("Concerns and complaints")
                .contains("the class teacher, then the SENCO, then the head teacher, then the governing body or academy trust")
                .contains("Local Government and Social Care Ombudsman");

        // nothing written without the concern itself, and the field is named
        raise(ComplaintAbout.SCHOOL, " ", today, null);
        assertThat(panelText()).contains("There is a problem").doesNotContain("raised on");

        // the school's own policy gave a date, and it has passed without a reply
        raise(ComplaintAbout.SCHOOL, "The reading support stopped in October.", today.minusDays(20), today.minusDays(1));
        assertThat(panelText()).contains("About the SEN support at school (raised on " + Dates.full(today.minusDays(20)) + ")")
                .contains("\u2068The reading support stopped in October.\u2069")
                .contains("The class teacher: asked on " + Dates.full(today.minusDays(20)) + ", reply due by "
                        + Dates.full(today.minusDays(1)) + ". The reply is late.")
                .contains("Next: the reply is late. You can go to the next step without waiting. If not, the next step is: ask the school's SENCO.");

        long id = Long.parseLong(_get(Component.class, s -> s.withId("complaints")).getChildren()
                .filter(c -> c.getId().orElse("").matches("complaint-\\d+")).findFirst().orElseThrow().getId().orElseThrow()
                .substring("complaint-".length()));
        _get(DatePicker.class, s -> s.withLabel("The day you asked the SENCO")).setValue(today);
        _click(_get(Button.class, s -> s.withId("escalate-complaint-" + id)));
        assertThat(panelText()).contains("The SENCO: asked on " + Dates.full(today) + ", reply due by")
                .contains("Next: waiting for the SENCO to reply");

        // the caseworker records the SENCO's reply for the family; the family reads it
        signIn("caseworker");
        navigate("cases/" + caseId);
        _get(DatePicker.class, s -> s.withId("record-complaint-reply-" + id + "-on")).setValue(today);
        _get(TextArea.class, s -> s.withLabel("What the reply said")).setValue("Precision teaching restarts on Monday.");
        _click(_get(Button.class, s -> s.withId("record-complaint-reply-" + id)));
        signIn("parent");
        navigate("cases/" + caseId);
        // (the family's and the reply's own words are isolated from the page's text direction)
        assertThat(panelText()).contains("Replied on " + Dates.full(today) + ": \u2068Precision teaching restarts on Monday.\u2069")
                .contains("Next: if you are content with the reply, say the concern is resolved.");
    }
}
