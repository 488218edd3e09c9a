package uk.ehctracker.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseEventRepository extends JpaRepository<CaseEvent, Long> {

    List<CaseEvent> findByCaseIdOrderByHappenedAtAscIdAsc(long caseId);

    List<CaseEvent> findByCaseIdInOrderByHappenedAtAscIdAsc(java.util.Collection<Long> caseIds);
}
