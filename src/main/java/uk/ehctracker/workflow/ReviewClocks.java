package uk.ehctracker.workflow;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.ehctracker.review.ReviewClock;
import uk.ehctracker.review.ReviewService;
import uk.ehctracker.statutory.StatutoryClock;

/**
 * {@code ${reviewClocks...}}: the annual review's timers. Reminders and the review's window fire at
 * 09:00 Europe/London on their own date; a due timer at 09:00 the day after its due date, the last
 * lawful day (docs/law.md s0 item 3), and starts the manager's review beside the case.
 */
@Component("reviewClocks")
public class ReviewClocks {

    private final ReviewService reviews;

    ReviewClocks(ReviewService reviews) {
        this.reviews = reviews;
    }

    public Date opensAt(Long reviewId) {
        return StatutoryClock.timerDate(reviews.opensOn(reviewId));
    }

    public Date reminderAt(Long reviewId, String clock) {
        return StatutoryClock.timerDate(reviews.reminderDate(reviewId, ReviewClock.valueOf(clock)));
    }

    public Date dueAt(Long reviewId, String clock) {
        return StatutoryClock.escalationTimerDate(reviews.dueDate(reviewId, ReviewClock.valueOf(clock)));
    }

    /** reg 22(2): the family's window includes its last day; the process moves on the morning after. */
    public Date closesAt(Long reviewId, String clock) {
        return StatutoryClock.timerDate(reviews.dueDate(reviewId, ReviewClock.valueOf(clock)).plusDays(1));
    }

    public void askSetting(DelegateExecution execution) {
        reviews.askSetting(reviewIdOf(execution), ProcessVariables.idOf(execution, ProcessNames.Variables.LA_ID), schoolIdOf(execution));
    }

    public void remind(DelegateExecution execution, String clock) {
        reviews.remind(reviewIdOf(execution), ReviewClock.valueOf(clock), ProcessVariables.idOf(execution, ProcessNames.Variables.LA_ID),
                schoolIdOf(execution));
    }

    public void escalate(DelegateExecution execution, String clock) {
        reviews.escalate(reviewIdOf(execution), ReviewClock.valueOf(clock), (String) execution.getVariable(ProcessNames.Variables.MANAGERS));
    }

    private static long reviewIdOf(DelegateExecution execution) {
        return ProcessVariables.idOf(execution, ProcessNames.Variables.REVIEW_ID);
    }

    private static Long schoolIdOf(DelegateExecution execution) {
        Object school = execution.getVariable(ProcessNames.Variables.SCHOOL_ID);
        return school instanceof Number n ? n.longValue() : null;
    }
}
