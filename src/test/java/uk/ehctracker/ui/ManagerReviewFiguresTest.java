package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.review.ReviewFigures;
import uk.ehctracker.review.ReviewOutcome;
import uk.ehctracker.review.ReviewService;
import uk.ehctracker.statutory.AnnualReview;
import uk.ehctracker.testing.EngineTime;
import uk.ehctracker.testing.TestPeople;

/**
 * The manager's annual review figures (docs/law.md s9, s10): a review decided on the 28th day after
 * its meeting is within 4 weeks, one on the 29th is not, and one still undecided counts as waiting
 * only from the day after its last day (reg 20(10)); of the children moving to secondary school in
 * September 2031, a plan amended on 14 February, or kept needing no change, counts as on time, one
 * amended on the 15th and one not amended as missed (reg 18(1)(b): "before 15 February"). Another LA's figures do not move; the manager reads the sentences.
 */
class ManagerReviewFiguresTest extends KaribuTest {

    // the meetings and the day the figures are read, worked out by hand
    private static final LocalDate MEETING = LocalDate.of(2031, 1, 20);
    /** reg 20(10): 20 January + 28 days = 17 February 2031 (11 days to 31 January, then 17), the last lawful day. */
    private static final LocalDate LAST_DAY = LocalDate.of(2031, 2, 17);
    private static final LocalDate DAY_AFTER = LocalDate.of(2031, 2, 18);
    /** Before the moves' deadline, and after it. */
    private static final LocalDate TENTH_FEBRUARY = LocalDate.of(2031, 2, 10);
    private static final LocalDate FIRST_MARCH = LocalDate.of(2031, 3, 1);

    @Autowired ReviewService reviews;
    @Autowired ReviewFigures figures;
    @Autowired TestPeople people;

    @Test
    void reviewsDecidedOnThe28thDayAreInTime_onThe29thLate_andMovesAmendedBefore15February_forItsOwnLaOnly() {
        CurrentUser manager = people.user("manager");
        CurrentUser otherLa = people.user("caseworker2");
        CurrentUser caseworker = people.user("caseworker");
        ReviewFigures.Figures before = on(FIRST_MARCH, manager);
        ReviewFigures.Figures otherBefore = on(FIRST_MARCH, otherLa);
        ReviewFigures.Figures beforeDeadline = on(TENTH_FEBRUARY, manager);
        ReviewFigures.Figures onLastDay = on(LAST_DAY, manager);
        ReviewFigures.Figures dayAfter = on(DAY_AFTER, manager);

        // the rule the query mirrors gives the same last day as worked out by hand
        assertThat(AnnualReview.decisionDueBy(MEETING)).isEqualTo(LAST_DAY);
        // children of 8 (born 14 May 2022, Year 7 only in 2033), plans dated 1 April 2030, meetings on 20 January 2031
        long inTime = meetingHeld(LocalDate.of(2030, 4, 1), LocalDate.of(2022, 5, 14), LocalDate.of(2031, 1, 6),
                LocalDate.of(2031, 1, 13), MEETING, LocalDate.of(2031, 1, 27));
        long late = meetingHeld(LocalDate.of(2030, 4, 1), LocalDate.of(2022, 5, 14), LocalDate.of(2031, 1, 6),
                LocalDate.of(2031, 1, 13), MEETING, LocalDate.of(2031, 1, 27));
        meetingHeld(LocalDate.of(2030, 4, 1), LocalDate.of(2022, 5, 14), LocalDate.of(2031, 1, 6), LocalDate.of(2031, 1, 13),
                MEETING, LocalDate.of(2031, 1, 27));
        EngineTime.today(LAST_DAY);
        reviews.decide(inTime, ReviewOutcome.KEEP, LAST_DAY, null, caseworker);
        EngineTime.today(DAY_AFTER);
        reviews.decide(late, ReviewOutcome.KEEP, DAY_AFTER, null, caseworker);

        // born 20 November 2019: Year 7 from 1 September 2031, so reg 18(1)(b) wants the plan amended before 15 February 2031,
        // by Friday 14 February;
        // plans dated 10 March 2030, meetings on 6 December 2030, decided to amend on 3 January 2031 (6 December + 28)
        long amendedOnTheDay = movingToSecondary(ReviewOutcome.AMEND, caseworker);
        long amendedADayLate = movingToSecondary(ReviewOutcome.AMEND, caseworker);
        movingToSecondary(ReviewOutcome.AMEND, caseworker);
        // the plan already names the next school: kept on 3 January, no amendment necessary (reg 18(1)), done in time
        movingToSecondary(ReviewOutcome.KEEP, caseworker);

        ReviewFigures.Figures open = on(TENTH_FEBRUARY, manager);
        assertThat(open.transfers().deadline()).isEqualTo(LocalDate.of(2031, 2, 14));
        assertThat(open.transfers().moves() - beforeDeadline.transfers().moves()).isEqualTo(4);
        assertThat(open.transfers().open() - beforeDeadline.transfers().open()).isEqualTo(3);
        assertThat(open.transfers().doneInTime() - beforeDeadline.transfers().doneInTime()).isEqualTo(1);
        assertThat(open.transfers().missed()).isEqualTo(beforeDeadline.transfers().missed());

        EngineTime.today(LocalDate.of(2031, 2, 14));
        reviews.issueAmendedPlan(amendedOnTheDay, LocalDate.of(2031, 2, 14), caseworker);
        EngineTime.today(LocalDate.of(2031, 2, 15));
        reviews.issueAmendedPlan(amendedADayLate, LocalDate.of(2031, 2, 15), caseworker);

        // the third review, undecided, is not yet late on its last day, and is from the day after
        assertThat(on(LAST_DAY, manager).decisions().undecidedPastLimit()).isEqualTo(onLastDay.decisions().undecidedPastLimit());
        // on 18 February: the undecided one, and the one decided that day is counted decided, not waiting
        assertThat(on(DAY_AFTER, manager).decisions().undecidedPastLimit() - dayAfter.decisions().undecidedPastLimit()).isEqualTo(1);

        ReviewFigures.Figures after = on(FIRST_MARCH, manager);
        // meetings from 2 March 2030 to 1 March 2031: six decided, all but the one on the 29th day in time, one waiting
        assertThat(after.decisions().from()).isEqualTo(LocalDate.of(2030, 3, 2));
        assertThat(after.decisions().decided() - before.decisions().decided()).isEqualTo(6);
        assertThat(after.decisions().decidedInTime() - before.decisions().decidedInTime()).isEqualTo(5);
        assertThat(after.decisions().undecidedPastLimit() - before.decisions().undecidedPastLimit()).isEqualTo(1);
        // the move: amended on 14 February, and kept, on time; amended on the 15th, and not at all, missed
        assertThat(after.transfers().moves() - before.transfers().moves()).isEqualTo(4);
        assertThat(after.transfers().doneInTime() - before.transfers().doneInTime()).isEqualTo(2);
        assertThat(after.transfers().missed() - before.transfers().missed()).isEqualTo(2);
        assertThat(after.transfers().open()).isZero();
        assertThat(on(FIRST_MARCH, otherLa)).isEqualTo(otherBefore);
        assertThat(figures.figures(people.user("parent"))).isEmpty();

        signIn("manager");
        EngineTime.today(FIRST_MARCH);
        navigate("manager");
        ReviewFigures.Decisions d = after.decisions();
        assertThat(text("reviews-decided")).isEqualTo(d.decidedInTime() + " of " + d.decided() + " reviews decided within 4 weeks"
                + " of the meeting (" + Math.round(100.0 * d.decidedInTime() / d.decided()) + "%), of those whose meeting was held"
                + " from 2 March 2030 to 1 March 2031.");
        assertThat(text("reviews-undecided-late")).contains(d.undecidedPastLimit() + " review")
                .contains("still undecided more than 4 weeks after");
        ReviewFigures.Transfers t = after.transfers();
        assertThat(text("annual-reviews")).contains("Annual reviews").contains("Moving school in September 2031");
        assertThat(text("transfers-amended")).isEqualTo(t.doneInTime() + " of " + t.moves() + " amended plans issued (or plans kept,"
                + " needing no change); 14 February 2031 is the last day.");
        assertThat(text("transfers-open")).isEqualTo("0 still to do; " + t.missed() + " missed the last day.");
    }

