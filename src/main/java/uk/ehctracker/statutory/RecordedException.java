package uk.ehctracker.statutory;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An exception to a time limit, recorded on a case: which limit, which reason, and the period
 * it covers ({@code to} null while still open). It excuses one limit, and only if its period
 * overlaps the period that limit runs (docs/law.md s0 item 7, s4).
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

    /** Why an exception cannot be recorded against a limit: the field at fault and the message. */
    public record Refusal(String field, String message) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /**
     * Whether the exception's period (from {@code from} to {@code to}, or open) shares at least
     * one day with the limit's period, {@code start} to {@code due} inclusive.
     */
    public boolean overlaps(LocalDate start, LocalDate due) {
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(due, "due must not be null");
        // docs/law.md s0 item 7: an exception that ended before the start, or began after the
        // due date, excuses nothing
        return !from.isAfter(due) && (to == null || !to.isBefore(start));
    }

    /**
     * Whether this exception may be recorded against its limit, which runs from {@code start}
     * (the request, or for advice the day the adviser was asked) to {@code due}, and was done on
     * {@code doneOnOrNull}. Empty when it may; otherwise the field at fault and why.
     */
    public Optional<Refusal> refusal(LocalDate start, LocalDate due, LocalDate doneOnOrNull) {
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(due, "due must not be null");
        // reg 5(4), 8(2), 10(4), 13(3): an exception excuses a limit not met; one met on time
        // needs no excuse
        if (doneOnOrNull != null && !doneOnOrNull.isAfter(due)) {
            return Optional.of(new Refusal("limit", limit.label() + " was met on "
                    + DAY.format(doneOnOrNull) + ": a limit already met cannot be excepted"));
        }
        // docs/law.md s0 item 7: the period must overlap the limit's own period
        if (from.isAfter(due)) {
            return Optional.of(new Refusal("from", "The exception must begin by the last day of the"
                    + " time limit (" + DAY.format(due) + ")"));
        }
        if (to != null && to.isBefore(start)) {
            return Optional.of(new Refusal("to", "The exception ended before the time limit began ("
                    + DAY.format(start) + "), so it cannot excuse it"));
        }
        return Optional.empty();
    }

    /** True while the exception has no end date. */
    public boolean isOpen() {
        return to == null;
    }
}
