package uk.ehctracker.assessment;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.CandidateGroups;
import uk.ehctracker.common.NotFoundException;

/** Who each piece of advice is asked of, which advice a case awaits, and who answers a consultation. */
@Service
@Transactional(readOnly = true)
public class CaseRouting {

    private final AssessmentCaseRepository cases;
    private final AdviceRequestRepository adviceRequests;

    CaseRouting(AssessmentCaseRepository cases, AdviceRequestRepository adviceRequests) {
        this.cases = cases;
        this.adviceRequests = adviceRequests;
    }

    /** The advice requests still awaited on a case (made when the LA decided to assess). */
    public List<Long> openAdviceRequestIds(long caseId) {
        return adviceRequests.findByCaseIdOrderByIdAsc(caseId).stream()
                .filter(AdviceRequest::isOpen).map(AdviceRequest::getId).toList();
    }

    /** The family gives their own views, the school its educational advice, professionals the rest. */
    public String candidateGroup(long adviceRequestId) {
        AdviceRequest advice = adviceRequests.findById(adviceRequestId).orElseThrow(() -> new NotFoundException("Advice request"));
        AssessmentCase c = cases.findById(advice.getCaseId()).orElseThrow(() -> new NotFoundException("Case"));
        String laCode = c.getLocalAuthority().getCode();
        return switch (advice.getKind()) {
            case PARENT -> CandidateGroups.family(c.getChild().getFamily().getId());
            // reg 6(1)(b): the head teacher or principal; with no school, the LA arranges it
            case EDUCATIONAL -> c.getSchool() == null ? CandidateGroups.caseworkers(laCode) : CandidateGroups.school(c.getSchool().getId());
            default -> CandidateGroups.adviser(laCode, advice.getKind().discipline());
        };
    }

    /** The family asked for a particular school (reg 13(1); CFA s38(2)(b)). */
    public boolean schoolRequested(long caseId) {
        return cases.findById(caseId).map(c -> c.getRequestedSchool() != null).orElse(false);
    }

    /** The family required a meeting with an LA officer about the draft (reg 13(1)(a)(ii)). */
    public boolean meetingRequired(long caseId) {
        return cases.findById(caseId).map(c -> Boolean.TRUE.equals(c.getWantsMeeting())).orElse(false);
    }

    /** The setting consulted answered that it can meet the needs (CFA s39, s40(3)). */
    public boolean settingCanMeetNeeds(long caseId) {
        return cases.findById(caseId).map(c -> Boolean.TRUE.equals(c.getSchoolCanMeetNeeds())).orElse(false);
    }

    /** After the setting's "cannot", the LA decided to consult another rather than name it anyway. */
    public boolean consultingAnother(long caseId) {
        return cases.findById(caseId).map(c -> c.getAfterConsultation() == AfterConsultation.CONSULT_ANOTHER).orElse(false);
    }

    /** reg 44; reg 45: an order to make a plan re-entered the assessment at the draft. */
    public boolean planOrdered(long caseId) {
        return cases.findById(caseId).map(c -> c.getOrderKind() == uk.ehctracker.statutory.Disagreement.OrderKind.MAKE_PLAN
                && c.getStage() == CaseStage.DRAFTING_PLAN).orElse(false);
    }

    /** The consultation goes to the school's SENCO when the directory knows it, and always to the caseworkers. */
    public List<String> consultationGroups(long caseId) {
        AssessmentCase c = cases.findById(caseId).orElseThrow(() -> new NotFoundException("Case"));
        String caseworkers = CandidateGroups.caseworkers(c.getLocalAuthority().getCode());
        return c.getConsultedSchool() == null ? List.of(caseworkers)
                : List.of(CandidateGroups.school(c.getConsultedSchool().getId()), caseworkers);
    }
}
