package uk.ehctracker.assessment;

import java.time.LocalDate;
import uk.ehctracker.statutory.StatutoryClock;

/**
 * A statutory step's traffic light, always with words: colour alone never carries the meaning
 * (WCAG 1.4.1). Closed cases' unfinished steps are "no longer needed", not overdue.
 */
public enum StepStatus {
    ON_TRACK("On track", "rag-green"),
    DUE_SOON("Due soon", "rag-amber"),
    OVERDUE("Overdue", "rag-red"),
    DONE_ON_TIME("Done on time", "rag-done"),
    DONE_LATE("Done late", "rag-late"),
    EXCEPTION("Exception applies", "rag-exception"),
    NOT_NEEDED("No longer needed", "rag-none"),
    /** reg 13(1): the family's 15 days ended without comments; not the LA's failure. */
    WINDOW_ENDED("Time for comments ended", "rag-none");

    private final String label;
    private final String cssClass;

    StepStatus(String label, String cssClass) {
        this.label = label;
        this.cssClass = cssClass;
    }

    public String label() {
        return label;
    }

    public String cssClass() {
        return cssClass;
    }

    public static StepStatus of(LocalDate today, LocalDate due, LocalDate doneOn, boolean binding, boolean caseClosed) {
        if (caseClosed && doneOn == null) {
            return NOT_NEEDED;
        }
        return switch (StatutoryClock.rag(today, due, doneOn, binding)) {
            case GREEN -> ON_TRACK;
            case AMBER -> DUE_SOON;
            case RED -> OVERDUE;
            case DONE_ON_TIME -> DONE_ON_TIME;
            case DONE_LATE -> DONE_LATE;
            case EXCEPTION -> EXCEPTION;
        };
    }
}
