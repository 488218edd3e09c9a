package uk.ehctracker.support;

import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.ehctracker.assessment.ExistingPlanRecorded;
import uk.ehctracker.assessment.FinalPlanIssued;
import uk.ehctracker.common.DateFormats;

/**
 * When a final EHC plan is issued, or a plan the council made before the tracker is recorded, the
 * child's SEN support ends: the plan's provision replaces it (docs/law.md s1: census code E, not
 * K). The pupil's record says why, and its sen-support process ends, in the transaction that
 * issued or recorded the plan.
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
        end(plan.childId(), plan.issuedOn(), "A final EHC plan was issued (" + plan.caseReference() + "); its provision replaces SEN support.");
    }

    @EventListener
    void existingPlanRecorded(ExistingPlanRecorded plan) {
        // left on the day the tracker learned of the plan: the school's record may run past the plan's own date
        end(plan.childId(), plan.recordedOn(), "An EHC plan of " + DateFormats.full(plan.planDate()) + ", made before the tracker, was recorded ("
                + plan.caseReference() + "); its provision replaces SEN support.");
    }

    private void end(long childId, LocalDate on, String reason) {
        records.findByChildId(childId).ifPresent(record -> {
            if (record.isOnSenSupport()) {
                record.leave(on, reason);
            }
            process.end(record.getId(), reason);
        });
    }
}
