package uk.ehctracker.workflow;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import uk.ehctracker.common.ClockTravel;

/**
 * For the generator and the demo, beside {@link ClockTravel}: a review entered on its past days must pass
 * the timers it waits at on the way (its window opening, its reminders), as the job executor would
 * have fired them on those days. Fires, in the caller's transaction, the review's timers due by
 * this thread's travelled clock.
 */
@Component
public class GeneratedTimers {

    /** A guard: each timer fired may arm another already due; a review has far fewer than this. */
    private static final int AT_MOST = 20;

    private final RuntimeService runtime;
    private final ManagementService management;
    private final EngineClock clock = new EngineClock();

    GeneratedTimers(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    /** Fires the review's timers due by now (this thread's clock); returns how many fired. */
    public int fireReviewTimersDue(long reviewId) {
        ProcessInstance pi = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessNames.ANNUAL_REVIEW_PROCESS)
                .processInstanceBusinessKey(Long.toString(reviewId)).singleResult();
        if (pi == null) {
            return 0;
        }
        int fired = 0;
        for (int round = 0; round < AT_MOST; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(pi.getId()).timers()
                    .duedateLowerThan(Date.from(clock.instant().plusMillis(1))).list();
            if (due.isEmpty()) {
                break;
            }
            for (Job job : due) {
                management.executeJob(job.getId());
                fired++;
            }
        }
        return fired;
    }
}