    @Test
    void aCaseworkerMayReadTheFigures_butTheDashboardIsTheManagers() {
        // AccessPolicy.mayReadTeamFigures: any of the LA's staff; the dashboard itself is for managers (@RolesAllowed)
        assertThat(figures.figures(people.user("caseworker"))).isPresent();
        signIn("caseworker");
        assertThatThrownBy(() -> navigate("manager")).isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(Component.class, s -> s.withId("annual-reviews"))).isEmpty();
    }

    private ReviewFigures.Figures on(LocalDate day, CurrentUser user) {
        EngineTime.today(day);
        return figures.figures(user).orElseThrow();
    }

    /** A plan dated {@code planOn}, its review's meeting held and reported through the setting's steps (reg 20). */
    private long meetingHeld(LocalDate planOn, LocalDate born, LocalDate invited, LocalDate advice, LocalDate meeting, LocalDate report) {
        EngineTime.today(planOn);
        long caseId = cases().planIssuedOn(planOn, born).getId();
        cases().reviewTimerFires(caseId, "reviewWindowOpens");
        CurrentUser senco = people.user("senco");
        EngineTime.today(invited);
        reviews.arrangeMeeting(caseId, meeting, invited, senco);
        EngineTime.today(advice);
        reviews.recordAdviceCirculated(caseId, advice, senco);
        EngineTime.today(meeting);
        reviews.recordMeetingHeld(caseId, meeting, senco);
        EngineTime.today(report);
        reviews.recordReportSent(caseId, report, senco);
        return caseId;
    }

    /** A child moving to secondary school in September 2031, the review decided on 3 January 2031; if amending, comments closed. */
    private long movingToSecondary(ReviewOutcome outcome, CurrentUser caseworker) {
        long caseId = meetingHeld(LocalDate.of(2030, 3, 10), LocalDate.of(2019, 11, 20), LocalDate.of(2030, 10, 4),
                LocalDate.of(2030, 11, 22), LocalDate.of(2030, 12, 6), LocalDate.of(2030, 12, 13));
        EngineTime.today(LocalDate.of(2031, 1, 3));
        reviews.decide(caseId, outcome, LocalDate.of(2031, 1, 3), "Section I: names the secondary school.", caseworker);
        if (outcome == ReviewOutcome.AMEND) {
            // reg 22(2): 15 days beginning with 3 January end on 17 January
            EngineTime.today(LocalDate.of(2031, 1, 18));
            cases().reviewTimerFires(caseId, "amendmentCommentsClose");
        }
        return caseId;
    }

    private static String text(String id) {
        return textOf(_get(Component.class, s -> s.withId(id)));
    }
}
