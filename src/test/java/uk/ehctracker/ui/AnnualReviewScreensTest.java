package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.review.ReviewService;
import uk.ehctracker.ui.common.Dates;

/**
 * The annual review on screen (docs/law.md s9): the SENCO arranges and holds it and sends the report
 * (reg 20), reading each step's last day; bad input is refused beside its field with nothing written.
 */
class AnnualReviewScreensTest extends KaribuTest {

    private static String text(String id) {
        return textOf(_get(Component.class, s -> s.withId(id)));
    }

    private static void date(String id, LocalDate value) {
        _get(DatePicker.class, s -> s.withId(id)).setValue(value);
    }

    private static void click(String id) {
        _click(_get(Button.class, s -> s.withId(id)));
    }

    @Test
    void theSencoArrangesAndHoldsTheReview_andSendsTheReport_readingEachStepsLastDay() {
        LocalDate today = cases().today();
        AssessmentCase c = cases().reviewOpen();
        String child = c.getChild().getFullName();
        // CFA s44(1): within 12 months of the plan (issued 90 days ago); reg 20(3): invitations 2 weeks before the meeting
        LocalDate due = today.minusDays(90).plusMonths(12);

        signIn("senco");
        navigate("school");
        assertThat(text("reviews-to-hold")).contains(child + ": review due by " + Dates.full(due)
                + ". Next: Send the invitations by " + Dates.full(due.minusDays(14)) + " for a meeting by " + Dates.full(due) + ".");

        navigate("school/pupil/" + c.getChild().getId());
        assertThat(text("annual-review-setting")).contains("Annual review 1")
                .contains("The review must be held, and decided by the council, by " + Dates.full(due) + ".")
                .contains("Next: Send the invitations by " + Dates.full(due.minusDays(14)));

        // reg 20(3): invitations 40 days ago allow a meeting from 26 days ago, not 27: refused beside the field, nothing written
        date("invitationsSentOn", today.minusDays(40));
        date("meetingOn", today.minusDays(27));
        click("arrangeMeeting");
        DatePicker meeting = _get(DatePicker.class, s -> s.withId("meetingOn"));
        assertThat(meeting.isInvalid()).isTrue();
        assertThat(meeting.getErrorMessage()).contains("The day of the meeting");
        assertThat(_get(DatePicker.class, s -> s.withId("invitationsSentOn")).isInvalid()).isFalse();
        assertThat(review(c).meetingOn()).isNull();
        assertThat(review(c).invitationsSentOn()).isNull();

        date("meetingOn", today.minusDays(20));
        click("arrangeMeeting");
        // reg 20(4): the advice to everyone invited 2 weeks before the meeting
        assertThat(text("review-next-step")).isEqualTo("Next: Send the advice to everyone invited by " + Dates.full(today.minusDays(34))
                + "; the meeting is on " + Dates.full(today.minusDays(20)) + ".");

        // advice sent before the invitations: refused beside its field
        date("sentOn", today.minusDays(41));
        click("adviceCirculated");
        assertThat(_get(DatePicker.class, s -> s.withId("sentOn")).isInvalid()).isTrue();
        assertThat(review(c).adviceCirculatedOn()).isNull();
        date("sentOn", today.minusDays(35));
        click("adviceCirculated");
        assertThat(text("review-next-step")).isEqualTo("Next: Hold the meeting on " + Dates.full(today.minusDays(20)) + ".");

        date("heldOn", today.minusDays(20));
        click("meetingHeld");
        // reg 20(7): the report within 2 weeks of the meeting
        assertThat(text("review-next-step")).isEqualTo("Next: Send the report of the meeting by " + Dates.full(today.minusDays(6)) + ".");

        // a report dated before the meeting is refused
        date("sentOn", today.minusDays(21));
        click("reportSent");
        assertThat(_get(DatePicker.class, s -> s.withId("sentOn")).getErrorMessage()).contains("The day the report was sent");
        assertThat(review(c).reportSentOn()).isNull();
        date("sentOn", today.minusDays(15));
        click("reportSent");
        assertThat(text("annual-review-setting")).contains("The meeting was held on " + Dates.full(today.minusDays(20))
                + ". The report was sent on " + Dates.full(today.minusDays(15)) + ".")
                .contains("Next: The council decides to keep, amend or cease the plan.");
        assertThat(_find(Button.class, s -> s.withId("reportSent"))).isEmpty();

        navigate("school");
        assertThat(text("reviews-to-hold")).doesNotContain(child);
    }

    private ReviewService.View review(AssessmentCase c) {
        return context.getBean(ReviewService.class).view(c.getId(), cases().people.user("caseworker")).orElseThrow();
    }
}
