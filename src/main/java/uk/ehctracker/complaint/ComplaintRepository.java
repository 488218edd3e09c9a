package uk.ehctracker.complaint;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reached from other packages only through {@link ComplaintService}. */
interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    List<Complaint> findByCaseIdOrderByIdAsc(long caseId);
}
