package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.common.ClockTravel;
import uk.ehctracker.review.ReviewOutcome;
import uk.ehctracker.review.ReviewService;
import uk.ehctracker.statutory.PhaseTransfer;
import uk.ehctracker.ui.common.Dates;

/**
 * The annual review on screen (docs/law.md s9): the SENCO arranges and holds it and sends the report
 * (reg 20), reading each step's last day; the caseworker decides to amend, the family reads the proposed
 * amendments and comments within 15 days, and the amended plan is issued (reg 22). Bad input is
 * refused beside its field with nothing written.
 */
@SuppressWarnings("unchecked")
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

    @Test
    void theCaseworkerRecordsAMoveToMiddleSchool_readsTheNewLastDay_andTheFamilyReadsItAtHome() {
        LocalDate today = cases().today();
        // a child of 8, the plan issued 90 days ago: the date of birth names no move this year
        AssessmentCase c = cases().reviewOpen();
        // the area's middle schools take pupils on 1 September next year
        LocalDate movesOn = LocalDate.of(today.getYear() + 1, 9, 1);
        // reg 18(1)(b): the amended plan before 15 February of the year of the move, so by 14 February
        LocalDate lastDay = LocalDate.of(today.getYear() + 1, 2, 14);

        signIn("caseworker");
        navigate("cases/" + c.getId());
        assertThat(text("review-move-deadline")).startsWith("This review prepares no move between phases.");
        // a day in the past is refused beside its field, nothing written
        _get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, s -> s.withLabel("The move")).setValue(PhaseTransfer.PRIMARY_TO_MIDDLE);
        date("phaseMoveOn", today.minusDays(1));
        click("record-phase-move");
        DatePicker day = _get(DatePicker.class, s -> s.withId("phaseMoveOn"));
        assertThat(day.isInvalid()).isTrue();
        assertThat(day.getErrorMessage()).isEqualTo("The day of the move cannot be before today (" + Dates.full(today) + ")");
        assertThat(review(c).transfer()).isNull();

        date("phaseMoveOn", movesOn);
        click("record-phase-move");
        assertThat(text("review-move-deadline")).isEqualTo("This review prepares the move (primary or first school to middle school) on "
                + Dates.full(movesOn) + ": the plan must be changed to name the new school or college by " + Dates.full(lastDay)
                + ". The review is due by " + Dates.full(lastDay.isBefore(today.minusDays(90).plusMonths(12)) ? lastDay
                        : today.minusDays(90).plusMonths(12)) + ".");

        signIn("parent");
        navigate("family");
        assertThat(text("plan-" + c.getId())).contains("Before the move (primary or first school to middle school) on " + Dates.full(movesOn)
                + ", the plan must be changed to name the new school or college by " + Dates.full(lastDay) + ".");
    }

    @Test
    void theCaseworkerDecidesToAmend_theFamilyReadsTheAmendmentsAndComments_andTheAmendedPlanIsIssued() {
        LocalDate today = cases().today();
        AssessmentCase c = cases().reviewReported();
        String amendments = "Section F: a speech and language therapist sees Sam every Tuesday " + System.nanoTime() + ".";

        signIn("caseworker");
        navigate("cases/" + c.getId());
        // reg 20(10): the decision within 4 weeks of the meeting (20 days ago)
        assertThat(text("review-decision")).contains("The review meeting was held on " + Dates.full(today.minusDays(20))
                + "; its report was sent on " + Dates.full(today.minusDays(15)) + ".")
                .contains("The council decides whether to keep, amend or cease the plan by " + Dates.full(today.plusDays(8)) + ".");
        // reg 22(1): amending without the amendments is refused beside the field, nothing written
        _get(RadioButtonGroup.class, s -> s.withId("outcome")).setValue(ReviewOutcome.AMEND);
        click("decide-review");
        TextArea reason = _get(TextArea.class, s -> s.withId("reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Write the amendments the council proposes");
        assertThat(review(c).outcome()).isNull();
        reason.setValue(amendments);
        click("decide-review");
        // reg 22(2): 15 days to comment, counting the first; reg 22(3): the amended plan within 8 weeks
        assertThat(text("review-decision")).contains("On " + Dates.full(today) + " the council decided: Amend the plan.")
                .contains(amendments).contains("The family may comment until " + Dates.full(today.plusDays(14))
                        + ". The amended plan is due by " + Dates.full(today.plusWeeks(8)) + ".");
        assertThat(_find(Button.class, s -> s.withId("issue-amended-plan"))).isEmpty();

        signIn("parent");
        navigate("cases/" + c.getId());
        assertThat(text("proposed-amendments")).contains(amendments);
        assertThat(text("comments-close")).startsWith("You can tell us what you think of these changes until "
                + Dates.full(today.plusDays(14)) + ".");
        click("send-comments");
        assertThat(_get(TextArea.class, s -> s.withId("comments")).isInvalid()).isTrue();
        assertThat(review(c).familyComments()).isNull();
        _get(TextArea.class, s -> s.withId("comments")).setValue("Tuesdays clash with swimming; Wednesdays please.");
        click("send-comments");
        assertThat(text("family-comments-sent")).isEqualTo("You sent your comments on " + Dates.full(today) + ":");

        // the 15 days end; on the 16th day the caseworker reads the comments and issues the amended plan
        cases().reviewTimerFires(c.getId(), "amendmentCommentsClose");
        ClockTravel travel = context.getBean(ClockTravel.class);
        travel.to(today.plusDays(15));
        try {
            signIn("caseworker");
            navigate("cases/" + c.getId());
            assertThat(text("family-comments")).contains("Tuesdays clash with swimming; Wednesdays please.");
            _get(DatePicker.class, s -> s.withId("issuedOn")).setValue(today.plusDays(14));
            click("issue-amended-plan");
            assertThat(_get(DatePicker.class, s -> s.withId("issuedOn")).isInvalid()).isTrue();
            _get(DatePicker.class, s -> s.withId("issuedOn")).setValue(today.plusDays(15));
            click("issue-amended-plan");

            signIn("parent");
            navigate("cases/" + c.getId());
            // docs/law.md s9: the next review counts from the decision that completed this one
            assertThat(text("review-decision")).contains("the amended plan was issued on " + Dates.full(today.plusDays(15)) + ".")
                    .contains("The next annual review is due by " + Dates.full(today.plusMonths(12)) + ".");
        } finally {
            travel.back();
        }
    }

    @Test
    void onlyThePupilsSchoolHoldsTheReview_onlyTheCouncilDecides_andCeasingNeedsAReason() {
        AssessmentCase c = cases().reviewOpen();
        String child = c.getChild().getFullName();
        // the plan names Hillcrest Academy, but the child is still at Riverside Primary: its SENCO holds the review
        signIn("senco2");
        navigate("school");
        assertThat(text("reviews-to-hold")).doesNotContain(child);

        AssessmentCase reported = cases().reviewReported();
        signIn("parent");
        navigate("cases/" + reported.getId());
        assertThat(text("review-decision")).contains("The council decides whether to keep, amend or cease the plan by");
        assertThat(_find(Button.class, s -> s.withId("decide-review"))).isEmpty();

        signIn("caseworker");
        navigate("cases/" + reported.getId());
        _get(RadioButtonGroup.class, s -> s.withId("outcome")).setValue(ReviewOutcome.CEASE);
        click("decide-review");
        assertThat(_get(TextArea.class, s -> s.withId("reason")).getErrorMessage())
                .isEqualTo("Say why the council proposes to cease the plan");
        assertThat(review(reported).outcome()).isNull();
    }

    private ReviewService.View review(AssessmentCase c) {
        return context.getBean(ReviewService.class).view(c.getId(), cases().people.user("caseworker")).orElseThrow();
    }
}
