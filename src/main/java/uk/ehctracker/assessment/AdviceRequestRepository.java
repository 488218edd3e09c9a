package uk.ehctracker.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AdviceRequestRepository extends JpaRepository<AdviceRequest, Long>, JpaSpecificationExecutor<AdviceRequest> {

    List<AdviceRequest> findByCaseIdOrderByIdAsc(long caseId);

    @Query("SELECT a.caseId FROM AdviceRequest a WHERE a.id = :id")
    Optional<Long> caseIdOf(@Param("id") long id);
}
