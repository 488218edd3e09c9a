package uk.ehctracker.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdviceRequestRepository extends JpaRepository<AdviceRequest, Long> {

    List<AdviceRequest> findByCaseIdOrderByIdAsc(long caseId);
}
