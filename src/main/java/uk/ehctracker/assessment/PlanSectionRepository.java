package uk.ehctracker.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanSectionRepository extends JpaRepository<PlanSection, Long> {

    List<PlanSection> findByCaseIdAndPlanVersionOrderBySectionAsc(long caseId, PlanSection.PlanVersion version);

    List<PlanSection> findByCaseIdInAndPlanVersionOrderBySectionAsc(java.util.Collection<Long> caseIds, PlanSection.PlanVersion version);
}
