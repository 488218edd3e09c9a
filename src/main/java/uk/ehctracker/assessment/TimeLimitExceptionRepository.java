package uk.ehctracker.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TimeLimitExceptionRepository extends JpaRepository<TimeLimitException, Long> {

    List<TimeLimitException> findByCaseIdOrderByFromDateAsc(long caseId);

    List<TimeLimitException> findByCaseIdInOrderByFromDateAsc(java.util.Collection<Long> caseIds);
}
