package uk.ehctracker.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRepository extends JpaRepository<Decision, Long> {

    List<Decision> findByCaseIdOrderByDecidedOnAscIdAsc(long caseId);

    List<Decision> findByCaseIdInOrderByDecidedOnAscIdAsc(java.util.Collection<Long> caseIds);
}
