package uk.ehctracker.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A one-time link to set a password. Only the SHA-256 of the link's token is stored: whoever reads
 * this table cannot open the account. A link works once, before it expires, and only while it is
 * the person's latest (a new invitation closes the older ones).
 */
@Entity
@Table(name = "invitation")
class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected Invitation() {
    }

    Invitation(long userId, String tokenHash, String createdBy, Instant createdAt, Instant expiresAt) {
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    long getUserId() {
        return userId;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUsedAt() {
        return usedAt;
    }

    boolean isOpenAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Used to set a password, or closed by a newer invitation: either way it never works again. */
    void close(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }
}
