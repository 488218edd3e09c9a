package uk.ehctracker.review;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import uk.ehctracker.statutory.AnnualReview;
import uk.ehctracker.statutory.PhaseTransfer;
import uk.ehctracker.statutory.PlanTransfer;
import uk.ehctracker.statutory.SchoolYear;

/**
 * When one review is due, and what a move between phases makes earlier (docs/law.md s9). Every
 * date derives from the day the review counts from and the child's date of birth.
 *
 * @param countedFrom the plan's date, or the day the last review was decided (reg 20(10))
 * @param earlyYears the child was under 5 on {@code countedFrom}: the review is considered at 6 months
 * @param dueOn the review's own due date (CFA s44(1); Code 9.178)
 * @param transfer the move this review prepares for (reg 18), or null
 * @param movesOn the day of that move, or null
 */
public record ReviewSchedule(LocalDate countedFrom, boolean earlyYears, LocalDate dueOn, PhaseTransfer transfer, LocalDate movesOn) {

    /** [practice] The setting is asked to arrange the meeting 8 weeks before it is needed: time to gather advice and give 2 weeks' notice. */
    static final int OPENS_WEEKS_BEFORE_MEETING = 8;
    /** [practice] The reminder 4 weeks before the meeting is needed, while invitations can still go out on time (reg 20(3)). */
    static final int REMINDER_WEEKS_BEFORE_MEETING = 4;
    /** [practice] The amended plan's reminder, 2 weeks before it is due. */
    static final int AMENDED_PLAN_REMINDER_DAYS = 14;

    /** The moves every child makes at a usual age; infant, junior and middle schools exist only in some areas. */
    private static final List<PhaseTransfer> USUAL_MOVES = List.of(PhaseTransfer.EARLY_YEARS_TO_SCHOOL,
            PhaseTransfer.PRIMARY_TO_SECONDARY, PhaseTransfer.SECONDARY_TO_POST_16);

    public ReviewSchedule {
        Objects.requireNonNull(countedFrom, "countedFrom");
        Objects.requireNonNull(dueOn, "dueOn");
    }

    /** The schedule of a review counted from {@code countedFrom} for a child born on {@code dateOfBirth}. */
    public static ReviewSchedule of(LocalDate countedFrom, LocalDate dateOfBirth) {
        return of(countedFrom, dateOfBirth, null);
    }

    /**
     * As {@link #of(LocalDate, LocalDate)}, after a review that prepared the move on {@code preparedMoveOn}
     * (null if none): that move, and any before it, is not prepared again.
     */
    public static ReviewSchedule of(LocalDate countedFrom, LocalDate dateOfBirth, LocalDate preparedMoveOn) {
        boolean earlyYears = dateOfBirth != null && Period.between(dateOfBirth, countedFrom).getYears() < 5;
        // CFA s44(1): within 12 months; Code 9.178 [guidance]: for a child under 5, consider every 3 to 6 months
        LocalDate due = earlyYears ? AnnualReview.earlyYearsReviewConsideredBy(countedFrom) : AnnualReview.reviewDueBy(countedFrom);
        if (dateOfBirth != null) {
            for (PhaseTransfer move : USUAL_MOVES) {
                LocalDate movesOn = move.usualMoveFor(dateOfBirth);
                // reg 18: this review prepares the move whose deadline is still ahead, unless a later review
                // (due after the first September following this one) can still do it
                boolean prepared = preparedMoveOn != null && !movesOn.isAfter(preparedMoveOn);
                if (!prepared && move.amendedPlanDueBy(movesOn).isAfter(countedFrom) && !movesOn.isAfter(firstSeptemberAfter(due))) {
                    return new ReviewSchedule(countedFrom, earlyYears, due, move, movesOn);
                }
            }
        }
        return new ReviewSchedule(countedFrom, earlyYears, due, null, null);
    }

    /**
     * The schedule once the plan moved to another LA on {@code transferredOn}: reg 15(5) gives the new
     * LA until the later of the review's own date and 3 months from the transfer. For a child under 5
     * the Code's 6 months [guidance] stand in for the 12, as before the move. A move between phases
     * (reg 18) keeps its deadline.
     */
    public ReviewSchedule afterTransfer(LocalDate transferredOn) {
        LocalDate due = earlyYears ? later(dueOn, PlanTransfer.threeMonthsFrom(transferredOn)) : PlanTransfer.reviewDueBy(countedFrom, transferredOn);
        return new ReviewSchedule(countedFrom, earlyYears, due, transfer, movesOn);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate firstSeptemberAfter(LocalDate date) {
        return LocalDate.of(SchoolYear.startingYear(date) + 1, Month.SEPTEMBER, 1);
    }

    /** reg 18(1): the day by which the plan must have been reviewed and amended for the move, or null. */
    public LocalDate transferDeadline() {
        return transfer == null ? null : transfer.amendedPlanDueBy(movesOn);
    }

    /** The last day of the review's meeting stage: its due date, or the reg 18 deadline if earlier. */
    public LocalDate reviewDueBy() {
        return earlier(dueOn, transferDeadline());
    }

    /** The last day to hold the meeting: the due date, or for a move 12 weeks before its deadline [practice] (PhaseTransfer.latestMeetingFor). */
    public LocalDate meetingNeededBy() {
        return earlier(dueOn, transfer == null ? null : transfer.latestMeetingFor(movesOn));
    }

    /** The day the setting is asked to arrange the meeting (or today, if that day has passed). */
    public LocalDate opensOn() {
        return meetingNeededBy().minusWeeks(OPENS_WEEKS_BEFORE_MEETING);
    }

    public LocalDate reminderOn() {
        return meetingNeededBy().minusWeeks(REMINDER_WEEKS_BEFORE_MEETING);
    }

    /** reg 22(3): 8 weeks from the proposed amendments; reg 18: by the move's deadline if earlier. */
    public LocalDate amendedPlanDueBy(LocalDate amendmentsProposedOn) {
        return earlier(AnnualReview.amendedPlanDueBy(amendmentsProposedOn), transferDeadline());
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return b == null || a.isBefore(b) ? a : b;
    }
}
