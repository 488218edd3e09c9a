package uk.ehctracker.workflow;

import org.springframework.stereotype.Component;
import uk.ehctracker.assessment.CaseRouting;

/**
 * {@code ${planRouting...}}: whether the family asked for a school, and who answers the consultation
 * (CFA s39); whether they asked for a meeting about the draft (reg 13(1)(a)(ii)).
 */
@Component("planRouting")
public class PlanRoutingDelegate {

    private final CaseRouting routing;

    PlanRoutingDelegate(CaseRouting routing) {
        this.routing = routing;
    }

    /** reg 44; reg 45: an order to make a plan enters the plan's part at the draft. */
    public boolean planOrdered(Long caseId) {
        return routing.planOrdered(caseId);
    }

    public boolean schoolRequested(Long caseId) {
        return routing.schoolRequested(caseId);
    }

    public boolean meetingRequired(Long caseId) {
        return routing.meetingRequired(caseId);
    }

    public boolean settingCanMeetNeeds(Long caseId) {
        return routing.settingCanMeetNeeds(caseId);
    }

    public boolean consultingAnother(Long caseId) {
        return routing.consultingAnother(caseId);
    }

    public String consultedSchoolGroup(Long caseId) {
        return String.join(",", routing.consultationGroups(caseId));
    }
}
