package uk.ehctracker.statutory;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The statutory time limits of the EHC needs-assessment process, in calendar days.
 *
 * <p>{@link #dueFrom(LocalDate)} gives the last day on which the step is on time. The start date
 * is the date named in each constant's comment.
 */
public enum TimeLimit {

    /** Start: the day the LA received the request (or became responsible, CFA s24). */
    // reg 5(1): decision whether to assess notified within 6 weeks of the request
    DECISION_TO_ASSESS("reg 5(1)", "Decision whether to assess", 42, 7, true),

    /** Start: the day the adviser received the LA's request for advice. */
    // reg 8(1): advice provided within 6 weeks of the adviser receiving the LA's request
    ADVICE("reg 8", "Advice from an adviser", 42, 14, true),

    /** Start: the day the LA received the request. */
    // reg 10(1): decision not to issue a plan notified within 16 weeks of the request
    DECISION_NOT_TO_ISSUE("reg 10(1)", "Decision not to issue a plan", 112, 7, true),

    /** Start: the day the draft plan was served (that day counts as day 1). */
    // reg 13(1); CFA s38: at least 15 days beginning with the day the draft is served, so +14
    DRAFT_COMMENTS("reg 13(1)", "Family's comments on the draft plan", 14, 7, false),

    /** Start: the day the school or setting received the consultation. */
    // CFA s39(2), s40(3): consult before naming; 15 days is usual practice, not statute (no LA
    // setting for it exists yet, so every LA gets the usual 15 days)
    SCHOOL_CONSULTATION("CFA s39, s40", "School's response to consultation", 14, 7, false),

    /** Start: the day the LA received the request. */
    // reg 13(2): final plan issued within 20 weeks of the request
    FINAL_PLAN("reg 13(2)", "Final EHC plan issued", 140, 21, true);

    private final String citation;
    private final String label;
    private final int daysAfterStart;
    private final int reminderDaysBefore;
    private final boolean exceptionsCanApply;

    TimeLimit(String citation, String label, int daysAfterStart, int reminderDaysBefore,
              boolean exceptionsCanApply) {
        this.citation = citation;
        this.label = label;
        this.daysAfterStart = daysAfterStart;
        this.reminderDaysBefore = reminderDaysBefore;
        this.exceptionsCanApply = exceptionsCanApply;
    }

    /** The legal source, e.g. "reg 5(1)". */
    public String citation() {
        return citation;
    }

    /** A plain-English label for LA staff, e.g. "Decision whether to assess". */
    public String label() {
        return label;
    }

    /** The last day on which the step is on time, counted in calendar days from {@code start}. */
    public LocalDate dueFrom(LocalDate start) {
        Objects.requireNonNull(start, "start must not be null");
        return start.plusDays(daysAfterStart);
    }

    /**
     * The start date a due date derives from: the inverse of {@link #dueFrom(LocalDate)}, as every
     * due date is its start date plus this limit's days (docs/law.md s0 item 8).
     */
    public LocalDate startFor(LocalDate due) {
        Objects.requireNonNull(due, "due must not be null");
        return due.minusDays(daysAfterStart);
    }

    /**
     * How many days before the due date to remind. 7 days by default; 14 for advice (the chaser
     * at week 4); 21 for the final plan (week 17, when the draft must go out: a planning figure,
     * not law).
     */
    public int reminderDaysBefore() {
        return reminderDaysBefore;
    }

    /** The reminder date: the due date minus {@link #reminderDaysBefore()}. */
    public LocalDate reminderFrom(LocalDate start) {
        return dueFrom(start).minusDays(reminderDaysBefore);
    }

    /**
     * Whether the regulations allow exceptions to this limit: reg 5(4), reg 8(2), reg 10(4) and
     * reg 13(3). The family's and the school's 15-day windows have none.
     */
    public boolean exceptionsCanApply() {
        return exceptionsCanApply;
    }
}
