package uk.ehctracker.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.ehctracker.statutory.TimeLimit;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    List<Milestone> findByCaseIdOrderByDueOnAscIdAsc(long caseId);

    List<Milestone> findByCaseIdInOrderByDueOnAscIdAsc(java.util.Collection<Long> caseIds);

    /** The case's latest milestone of a limit: a second consultation (CFA s39, s40) opens a second one. */
    Optional<Milestone> findFirstByCaseIdAndTimeLimitAndAdviceIdIsNullOrderByIdDesc(long caseId, TimeLimit limit);

    Optional<Milestone> findByAdviceId(long adviceId);

    @org.springframework.data.jpa.repository.Query(
            "select min(m.dueOn) from Milestone m where m.caseId = :caseId and m.doneOn is null")
    java.time.LocalDate nextOpenDueOn(long caseId);

    /** The case's exceptions to its time limits (for its kept 20-week timing). */
    @org.springframework.data.jpa.repository.Query("select e from TimeLimitException e where e.caseId = :caseId")
    List<TimeLimitException> exceptionsOf(long caseId);

    /**
     * The case's nearest open due date (what work lists sort by), and, once its final plan is issued,
     * how the plan met its 20 weeks (the manager's figure, {@link FinalPlanTiming}), kept in step with
     * its milestones and exceptions: the one place both are written, after any milestone opens or
     * closes and after an exception is recorded.
     */
    default void refreshNextDue(AssessmentCase c) {
        flush();
        c.nextDue(nextOpenDueOn(c.getId()));
        c.finalPlanTiming(c.getFinalPlanIssuedOn() == null ? null
                : FinalPlanTiming.of(findByCaseIdOrderByDueOnAscIdAsc(c.getId()), exceptionsOf(c.getId())));
    }
}
