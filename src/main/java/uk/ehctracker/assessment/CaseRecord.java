package uk.ehctracker.assessment;

import java.util.List;
import uk.ehctracker.letters.Letter;

/**
 * A case and everything recorded on it, as read by {@link AssessmentQueries#record}: the
 * milestones (nearest due first), decisions, advice requests, time-limit exceptions, the draft
 * plan, the final plan as finalised (empty until issued), the timeline, the letters (oldest first) and the family's views. Letters are all the
 * case's letters; which of them a person may open is the caller's filter. Advice and the family's
 * views are already filtered by the access policy: only what this person may read.
 */
public record CaseRecord(AssessmentCase kase, List<Milestone> milestones, List<Decision> decisions,
        List<AdviceRequest> advice, List<TimeLimitException> exceptions, List<PlanSection> draftPlan,
        List<PlanSection> finalPlan, List<CaseEvent> timeline, List<Letter> letters, List<FamilyViews> familyViews) {
}
