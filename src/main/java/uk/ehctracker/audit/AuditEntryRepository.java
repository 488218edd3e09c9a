package uk.ehctracker.audit;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append and read only: a plain {@link Repository}, so there is no update or delete to call. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findByCaseIdOrderByAtAscIdAsc(long caseId);

    long countByCaseIdAndUsernameAndAction(long caseId, String username, String action);
}
