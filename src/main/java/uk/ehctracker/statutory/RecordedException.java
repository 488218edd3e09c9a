package uk.ehctracker.statutory;

import java.time.LocalDate;

/**
 * An exception to a time limit, recorded on a case: which limit, which reason, and the period
 * it covers ({@code to} null while still open).
 */
public record RecordedException(TimeLimit limit, ExceptionReason reason, LocalDate from,
                                LocalDate to) {

    public RecordedException {
        if (limit == null) {
            throw new IllegalArgumentException("limit must not be null");
        }
        if (reason == null) {
            throw new IllegalArgumentException("reason must not be null");
        }
        if (from == null) {
            throw new IllegalArgumentException("from must not be null");
        }
        // reg 5(4), 8(2), 10(4), 13(3): only these reasons excuse only these limits
        if (!reason.appliesTo(limit)) {
            throw new IllegalArgumentException("reason " + reason + " (" + reason.citation()
                    + ") does not apply to limit " + limit + " (" + limit.citation() + ")");
        }
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from
                    + ")");
        }
    }

    /** True while the exception has no end date. */
    public boolean isOpen() {
        return to == null;
    }
}
