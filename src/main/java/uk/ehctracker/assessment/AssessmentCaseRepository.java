package uk.ehctracker.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Cases; lists go through {@link AssessmentQueries} with the access policy's filter. */
interface AssessmentCaseRepository extends JpaRepository<AssessmentCase, Long>, JpaSpecificationExecutor<AssessmentCase> {

    List<AssessmentCase> findByChildIdOrderByReceivedOnDesc(long childId);

    Optional<AssessmentCase> findByLocalAuthorityIdAndImportRef(long laId, String importRef);

    /**
     * Whether the child has a case in a stage other than these. Written out, not derived from the
     * method's name: Spring Data builds a derived query's criteria anew on every call (6.6% of a
     * request start's samples; 4.4% written out, BENCHMARKS.md); a written query's plan is kept.
     */
    @Query("select count(c) > 0 from AssessmentCase c where c.child.id = :childId and c.stage not in :closedStages")
    boolean existsByChildIdAndStageNotIn(@Param("childId") long childId, @Param("closedStages") List<CaseStage> closedStages);

    /**
     * Takes the case's row lock until the transaction ends (SELECT ... FOR UPDATE), before any of
     * the case is read: commands on one case then run one after another.
     */
    @Query(value = "SELECT id FROM assessment_case WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<Long> lock(@Param("id") long id);
}
