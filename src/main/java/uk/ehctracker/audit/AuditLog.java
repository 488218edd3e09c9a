package uk.ehctracker.audit;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import uk.ehctracker.access.CurrentUser;

/**
 * Appends to the audit trail and reads a case's trail back.
 *
 * <p>Transactions: an entry joins the transaction it is made in, so a command that fails (a 4xx,
 * nothing written) leaves no entry claiming it happened, and a read writes its READ entry on the
 * connection it already holds (read-only transactions keep a writable connection:
 * {@link ReadsKeepTheirConnection}). Outside any transaction an entry has a transaction of its own.
 *
 * <p>A person's repeated reads of one case within one HTTP request (a page that loads the case,
 * its milestones and its decisions) make one READ entry.
 */
@Service
public class AuditLog {

    private static final String READS_THIS_REQUEST = AuditLog.class.getName() + ".reads";
    private static final int MAX_DETAIL = 2000;

    private final AuditEntryRepository entries;
    private final TransactionTemplate ownTransaction;
    private final Clock clock = Clock.systemUTC();

    AuditLog(AuditEntryRepository entries, PlatformTransactionManager transactions) {
        this.entries = entries;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Records that {@code user} did {@code action} (see {@link AuditActions}) on a case, with a
     * short plain-text detail (no personal data beyond what the case id already points to).
     */
    public void record(CurrentUser user, Long caseId, String action, String detail) {
        if (user == null || action == null) {
            throw new IllegalArgumentException("An audit entry needs a person and an action");
        }
        if (AuditActions.READ.equals(action) && alreadyReadThisRequest(user, caseId)) {
            return;
        }
        AuditEntry entry = new AuditEntry(clock.instant(), user.username(), user.role().name(), caseId, action,
                detail == null ? null : truncate(detail));
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            write(List.of(entry));
        } else {
            ownTransaction.executeWithoutResult(status -> entries.save(entry));
        }
    }

    /**
     * Records that {@code user} read each of these cases: one READ entry per case not yet read in
     * this HTTP request, all written in one transaction (a page showing a family's cases writes its
     * entries together instead of one transaction per case).
     */
    public void recordReads(CurrentUser user, java.util.Collection<Long> caseIds) {
        if (user == null) {
            throw new IllegalArgumentException("An audit entry needs a person and an action");
        }
        List<AuditEntry> batch = new java.util.ArrayList<>();
        for (Long caseId : new java.util.LinkedHashSet<>(caseIds)) {
            if (!alreadyReadThisRequest(user, caseId)) {
                batch.add(new AuditEntry(clock.instant(), user.username(), user.role().name(), caseId, AuditActions.READ, null));
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            write(batch);
        } else {
            // one transaction for them all: one commit, not one per case
            ownTransaction.executeWithoutResult(status -> batch.forEach(entries::save));
        }
    }

    /** Entries made in the current transaction: a read-only one never flushes, so they are written now. */
    private void write(List<AuditEntry> batch) {
        batch.forEach(entries::save);
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            entries.flush();
        }
    }

    /** A case's trail, oldest first. Who may read it is decided by the case's queries (the access policy). */
    @Transactional(readOnly = true)
    public List<AuditEntry> entriesOf(long caseId) {
        return entries.findByCaseIdOrderByAtAscIdAsc(caseId);
    }

    private static boolean alreadyReadThisRequest(CurrentUser user, Long caseId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return false;
        }
        @SuppressWarnings("unchecked")
        Set<String> seen = (Set<String>) request.getAttribute(READS_THIS_REQUEST, RequestAttributes.SCOPE_REQUEST);
        if (seen == null) {
            seen = new HashSet<>();
            request.setAttribute(READS_THIS_REQUEST, seen, RequestAttributes.SCOPE_REQUEST);
        }
        String key = user.username() + "#" + caseId;
        if (!seen.add(key)) {
            return true;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            Set<String> marks = seen;
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        // the entry went with the read's rollback: a later read in this request writes it again
                        marks.remove(key);
                    }
                }
            });
        }
        return false;
    }

    private static String truncate(String detail) {
        String clean = detail.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= MAX_DETAIL ? clean : clean.substring(0, MAX_DETAIL - 1) + "…";
    }
}
