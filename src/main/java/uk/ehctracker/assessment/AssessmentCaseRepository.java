package uk.ehctracker.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Cases; lists go through {@link AssessmentQueries} with the access policy's filter. */
interface AssessmentCaseRepository extends JpaRepository<AssessmentCase, Long>, JpaSpecificationExecutor<AssessmentCase> {

    List<AssessmentCase> findByChildIdOrderByReceivedOnDesc(long childId);

    boolean existsByChildIdAndStageNotIn(long childId, List<CaseStage> closedStages);
}
