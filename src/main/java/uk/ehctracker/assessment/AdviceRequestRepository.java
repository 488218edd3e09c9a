package uk.ehctracker.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AdviceRequestRepository extends JpaRepository<AdviceRequest, Long>, JpaSpecificationExecutor<AdviceRequest> {

    List<AdviceRequest> findByCaseIdOrderByIdAsc(long caseId);
}
