package uk.ehctracker.statutory;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The time limits of reviewing an EHC plan, each the last lawful day (docs/law.md s9; counted as in
 * s0: "within N weeks of" a day does not count that day; "N days beginning with" a day does).
 */
public final class AnnualReview {

    private static final int TWO_WEEKS = 14;
    private static final int FOUR_WEEKS = 28;
    private static final int EIGHT_WEEKS = 56;

    private AnnualReview() {
    }

    /** The next review, from the day the plan was made or, after a review, the day its outcome was decided. */
    public static LocalDate reviewDueBy(LocalDate planMadeOrLastReviewed) {
        // CFA s44(1): a review within 12 months of the plan being made, then of each previous review (month arithmetic, s0 item 5)
        return require(planMadeOrLastReviewed).plusMonths(12);
    }

    /** For a child under 5, when the next review should be considered (guidance, not statute). */
    public static LocalDate earlyYearsReviewConsideredBy(LocalDate planMadeOrLastReviewed) {
        // Code 9.178 [guidance]: for children under 5, consider reviewing every 3 to 6 months
        return require(planMadeOrLastReviewed).plusMonths(6);
    }

    /** The last day to invite people to a meeting held on {@code meetingOn}. */
    public static LocalDate inviteBy(LocalDate meetingOn) {
        // reg 20(3): at least 2 weeks' notice of the date of the meeting
        return require(meetingOn).minusDays(TWO_WEEKS);
    }

    /** The last day to send the advice and information gathered to everyone invited. */
    public static LocalDate circulateAdviceBy(LocalDate meetingOn) {
        // reg 20(4): advice and information sent to those invited at least 2 weeks before the meeting
        return require(meetingOn).minusDays(TWO_WEEKS);
    }

    /** The last day to send the report of the meeting. */
    public static LocalDate reportDueBy(LocalDate meetingOn) {
        // reg 20(7): the report within 2 weeks of the meeting
        return require(meetingOn).plusDays(TWO_WEEKS);
    }

    /** The last day for the LA to decide to keep, amend or cease the plan, and to notify it. */
    public static LocalDate decisionDueBy(LocalDate meetingOn) {
        // reg 20(10): the LA decides and notifies within 4 weeks of the meeting (with the proposed amendments if amending)
        return require(meetingOn).plusDays(FOUR_WEEKS);
    }

    /** The last day for the family's comments on proposed amendments sent on {@code amendmentsSentOn}. */
    public static LocalDate amendmentCommentsCloseOn(LocalDate amendmentsSentOn) {
        // reg 22(2): at least 15 days for representations, beginning with the day the amendments are served (so +14, as reg 13(1))
        return require(amendmentsSentOn).plusDays(TWO_WEEKS);
    }

    /** The last day to issue the amended plan after the proposed amendments were sent. */
    public static LocalDate amendedPlanDueBy(LocalDate amendmentsSentOn) {
        // reg 22(3): the amended plan as soon as practicable, and within 8 weeks of the proposed amendments
        return require(amendmentsSentOn).plusDays(EIGHT_WEEKS);
    }

    /** The latest meeting from which the amended plan can be issued by {@code amendedPlanBy} at the lawful pace. */
    static LocalDate latestMeetingForAmendedPlanBy(LocalDate amendedPlanBy) {
        return require(amendedPlanBy).minusDays(EIGHT_WEEKS + FOUR_WEEKS);
    }

    private static LocalDate require(LocalDate date) {
        return Objects.requireNonNull(date, "date must not be null");
    }
}
