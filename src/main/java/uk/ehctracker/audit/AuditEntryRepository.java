package uk.ehctracker.audit;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append and read only: a plain {@link Repository}, so there is no update or delete to call. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    /** Writes what was saved now: a read-only transaction never flushes on its own. */
    void flush();

    List<AuditEntry> findByCaseIdOrderByAtAscIdAsc(long caseId);

    long countByCaseIdAndUsernameAndAction(long caseId, String username, String action);
}
