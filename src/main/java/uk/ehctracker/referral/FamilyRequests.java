package uk.ehctracker.referral;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.assessment.RequestedBy;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.directory.Role;
import uk.ehctracker.audit.AuditActions;
import uk.ehctracker.audit.Audited;

/**
 * A parent, or a young person (16-25) for themselves, asks the LA for an EHC needs assessment
 * without going through the school (CFA s36(1)). The clock starts today, the day the LA receives
 * it (CFA s24). For the family screens and the API.
 */
@Service
@Transactional
public class FamilyRequests {

    private final AssessmentService assessments;

    FamilyRequests(AssessmentService assessments) {
        this.assessments = assessments;
    }

    /**
     * Makes the request. The assessment service checks that the child is the person's own (or,
     * for a young person, themselves), that there is no open request, and the reasons; it records
     * the requester as PARENT or YOUNG_PERSON.
     *
     * @return the new case
     * @throws NotFoundException for anyone but a parent or young person, or a child not theirs
     */
    @Audited(value = "Request for an EHC needs assessment made by the family", action = AuditActions.CREATE)
    public AssessmentCase request(long childId, String reasons, CurrentUser by) {
        if (by.role() != Role.PARENT) {
            throw new NotFoundException("Child");
        }
        RequestedBy who = by.childId() != null ? RequestedBy.YOUNG_PERSON : RequestedBy.PARENT;
        return assessments.submitRequest(new Commands.NewRequest(childId, who, null, reasons, null, null), by);
    }
}
