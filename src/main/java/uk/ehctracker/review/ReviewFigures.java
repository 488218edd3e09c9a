package uk.ehctracker.review;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.AccessPolicy;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.statutory.AnnualReview;
import uk.ehctracker.statutory.StatutoryClock;

/**
 * The manager's figures for annual reviews (docs/law.md s9, s10): of the reviews whose meeting was
 * held in the 12 months to today, how many the LA decided within 4 weeks (reg 20(10)) and how many
 * still wait past that; of the moves between phases of school this coming September, how many plans
 * were amended before 15 February (reg 18(1)(b)). Two grouped queries, the LA in each.
 */
@Service
@Transactional(readOnly = true)
public class ReviewFigures {

    /**
     * Reviews whose meeting was held from {@code from} to {@code to}: how many were decided, how many
     * of those by the last lawful day, and how many are still undecided after it.
     */
    public record Decisions(LocalDate from, LocalDate to, long decided, long decidedInTime, long undecidedPastLimit) {
    }

    /**
     * The moves between phases of school in September of {@code deadline}'s year (the tracker records
     * them for 1 September, PhaseTransfer.usualMoveFor), whose plans are due
     * amended by {@code deadline}: done by it (amended plan issued, or the plan kept as it is), still
     * open before it, and missed (done after it, or not done when it has passed).
     */
    public record Transfers(LocalDate deadline, long moves, long doneInTime, long open, long missed) {
    }

    public record Figures(Decisions decisions, Transfers transfers) {
    }

    private final EntityManager em;
    private final AccessPolicy access;
    private final Clock clock;

    ReviewFigures(EntityManager em, AccessPolicy access, Clock clock) {
        this.em = em;
        this.access = access;
        this.clock = clock;
    }

    /** The user's LA's figures today; empty for anyone the access policy does not show team figures to. */
    public Optional<Figures> figures(CurrentUser user) {
        if (!access.mayReadTeamFigures(user)) {
            return Optional.empty();
        }
        LocalDate today = StatutoryClock.today(clock);
        return Optional.of(new Figures(decisions(user.laId(), today), transfers(user.laId(), today)));
    }

    private Decisions decisions(long laId, LocalDate today) {
        LocalDate from = today.minusYears(1).plusDays(1);
        // The query mirrors AnnualReview.decisionDueBy (reg 20(10): meeting + 4 weeks is the last lawful day), taking its
        // number of days from that rule rather than a second copy; ReviewFiguresTest checks the 28th day and the 29th.
        long days = ChronoUnit.DAYS.between(today, AnnualReview.decisionDueBy(today));
        Object[] row = em.createQuery("select"
                        + " sum(case when r.decidedOn is not null then 1 else 0 end),"
                        + " sum(case when r.decidedOn is not null and r.decidedOn <= r.meetingHeldOn + (:days) day then 1 else 0 end),"
                        // a step is late only after its last lawful day; a plan that ceased, or moved to another LA (reg 15),
                        // ends the review undecided
                        + " sum(case when r.decidedOn is null and r.planCeasedOn is null and r.transferredOn is null"
                        + " and r.meetingHeldOn + (:days) day < :today"
                        + " then 1 else 0 end)"
                        + " from AnnualReviewRecord r where r.laId = :la and r.meetingHeldOn between :from and :today", Object[].class)
                .setParameter("la", laId)
                .setParameter("days", days)
                .setParameter("from", from)
                .setParameter("today", today)
                .getSingleResult();
        return new Decisions(from, today, number(row[0]), number(row[1]), number(row[2]));
    }

    private Transfers transfers(long laId, LocalDate today) {
        // the coming September: this year's until the move has happened on 1 September, then next year's
        int year = today.getMonthValue() >= Month.SEPTEMBER.getValue() ? today.getYear() + 1 : today.getYear();
        LocalDate deadline = uk.ehctracker.statutory.PhaseTransfer.lastDayForASchoolMove(year);
        // reg 18(1): done when the plan is amended, or kept after the review because no amendment was necessary;
        // a review proposing to cease, or whose plan ceased, prepares no move
        Object[] row = em.createQuery("select count(r),"
                        + " sum(case when r.amendedPlanIssuedOn <= :deadline"
                        + " or (r.outcome = uk.ehctracker.review.ReviewOutcome.KEEP and r.decidedOn <= :deadline) then 1 else 0 end),"
                        + " sum(case when r.amendedPlanIssuedOn > :deadline"
                        + " or (r.outcome = uk.ehctracker.review.ReviewOutcome.KEEP and r.decidedOn > :deadline) then 1 else 0 end)"
                        + " from AnnualReviewRecord r where r.laId = :la and r.transferBy15February = true"
                        // a review stopped because the plan moved to another LA is the new LA's to do (reg 15(5))
                        + " and r.movesOn between :first and :last and r.planCeasedOn is null and r.transferredOn is null"
                        + " and (r.outcome is null or r.outcome <> uk.ehctracker.review.ReviewOutcome.CEASE)", Object[].class)
                .setParameter("la", laId)
                .setParameter("deadline", deadline)
                .setParameter("first", LocalDate.of(year, Month.JANUARY, 1))
                .setParameter("last", LocalDate.of(year, Month.DECEMBER, 31))
                .getSingleResult();
        long moves = number(row[0]);
        long inTime = number(row[1]);
        long notDone = moves - inTime - number(row[2]);
        boolean passed = StatutoryClock.isOverdue(today, deadline);
        return new Transfers(deadline, moves, inTime, passed ? 0 : notDone, number(row[2]) + (passed ? notDone : 0));
    }

    private static long number(Object n) {
        return n == null ? 0 : ((Number) n).longValue();
    }
}
