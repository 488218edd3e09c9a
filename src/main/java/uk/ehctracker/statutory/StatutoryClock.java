package uk.ehctracker.statutory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Date;
import java.util.Objects;

/**
 * Calendar arithmetic for the statutory process. Dates are London dates: a deadline falls on a
 * day in England, never on a UTC day.
 */
public final class StatutoryClock {

    /** The time zone of every statutory date. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** The hour at which timers fire on a due or reminder date. */
    public static final LocalTime WORKING_HOUR = LocalTime.of(9, 0);

    /** A step not yet done is AMBER when its due date is this many days away or fewer. */
    public static final int AMBER_WITHIN_DAYS = 7;

    /** Traffic-light status of one step. */
    public enum Rag { GREEN, AMBER, RED, DONE_ON_TIME, DONE_LATE, EXCEPTION }

    private StatutoryClock() {
    }

    /** Today's date in Europe/London (never UTC). */
    public static LocalDate today(Clock clock) {
        Objects.requireNonNull(clock, "clock must not be null");
        return clock.instant().atZone(LONDON).toLocalDate();
    }

    /** 09:00 London time on the date (BST or GMT as the date requires). */
    public static ZonedDateTime atWorkingHour(LocalDate date) {
        Objects.requireNonNull(date, "date must not be null");
        return ZonedDateTime.of(date, WORKING_HOUR, LONDON);
    }

    /** {@link #atWorkingHour(LocalDate)} as a {@link Date}, for Camunda timers. */
    public static Date timerDate(LocalDate date) {
        return Date.from(atWorkingHour(date).toInstant());
    }

    /**
     * The last day to appeal to the First-tier Tribunal (SEND).
     *
     * @param decisionSent                      the date the decision was sent
     * @param mediationCertificateIssuedOrNull  the date of the mediation certificate, or null
     */
    public static LocalDate appealDeadline(LocalDate decisionSent,
                                           LocalDate mediationCertificateIssuedOrNull) {
        Objects.requireNonNull(decisionSent, "decisionSent must not be null");
        // Tribunal Procedure (HESC) Rules 2008 r20: 2 months from the decision being sent
        // (plusMonths clamps a 31st to the month's last day)
        LocalDate fromDecision = decisionSent.plusMonths(2);
        if (mediationCertificateIssuedOrNull == null) {
            return fromDecision;
        }
        // HESC Rules 2008 r20 (STATUTORY.md s6): or 1 month from the mediation certificate,
        // whichever is later
        LocalDate fromCertificate = mediationCertificateIssuedOrNull.plusMonths(1);
        return fromCertificate.isAfter(fromDecision) ? fromCertificate : fromDecision;
    }

    /**
     * Whether the time limit binds the LA: false when a recorded exception for this limit, with
     * a reason that applies to it, started on or before the due date.
     */
    public static boolean isBinding(TimeLimit limit, LocalDate due,
                                    Collection<RecordedException> exceptions) {
        Objects.requireNonNull(limit, "limit must not be null");
        Objects.requireNonNull(due, "due must not be null");
        // reg 13(1) / CFA s39: the family's and the school's windows have no exceptions
        if (!limit.exceptionsCanApply() || exceptions == null) {
            return true;
        }
        for (RecordedException e : exceptions) {
            // reg 5(4), 8(2), 10(4), 13(3): an applicable exception arising by the due date
            if (e != null && e.limit() == limit && e.reason().appliesTo(limit)
                    && !e.from().isAfter(due)) {
                return false;
            }
        }
        return true;
    }

    /** Calendar days from today to the due date; 0 on the due date, negative when overdue. */
    public static long daysLeft(LocalDate today, LocalDate due) {
        return ChronoUnit.DAYS.between(today, due);
    }

    /**
     * The RAG status of a step.
     * <ul>
     *   <li>done on or before the due date: DONE_ON_TIME;</li>
     *   <li>not binding (an exception applies) and not done on time: EXCEPTION;</li>
     *   <li>done after the due date: DONE_LATE;</li>
     *   <li>not done, past the due date: RED;</li>
     *   <li>not done, due within {@value #AMBER_WITHIN_DAYS} days: AMBER;</li>
     *   <li>otherwise GREEN.</li>
     * </ul>
     */
    public static Rag rag(LocalDate today, LocalDate due, LocalDate doneOn, boolean binding) {
        Objects.requireNonNull(due, "due must not be null");
        if (doneOn != null && !doneOn.isAfter(due)) {
            return Rag.DONE_ON_TIME;
        }
        if (!binding) {
            return Rag.EXCEPTION;
        }
        if (doneOn != null) {
            return Rag.DONE_LATE;
        }
        Objects.requireNonNull(today, "today must not be null");
        long left = daysLeft(today, due);
        if (left < 0) {
            return Rag.RED;
        }
        return left <= AMBER_WITHIN_DAYS ? Rag.AMBER : Rag.GREEN;
    }
}
