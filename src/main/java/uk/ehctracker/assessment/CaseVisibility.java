package uk.ehctracker.assessment;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;
import uk.ehctracker.access.CaseFilter;

/**
 * Turns the access policy's {@link CaseFilter} into the WHERE clause every case query carries:
 * lists are filtered in the database, and a single read of a case one may not see finds nothing.
 */
final class CaseVisibility {

    private CaseVisibility() {
    }

    static Specification<AssessmentCase> of(CaseFilter filter) {
        if (filter instanceof CaseFilter.LocalAuthorityCases f) {
            return (root, q, cb) -> cb.equal(root.get("localAuthority").get("id"), f.laId());
        }
        if (filter instanceof CaseFilter.SchoolCases f) {
            return (root, q, cb) -> cb.or(
                    cb.equal(root.get("school").get("id"), f.schoolId()),
                    cb.equal(root.join("consultedSchool", JoinType.LEFT).get("id"), f.schoolId()));
        }
        if (filter instanceof CaseFilter.FamilyCases f) {
            return (root, q, cb) -> cb.equal(root.get("child").get("family").get("id"), f.familyId());
        }
        if (filter instanceof CaseFilter.OwnCase f) {
            return (root, q, cb) -> cb.equal(root.get("child").get("id"), f.childId());
        }
        if (filter instanceof CaseFilter.AdviserCases f) {
            return (root, q, cb) -> {
                Subquery<Long> asked = q.subquery(Long.class);
                var advice = asked.from(AdviceRequest.class);
                asked.select(advice.get("caseId")).where(
                        cb.equal(advice.get("caseId"), root.get("id")),
                        advice.get("kind").in(AdviceKinds.givenBy(f.discipline())));
                return cb.and(cb.equal(root.get("localAuthority").get("id"), f.laId()), cb.exists(asked));
            };
        }
        // CaseFilter.NoCases, and anything new that has not been thought through: nothing
        return (root, q, cb) -> cb.disjunction();
    }

    static Specification<AssessmentCase> withId(long caseId) {
        return (root, q, cb) -> cb.equal(root.get("id"), caseId);
    }
}
