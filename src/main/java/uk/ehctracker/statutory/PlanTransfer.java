package uk.ehctracker.statutory;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The time limits of moving a plan to another LA when the child or young person moves into its
 * area (CFA s47; reg 15; docs/law.md s9, "Moving to another council"), each the last lawful day,
 * counted as in s0.
 */
public final class PlanTransfer {

    /** reg 15(2): the notice, in working days, below which the old LA learned of the move late. */
    static final int WORKING_DAYS = 15;
    private static final int SIX_WEEKS = 42;
    private static final int THREE_MONTHS = 3;

    private PlanTransfer() {
    }

    /**
     * reg 15(2): the old LA knew of the move at least 15 working days before it: aware on or before
     * the day 15 working days before the move (counting back from the move, the move's own day not
     * counted, as "within N days of" a day does not count it; s0 item 2).
     */
    public static boolean awareInTime(LocalDate awareOn, LocalDate movesOn, WorkingDays days) {
        return !days.plusWorkingDays(require(awareOn), WORKING_DAYS).isAfter(require(movesOn));
    }

    /**
     * reg 15(2): the last day to transfer the plan: the day of the move, or, when the old LA learned
     * of it late, the last of 15 working days beginning with the day it became aware (that day is
     * day 1 if it is a working day). In the corner where that day falls before the move (a move on a
     * weekend or bank holiday straight after), the move's day: a plan cannot go before the child does.
     */
    public static LocalDate transferDueBy(LocalDate awareOn, LocalDate movesOn, WorkingDays days) {
        if (awareInTime(awareOn, movesOn, days)) {
            return movesOn;
        }
        // "15 working days beginning with" the day of awareness: it is day 1, so count from the day before
        LocalDate fifteenth = days.plusWorkingDays(awareOn.minusDays(1), WORKING_DAYS);
        return fifteenth.isBefore(movesOn) ? movesOn : fifteenth;
    }

    /** reg 15(4): the new LA tells the family of the transfer within 6 weeks of the day of the transfer. */
    public static LocalDate familyToldBy(LocalDate transferredOn) {
        return require(transferredOn).plusDays(SIX_WEEKS);
    }

    /**
     * reg 15(5): the new LA reviews the plan before the later of 12 months from the plan's making or
     * its last review (the same CFA s44(1) date as {@link AnnualReview#reviewDueBy}) and 3 months from
     * the transfer (month arithmetic, s0 item 5).
     */
    public static LocalDate reviewDueBy(LocalDate planMadeOrLastReviewed, LocalDate transferredOn) {
        LocalDate twelveMonths = AnnualReview.reviewDueBy(planMadeOrLastReviewed);
        LocalDate threeMonths = threeMonthsFrom(transferredOn);
        return threeMonths.isAfter(twelveMonths) ? threeMonths : twelveMonths;
    }

    /** reg 15(5)(b): 3 months from the day of the transfer. */
    public static LocalDate threeMonthsFrom(LocalDate transferredOn) {
        return require(transferredOn).plusMonths(THREE_MONTHS);
    }

    private static LocalDate require(LocalDate date) {
        return Objects.requireNonNull(date, "date must not be null");
    }
}
