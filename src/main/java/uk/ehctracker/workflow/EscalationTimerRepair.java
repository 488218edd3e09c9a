package uk.ehctracker.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.ehctracker.assessment.AssessmentDeadlines;
import uk.ehctracker.common.BeforeServing;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.statutory.TimeLimit;

/**
 * Moves escalation timers that an earlier version set for 09:00 ON the due date to 09:00 the day
 * after it (docs/decisions/0002; docs/law.md s0 item 3). Such a timer would fire while the step is
 * still lawful; {@link AssessmentDeadlines#escalate} then rightly does nothing, and the step would
 * never be escalated. Runs once, before serving: it reads every waiting escalation timer, which
 * at national scale is too much for every start, so the engine's property table records that it
 * has run (timers set since are right already). A timer already at the right time is left alone,
 * and one only ever moves later, never earlier.
 */
@Component
@Order(BeforeServing.ENGINE + 1)
public class EscalationTimerRepair implements BeforeServing {

    /** The escalation timers of bpmn/ehc-needs-assessment.bpmn and the limit each escalates. */
    static final Map<String, TimeLimit> CASE_TIMERS = caseTimers();
    /** The advice branch's escalation timer (reg 8(1)); its limit is per advice request. */
    static final String ADVICE_TIMER = "adviceDue";

    private static final Logger log = LoggerFactory.getLogger(EscalationTimerRepair.class);
    private static final int PAGE = 500;
    /** Set in the engine's property table once the repair has run on this database. */
    static final String DONE_PROPERTY = "ehc.escalation-timers-day-after";

    private final ManagementService management;
    private final RuntimeService runtime;
    private final AssessmentDeadlines deadlines;
    private final boolean enabled;

    EscalationTimerRepair(ManagementService management, RuntimeService runtime, AssessmentDeadlines deadlines,
            @Value("${ehc.timers.repair-on-start:true}") boolean enabled) {
        this.management = management;
        this.runtime = runtime;
        this.deadlines = deadlines;
        this.enabled = enabled;
    }

    @Override
    public void prepare() {
        if (!enabled || management.getProperties().containsKey(DONE_PROPERTY)) {
            return;
        }
        int moved = repair();
        management.setProperty(DONE_PROPERTY, "done");
        if (moved > 0) {
            log.info("Moved {} escalation timer(s) to the morning after their last lawful day", moved);
        }
    }

    /** Moves every early escalation timer; returns how many moved. */
    public int repair() {
        int moved = 0;
        for (Map.Entry<String, TimeLimit> timer : CASE_TIMERS.entrySet()) {
            for (Job job : jobs(timer.getKey())) {
                Object caseId = runtime.getVariable(job.getProcessInstanceId(), ProcessNames.Variables.CASE_ID);
                if (caseId instanceof Number id) {
                    moved += moveIfEarly(job, deadlines.dueDate(id.longValue(), timer.getValue()));
                }
            }
        }
        for (Job job : jobs(ADVICE_TIMER)) {
            Object adviceId = runtime.getVariable(job.getExecutionId(), ProcessNames.Variables.ADVICE_REQUEST_ID);
            if (adviceId instanceof Number id) {
                moved += moveIfEarly(job, deadlines.adviceDueDate(id.longValue()));
            }
        }
        return moved;
    }

    private int moveIfEarly(Job job, LocalDate due) {
        // docs/law.md s0 item 3: escalate at 09:00 London the day after the last lawful day
        Date escalation = StatutoryClock.escalationTimerDate(due);
        if (job.getDuedate() != null && job.getDuedate().before(escalation)) {
            management.setJobDuedate(job.getId(), escalation);
            return 1;
        }
        return 0;
    }

    private List<Job> jobs(String activityId) {
        List<Job> all = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<Job> page = management.createJobQuery().timers().activityId(activityId).orderByJobId().asc()
                    .listPage(first, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
        }
    }

    private static Map<String, TimeLimit> caseTimers() {
        Map<String, TimeLimit> timers = new LinkedHashMap<>();
        timers.put("decisionToAssessDue", TimeLimit.DECISION_TO_ASSESS);
        timers.put("decisionToIssueDue", TimeLimit.DECISION_NOT_TO_ISSUE);
        timers.put("finalPlanDue", TimeLimit.FINAL_PLAN);
        timers.put("consultationDue", TimeLimit.SCHOOL_CONSULTATION);
        return Map.copyOf(timers);
    }
}
