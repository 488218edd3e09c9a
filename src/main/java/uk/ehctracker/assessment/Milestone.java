package uk.ehctracker.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import uk.ehctracker.statutory.TimeLimit;

/**
 * One statutory step on a case: when it is due and when it was done. Screens draw the timeline
 * from these rows and reports count "on time" from them.
 */
@Entity
@Table(name = "milestone")
public class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_limit", nullable = false)
    private TimeLimit timeLimit;

    /** For advice: which advice request. */
    @Column(name = "advice_id")
    private Long adviceId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(nullable = false)
    private boolean overdue;

    @Column(nullable = false)
    private boolean escalated;

    /** reg 13(1): a window given to the family ended without a response (not a missed step). */
    @Column(name = "window_ended", nullable = false)
    private boolean windowEnded;

    protected Milestone() {
    }

    /** The step under {@code limit} opens: its due date is the case's, copied for the lists and timers to query. */
    static Milestone opened(AssessmentCase c, TimeLimit limit) {
        return new Milestone(c.getId(), limit, null, c.dueDate(limit));
    }

    /** reg 8: an adviser was asked; the step is due when the advice request is. */
    static Milestone opened(AdviceRequest advice) {
        return new Milestone(advice.getCaseId(), TimeLimit.ADVICE, advice.getId(), advice.getDueOn());
    }

    private Milestone(long caseId, TimeLimit timeLimit, Long adviceId, LocalDate dueOn) {
        this.caseId = caseId;
        this.timeLimit = timeLimit;
        this.adviceId = adviceId;
        this.dueOn = dueOn;
    }

    void done(LocalDate on) {
        if (doneOn == null) {
            doneOn = on;
        }
    }

    /** reg 13(1): the window ended; the step is closed on its last day, neither late nor overdue. */
    void windowEnded() {
        if (doneOn == null) {
            doneOn = dueOn;
            windowEnded = true;
        }
    }

    void markOverdue(boolean escalatedToManager) {
        this.overdue = true;
        this.escalated = escalatedToManager;
    }

    public boolean isDone() {
        return doneOn != null;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public TimeLimit getTimeLimit() {
        return timeLimit;
    }

    public Long getAdviceId() {
        return adviceId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    /**
     * How the step stands today, the one place it is worked out (case page, work list, API):
     * {@code binding} is false while an exception excuses the limit; a closed case's unfinished
     * steps are no longer needed.
     */
    public StepStatus status(LocalDate today, boolean binding, boolean caseClosed) {
        if (windowEnded) {
            return StepStatus.WINDOW_ENDED;
        }
        return StepStatus.of(today, dueOn, doneOn, binding, caseClosed);
    }

    public boolean isOverdue() {
        return overdue;
    }

    public boolean isEscalated() {
        return escalated;
    }

    /** Whether the step closed because the family's window ended without a response (reg 13(1)). */
    public boolean isWindowEnded() {
        return windowEnded;
    }
}
