package uk.ehctracker.statutory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
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

    /**
     * {@link #atWorkingHour(LocalDate)} as a {@link Date}, for Camunda timers that open work or
     * remind on their own date (a reminder before a due date, a review on its agreed date). Never
     * for a due date: use {@link #escalationTimerDate(LocalDate)}.
     */
    public static Date timerDate(LocalDate date) {
        return Date.from(atWorkingHour(date).toInstant());
    }

    // ---- The last lawful day (docs/law.md s0 item 3; docs/decisions/0002) -------------------

    /**
     * Whether a step due on {@code due} and not done is overdue on {@code today}: only from the
     * day after its due date. The one rule for "overdue" in lists, screens, reports and timers.
     */
    public static boolean isOverdue(LocalDate today, LocalDate due) {
        Objects.requireNonNull(today, "today must not be null");
        Objects.requireNonNull(due, "due must not be null");
        // docs/law.md s0 item 3: a due date is the last lawful day; overdue from the next day
        return today.isAfter(due);
    }

    /** Whether a step not done is overdue at this instant (its London date is after the due date). */
    public static boolean isOverdue(Clock clock, LocalDate due) {
        return isOverdue(today(clock), due);
    }

    /** Whether {@code today} is the step's last lawful day: due today, still on time (AMBER). */
    public static boolean isDueToday(LocalDate today, LocalDate due) {
        Objects.requireNonNull(today, "today must not be null");
        Objects.requireNonNull(due, "due must not be null");
        return today.isEqual(due);
    }

    /** The first instant at which a step due on {@code due} is overdue: 00:00 London the next day. */
    public static ZonedDateTime overdueFrom(LocalDate due) {
        Objects.requireNonNull(due, "due must not be null");
        // docs/law.md s0 item 3: overdue at the start of the next day, Europe/London
        return due.plusDays(1).atStartOfDay(LONDON);
    }

    /** The day a missed step is escalated: the day after its last lawful day. */
    public static LocalDate escalationDate(LocalDate due) {
        Objects.requireNonNull(due, "due must not be null");
        return due.plusDays(1);
    }

    /**
     * When the escalation (overdue) timer of a step due on {@code due} fires: 09:00 London on the
     * day after the due date, the first working hour at which the step is overdue (decision 0002).
     */
    public static Date escalationTimerDate(LocalDate due) {
        return timerDate(escalationDate(due));
    }

    /**
     * The last day to appeal to the First-tier Tribunal (SEND): the end of the period the
     * Tribunal's rules give (r20), moved on where they say an appeal is still in time (r12).
     *
     * @param decisionSent                      the day the decision notice was sent (not the day
     *                                          the decision was made; docs/law.md s7)
     * @param mediationCertificateIssuedOrNull  the date of the mediation certificate, or null
     * @param workingDays                       England's working days (calendar/EnglandCalendar)
     */
    public static LocalDate appealDeadline(LocalDate decisionSent, LocalDate mediationCertificateIssuedOrNull,
                                           WorkingDays workingDays) {
        Objects.requireNonNull(workingDays, "workingDays must not be null");
        return appealInTimeUntil(appealPeriodEnds(decisionSent, mediationCertificateIssuedOrNull), workingDays);
    }

    /**
     * The end of the period for appealing by the month arithmetic alone, before the Tribunal's
     * rule on counting time moves it on: never later than {@link #appealDeadline}, so a floor
     * for checking a deadline where the calendar is not at hand.
     */
    public static LocalDate appealPeriodEnds(LocalDate decisionSent, LocalDate mediationCertificateIssuedOrNull) {
        Objects.requireNonNull(decisionSent, "decisionSent must not be null");
        // HESC Rules 2008 r20(1)(c)(i): 2 months after the decision notice was sent
        // (plusMonths clamps a 31st to the month's last day)
        LocalDate periodEnds = decisionSent.plusMonths(2);
        if (mediationCertificateIssuedOrNull != null) {
            // r20(1)(c)(ii): or 1 month from the mediation certificate, if that is later
            LocalDate fromCertificate = mediationCertificateIssuedOrNull.plusMonths(1);
            periodEnds = fromCertificate.isAfter(periodEnds) ? fromCertificate : periodEnds;
        }
        return periodEnds;
    }

    /**
     * The last day an appeal whose r20 period ends on {@code periodEnds} is still in time, by the
     * Tribunal's rule on calculating time (docs/law.md s7 rule 3).
     */
    static LocalDate appealInTimeUntil(LocalDate periodEnds, WorkingDays workingDays) {
        // HESC r12(3)(a): a period ending on 25 Dec-1 Jan or in August runs to the first working
        // day after 1 January or 31 August
        if (periodEnds.getMonth() == Month.AUGUST) {
            return workingDays.plusWorkingDays(LocalDate.of(periodEnds.getYear(), Month.AUGUST, 31), 1);
        }
        if (periodEnds.getMonth() == Month.DECEMBER && periodEnds.getDayOfMonth() >= 25) {
            return workingDays.plusWorkingDays(LocalDate.of(periodEnds.getYear() + 1, Month.JANUARY, 1), 1);
        }
        if (periodEnds.getMonth() == Month.JANUARY && periodEnds.getDayOfMonth() == 1) {
            return workingDays.plusWorkingDays(periodEnds, 1);
        }
        // HESC r12(2): a period ending on a day that is not a working day runs to the next working day
        return workingDays.isWorkingDay(periodEnds) ? periodEnds : workingDays.plusWorkingDays(periodEnds, 1);
    }

    /**
     * Whether the time limit binds the LA: false when a recorded exception for this limit, with a
     * reason that applies to it, has a period overlapping the limit's own period, from its start
     * date to its due date. The start date derives from the due date ({@link TimeLimit#startFor}).
     */
    public static boolean isBinding(TimeLimit limit, LocalDate due,
                                    Collection<RecordedException> exceptions) {
        Objects.requireNonNull(limit, "limit must not be null");
        Objects.requireNonNull(due, "due must not be null");
        return isBinding(limit, limit.startFor(due), due, exceptions);
    }

    /**
     * Whether the time limit running from {@code start} to {@code due} binds the LA: false when a
     * recorded exception for this limit, with a reason that applies to it, overlaps that period.
     */
    public static boolean isBinding(TimeLimit limit, LocalDate start, LocalDate due,
                                    Collection<RecordedException> exceptions) {
        Objects.requireNonNull(limit, "limit must not be null");
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(due, "due must not be null");
        // reg 13(1) / CFA s39: the family's and the school's windows have no exceptions
        if (!limit.exceptionsCanApply() || exceptions == null) {
            return true;
        }
        for (RecordedException e : exceptions) {
            // reg 5(4), 8(2), 10(4), 13(3); docs/law.md s0 item 7: an applicable exception
            // excuses a limit only if its period overlaps the limit's period
            if (e != null && e.limit() == limit && e.reason().appliesTo(limit)
                    && e.overlaps(start, due)) {
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
     *   <li>not done, after the due date ({@link #isOverdue}): RED;</li>
     *   <li>not done, due today (the last lawful day): AMBER, never RED;</li>
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
        // docs/law.md s0 item 3: RED only from the day after the due date; due today is AMBER
        if (isOverdue(today, due)) {
            return Rag.RED;
        }
        return daysLeft(today, due) <= AMBER_WITHIN_DAYS ? Rag.AMBER : Rag.GREEN;
    }
}
