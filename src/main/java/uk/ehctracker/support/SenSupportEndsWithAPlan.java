package uk.ehctracker.support;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.ehctracker.assessment.FinalPlanIssued;

/**
 * When a final EHC plan is issued the child's SEN support ends: the plan's provision replaces it
 * (docs/law.md s1: census code E, not K). The pupil's record says why, and its sen-support process
 * ends, in the transaction that issued the plan.
 */
@Component
class SenSupportEndsWithAPlan {

    private final SenSupportRecordRepository records;
    private final SupportProcess process;

    SenSupportEndsWithAPlan(SenSupportRecordRepository records, SupportProcess process) {
        this.records = records;
        this.process = process;
    }

    @EventListener
    void planIssued(FinalPlanIssued plan) {
        records.findByChildId(plan.childId()).ifPresent(record -> {
            String reason = "A final EHC plan was issued (" + plan.caseReference() + "); its provision replaces SEN support.";
            if (record.isOnSenSupport()) {
                record.leave(plan.issuedOn(), reason);
            }
            process.end(record.getId(), reason);
        });
    }
}
