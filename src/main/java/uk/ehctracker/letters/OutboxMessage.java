package uk.ehctracker.letters;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An e-mail waiting to be sent, written in the same transaction as the change it reports
 * (transactional outbox). The body is plain text and carries no personal details of the child.
 * {@link OutboxSender} changes the delivery columns with conditional updates.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    /** Longest error text kept. */
    static final int MAX_ERROR = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "letter_id", updatable = false)
    private Long letterId;

    @Column(name = "to_address", nullable = false, updatable = false, length = 320)
    private String toAddress;

    @Column(name = "subject", nullable = false, updatable = false, length = 300)
    private String subject;

    @Column(name = "body", nullable = false, updatable = false, length = 20_000)
    private String body;

    @Column(name = "message_id", nullable = false, updatable = false, unique = true, length = 200)
    private String messageId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private OutboxStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected OutboxMessage() {
        // for JPA
    }

    OutboxMessage(Long letterId, String toAddress, String subject, String body, Instant now) {
        this.letterId = letterId;
        this.toAddress = Objects.requireNonNull(toAddress);
        this.subject = Objects.requireNonNull(subject);
        this.body = Objects.requireNonNull(body);
        // RFC 5322 msg-id, the same on every attempt: a receiver can recognise a resend
        this.messageId = "<" + UUID.randomUUID() + ".outbox@ehc-tracker.invalid>";
        this.status = OutboxStatus.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = Objects.requireNonNull(now);
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    /** The letter the e-mail announces; null for other messages. */
    public Long getLetterId() {
        return letterId;
    }

    public String getToAddress() {
        return toAddress;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    /** The Message-ID header sent with every attempt, angle brackets included. */
    public String getMessageId() {
        return messageId;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    /** Attempts started so far. */
    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "OutboxMessage[id=" + id + ", letterId=" + letterId + ", status=" + status
                + ", attempts=" + attempts + "]";
    }
}
