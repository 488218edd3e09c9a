package uk.ehctracker.letters;

/** Where an outbox message is in its delivery. */
public enum OutboxStatus {
    /** Waiting to be sent (first time, or again after a failed attempt). */
    PENDING,
    /**
     * Claimed by a sender, which is sending it now. If the sender dies, the claim expires and
     * the message is sent again with the same Message-ID, so the duplicate is recognisable.
     */
    SENDING,
    /** Accepted by the SMTP server; never sent again. */
    SENT,
    /** Given up after the maximum number of attempts. */
    FAILED
}
