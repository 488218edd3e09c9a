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
    FINAL_PLAN("reg 13(2)", "Final EHC plan issued", 140, 21, true),

    // The limits of an order of the First-tier Tribunal (reg 44), or of a concession (reg 45),
    // counted from the day of the order or the day the LA told the Tribunal it would not oppose.
    // Each replaces the request's limit for the step it names (statutory.Disagreement#limitUnder).
    // reg 44 and 45 have exceptions of their own, not yet recorded (docs/law.md s7).

    /** Start: the day of the order to assess (or of the concession). */
    // reg 44; reg 45(3): the family told within 2 weeks that the LA will assess
    ORDERED_NOTICE_TO_ASSESS("reg 44; reg 45(3)", "Family told the council will assess, as ordered", 14, 7, false),

    /** Start: the day of the order to assess (or of the concession). */
    // reg 44; reg 45(3A)(a): a decision not to issue a plan within 10 weeks
    ORDERED_DECISION_NOT_TO_ISSUE("reg 44; reg 45(3A)(a)", "Decision not to issue a plan, after an ordered assessment", 70, 7, false),

    /** Start: the day of the order to assess (or of the concession). */
    // reg 44; reg 45(3A)(b): the final plan within 14 weeks
    ORDERED_FINAL_PLAN_AFTER_ASSESSMENT("reg 44; reg 45(3A)(b)", "Final EHC plan, after an ordered assessment", 98, 21, false),

    /** Start: the day of the order to make a plan (or of the concession). */
    // reg 44; reg 45: the draft plan within 5 weeks
    ORDERED_DRAFT_PLAN("reg 44; reg 45", "Draft EHC plan, as ordered", 35, 7, false),

    /** Start: the day of the order to make a plan (or of the concession). */
    // reg 44; reg 45: the final plan within 11 weeks
    ORDERED_FINAL_PLAN("reg 44; reg 45", "Final EHC plan, as ordered", 77, 21, false),

    /** Start: the day of the order about the plan's contents (or of the concession). */
    // reg 44; reg 45(4): the amended plan within 5 weeks
    ORDERED_AMENDED_PLAN("reg 44; reg 45(4)", "Amended EHC plan, as ordered", 35, 7, false),

    /** Start: the day of the order about the setting named in section I only (or of the concession). */
    // reg 44(2)(f); reg 45(5): the amended plan naming the setting within 2 weeks
    ORDERED_AMENDED_PLACEMENT("reg 44(2)(f); reg 45(5)", "Amended EHC plan naming the setting, as ordered", 14, 7, false);

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

    /** Whether this limit is one of an order of the Tribunal or a concession (reg 44, reg 45). */
    public boolean isOrdered() {
        return name().startsWith("ORDERED_");
    }

    /**
     * Whether the regulations allow exceptions to this limit: reg 5(4), reg 8(2), reg 10(4) and
     * reg 13(3). The family's and the school's 15-day windows have none.
     */
    public boolean exceptionsCanApply() {
        return exceptionsCanApply;
    }
}
