package uk.ehctracker.workflow;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.transfer.TransferService;

/**
 * {@code ${transferClocks...}}: bpmn/plan-transfer.bpmn's clocks. A step is late only after its
 * last lawful day (docs/law.md s0 item 3): each escalation fires at 09:00 Europe/London the day after.
 */
@Component("transferClocks")
public class TransferClocks {

    /** [practice] The new LA's caseworkers are reminded 2 weeks before the family's 6 weeks end. */
    static final int REMINDER_DAYS_BEFORE = 14;

    private final TransferService transfers;

    TransferClocks(TransferService transfers) {
        this.transfers = transfers;
    }

    /** reg 15(2): the morning after the last day to transfer the plan. */
    public Date transferOverdueAt(Long transferId) {
        return StatutoryClock.escalationTimerDate(transfers.transferDueBy(transferId));
    }

    /** reg 15(4): the morning after the 6 weeks from the transfer. */
    public Date familyNoticeOverdueAt(Long transferId) {
        return StatutoryClock.escalationTimerDate(transfers.familyToldBy(transferId));
    }

    public Date familyNoticeReminderAt(Long transferId) {
        return StatutoryClock.timerDate(transfers.familyToldBy(transferId).minusDays(REMINDER_DAYS_BEFORE));
    }

    public void remind(DelegateExecution execution) {
        transfers.remindFamilyNotice(ProcessVariables.idOf(execution, ProcessNames.Variables.TRANSFER_ID));
    }

    public void escalate(DelegateExecution execution, String what, String managers) {
        transfers.escalate(ProcessVariables.idOf(execution, ProcessNames.Variables.TRANSFER_ID), what, managers);
    }
}
