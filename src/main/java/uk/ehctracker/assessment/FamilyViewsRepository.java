package uk.ehctracker.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FamilyViewsRepository extends JpaRepository<FamilyViews, Long> {

    List<FamilyViews> findByCaseIdOrderByGivenOnAscIdAsc(long caseId);

    List<FamilyViews> findByCaseIdInOrderByGivenOnAscIdAsc(java.util.Collection<Long> caseIds);
}
