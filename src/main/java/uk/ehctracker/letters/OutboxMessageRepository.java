package uk.ehctracker.letters;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The outbox; written by {@link MailOutbox}, delivered by {@link OutboxSender}. */
interface OutboxMessageRepository extends JpaRepository<OutboxMessage, Long> {

    /** Ids of messages due for an attempt (status among {@code statuses}), oldest due first. */
    @Query("select m.id from OutboxMessage m where m.status in :statuses and m.nextAttemptAt <= :now"
            + " order by m.nextAttemptAt, m.id")
    List<Long> findDue(@Param("statuses") Collection<OutboxStatus> statuses,
                       @Param("now") Instant now, Pageable page);

    /**
     * Claims one message for sending if it is still due: marks it SENDING, counts the attempt
     * and leases it until {@code leaseUntil}. Returns 1 if this caller won the claim.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update OutboxMessage m set m.status = :sending, m.attempts = m.attempts + 1,"
            + " m.nextAttemptAt = :leaseUntil"
            + " where m.id = :id and m.status in :statuses and m.nextAttemptAt <= :now")
    int claim(@Param("id") long id, @Param("statuses") Collection<OutboxStatus> statuses,
              @Param("sending") OutboxStatus sending, @Param("now") Instant now,
              @Param("leaseUntil") Instant leaseUntil);

    /** Records the outcome of the attempt numbered {@code attempt}, if the claim is still ours. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update OutboxMessage m set m.status = :status, m.sentAt = :sentAt,"
            + " m.nextAttemptAt = :nextAttemptAt, m.lastError = :lastError"
            + " where m.id = :id and m.status = :sending and m.attempts = :attempt")
    int finish(@Param("id") long id, @Param("attempt") int attempt,
               @Param("sending") OutboxStatus sending, @Param("status") OutboxStatus status,
               @Param("sentAt") Instant sentAt, @Param("nextAttemptAt") Instant nextAttemptAt,
               @Param("lastError") String lastError);

    /** Messages announcing a letter. */
    List<OutboxMessage> findByLetterId(long letterId);
}
