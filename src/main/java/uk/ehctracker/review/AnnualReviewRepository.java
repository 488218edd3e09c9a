package uk.ehctracker.review;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AnnualReviewRepository extends JpaRepository<AnnualReviewRecord, Long> {

    List<AnnualReviewRecord> findByCaseIdOrderByCycleAsc(long caseId);

    Optional<AnnualReviewRecord> findFirstByCaseIdOrderByCycleDesc(long caseId);

    /** The case's latest review, locked for a command: two commands on it run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from AnnualReviewRecord r where r.caseId = ?1 and r.cycle = (select max(x.cycle) from AnnualReviewRecord x where x.caseId = ?1)")
    Optional<AnnualReviewRecord> latestForCommand(long caseId);

    /** The case's LA, which its reviews copy for the LA's list (V36). */
    @Query("select c.localAuthority.id from AssessmentCase c where c.id = ?1")
    long laOfCase(long caseId);

    /** Reviews saved before V36, whose list columns ReviewListing fills in. */
    List<AnnualReviewRecord> findByListStepIsNull(org.springframework.data.domain.Pageable page);

    /** Each case's latest review, of the children at one school, the nearest due first (a list filtered in the query). */
    @Query("select r from AnnualReviewRecord r where r.cycle = (select max(x.cycle) from AnnualReviewRecord x where x.caseId = r.caseId)"
            + " and r.caseId in (select c.id from AssessmentCase c where c.child.school.id = ?1) order by r.dueOn asc, r.id asc")
    List<AnnualReviewRecord> latestOfSchool(long schoolId);

    @Query("select c.child.id from AssessmentCase c where c.id = ?1")
    long childIdOfCase(long caseId);

    /**
     * The next cases after {@code afterId} whose final plan was issued before reviews were recorded:
     * id, the plan's date, the child's id. Locked for the caller's transaction; a case another node
     * has locked is skipped, so several nodes share the work and none starts a review twice.
     */
    @Query(value = "SELECT c.id, c.final_plan_issued_on, c.child_id FROM assessment_case c"
            + " WHERE c.final_plan_issued_on IS NOT NULL AND c.id > :afterId"
            // the second bound says the same, but lets a merge anti-join start there rather than
            // read every review from the first on each batch
            + " AND NOT EXISTS (SELECT 1 FROM annual_review r WHERE r.case_id = c.id AND r.case_id > :afterId)"
            + " ORDER BY c.id LIMIT :batch FOR UPDATE SKIP LOCKED", nativeQuery = true)
    List<Object[]> nextPlansWithoutReview(@Param("afterId") long afterId, @Param("batch") int batch);

    /** How many plans have no review yet (for the progress of {@link ReviewsForEarlierPlans}). */
    @Query("select count(c) from AssessmentCase c where c.finalPlanIssuedOn is not null"
            + " and not exists (select r.id from AnnualReviewRecord r where r.caseId = c.id)")
    long countPlansWithoutReview();
}
