package uk.ehctracker.statutory;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * A move from one phase of education to the next, and the day by which the EHC plan must have
 * been reviewed and amended to name the next school or college (reg 18). Which moves a child makes
 * depends on the schools of their area (an infant school, a middle school), so the caseworker
 * chooses the move; the date follows from it.
 */
public enum PhaseTransfer {

    /** From an early years setting into school (reception, or Year 1 when a child starts late). */
    EARLY_YEARS_TO_SCHOOL("Early years to school", SchoolYear.RECEPTION, Deadline.BEFORE_15_FEBRUARY),
    /** From an infant school into a junior school, into Year 3. */
    INFANT_TO_JUNIOR("Infant to junior school", 3, Deadline.BEFORE_15_FEBRUARY),
    /** From a first or primary school into a middle school (Year 5 in most areas that have them). */
    PRIMARY_TO_MIDDLE("Primary or first school to middle school", 5, Deadline.BEFORE_15_FEBRUARY),
    /** From a primary school into a secondary school, into Year 7. */
    PRIMARY_TO_SECONDARY("Primary to secondary school", 7, Deadline.BEFORE_15_FEBRUARY),
    /** From a middle school into a secondary or upper school (Year 9 in most areas that have them). */
    MIDDLE_TO_SECONDARY("Middle to secondary or upper school", 9, Deadline.BEFORE_15_FEBRUARY),
    /** From a secondary school into post-16 education, into Year 12. */
    SECONDARY_TO_POST_16("Secondary school to post-16 education", 12, Deadline.BEFORE_31_MARCH),
    /** From one post-16 institution to another: any time of year. */
    BETWEEN_POST_16_INSTITUTIONS("Between post-16 institutions", -1, Deadline.FIVE_MONTHS_BEFORE);

    private enum Deadline { BEFORE_15_FEBRUARY, BEFORE_31_MARCH, FIVE_MONTHS_BEFORE }

    private final String label;
    private final int usualYearGroup;
    private final Deadline deadline;

    PhaseTransfer(String label, int usualYearGroup, Deadline deadline) {
        this.label = label;
        this.usualYearGroup = usualYearGroup;
        this.deadline = deadline;
    }

    public String label() {
        return label;
    }

    /**
     * The last day on which the amended plan naming the next setting is on time, for a move on
     * {@code movesOn} (for moves between phases, the first day at the new school or college).
     * Regulation 18(1) says "before" 15 February and 31 March, so the last lawful days are 14
     * February and 30 March (docs/law.md s9).
     */
    public LocalDate amendedPlanDueBy(LocalDate movesOn) {
        Objects.requireNonNull(movesOn, "movesOn must not be null");
        return switch (deadline) {
            case BEFORE_15_FEBRUARY -> lastDayForASchoolMove(movesOn.getYear());
            // reg 18(1)(a): from secondary school to a post-16 institution: before 31 March in the calendar year of the transfer
            case BEFORE_31_MARCH -> LocalDate.of(movesOn.getYear(), Month.MARCH, 31).minusDays(1);
            // reg 18(2): between post-16 institutions: at least 5 months before the transfer (month arithmetic, s0 item 5)
            case FIVE_MONTHS_BEFORE -> movesOn.minusMonths(5);
        };
    }

    /** The last lawful day for the amended plans of moves between phases of school in {@code year}. */
    public static LocalDate lastDayForASchoolMove(int year) {
        // reg 18(1)(b): any other transfer between phases: before 15 February in the calendar year of the transfer
        return LocalDate.of(year, Month.FEBRUARY, 15).minusDays(1);
    }

    /**
     * The September in which a child born on {@code dateOfBirth} usually makes this move, or null
     * for a move between post-16 institutions, which has no usual date.
     */
    public LocalDate usualMoveFor(LocalDate dateOfBirth) {
        return usualYearGroup < 0 ? null : SchoolYear.entersYearGroup(dateOfBirth, usualYearGroup);
    }

    /**
     * The latest day to hold the review meeting so that the amended plan can be issued by the
     * deadline when every step takes its full lawful time: 4 weeks to the decision with the proposed
     * amendments, then 8 weeks to the amended plan (reg 20(10), reg 22(3)). A planning date, not a
     * statutory one: an LA that holds the meeting later must work faster than the limits allow.
     */
    public LocalDate latestMeetingFor(LocalDate movesOn) {
        return AnnualReview.latestMeetingForAmendedPlanBy(amendedPlanDueBy(movesOn));
    }
}
