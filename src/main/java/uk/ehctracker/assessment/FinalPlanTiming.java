package uk.ehctracker.assessment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import uk.ehctracker.statutory.RecordedException;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.statutory.TimeLimit;

/**
 * How a case's final plan met its 20 weeks (reg 13(2)), and whether an exception relieved the
 * limit (reg 13(3)): the manager's 20-week rate counts these. Kept on the case
 * ({@code assessment_case.final_plan_timing}, V40) whenever its milestones or exceptions change
 * ({@link MilestoneRepository#refreshNextDue}), so the rate is one grouped count of the year's plans
 * from an index (casework.TeamFigures) instead of reading every plan and its milestones per load.
 * Null on a case with no final plan.
 */
public enum FinalPlanTiming {
    /** Sent by the last day of the 20 weeks, no exception. */
    IN_TIME,
    /** Sent after it, no exception. */
    LATE,
    /** Sent by the last day, an exception to the 20-week limit applying. */
    IN_TIME_EXCEPTED,
    /** Sent after it, an exception applying. */
    LATE_EXCEPTED,
    /** A plan whose 20 weeks the tracker did not count (a plan made before it: no milestone). */
    NOT_COUNTED;

    /** Counted in the 20-week rate. */
    public boolean counted() {
        return this != NOT_COUNTED;
    }

    public boolean inTime() {
        return this == IN_TIME || this == IN_TIME_EXCEPTED;
    }

    /** reg 13(3): an exception relieves the limit, so the national figure "without exceptions" leaves the plan out. */
    public boolean excepted() {
        return this == IN_TIME_EXCEPTED || this == LATE_EXCEPTED;
    }

    /**
     * The one rule, from the case's milestones and exceptions (any order): the 20-week milestone of
     * the request (the earliest due FINAL_PLAN milestone not tied to advice); done by its due date is
     * in time (the due date is the last lawful day, docs/law.md s0); an exception counts only where
     * it relieves that limit ({@link StatutoryClock#isBinding}). No such milestone done: not counted.
     */
    public static FinalPlanTiming of(Collection<Milestone> milestones, Collection<TimeLimitException> exceptions) {
        Milestone finalPlan = milestones.stream()
                .filter(m -> m.getTimeLimit() == TimeLimit.FINAL_PLAN && m.getAdviceId() == null)
                .min(Comparator.comparing(Milestone::getDueOn).thenComparing(Milestone::getId))
                .orElse(null);
        if (finalPlan == null || finalPlan.getDoneOn() == null) {
            return NOT_COUNTED;
        }
        return of(finalPlan.getDueOn(), finalPlan.getDoneOn(), exceptions.stream().map(TimeLimitException::asRecorded).toList());
    }

    /** The rule on the milestone's own dates (also what V40_1 fills older cases with). */
    static FinalPlanTiming of(LocalDate dueOn, LocalDate doneOn, List<RecordedException> exceptions) {
        boolean inTime = !doneOn.isAfter(dueOn);
        // reg 13(3): only an exception that relieves the 20-week limit takes the case out of the figure
        boolean excepted = !StatutoryClock.isBinding(TimeLimit.FINAL_PLAN, dueOn, exceptions);
        return excepted ? (inTime ? IN_TIME_EXCEPTED : LATE_EXCEPTED) : (inTime ? IN_TIME : LATE);
    }
}
