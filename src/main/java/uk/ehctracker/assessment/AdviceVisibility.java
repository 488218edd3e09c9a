package uk.ehctracker.assessment;

import org.springframework.data.jpa.domain.Specification;
import uk.ehctracker.access.AdviceFilter;

/**
 * Turns the access policy's {@link AdviceFilter} into the WHERE clause of every read of a case's
 * advice, as {@link CaseVisibility} does for cases: what a person may not read never leaves the
 * database.
 */
final class AdviceVisibility {

    private AdviceVisibility() {
    }

    static Specification<AdviceRequest> of(AdviceFilter filter, AssessmentCase c) {
        Specification<AdviceRequest> ofCase = (root, q, cb) -> cb.equal(root.get("caseId"), c.getId());
        return ofCase.and(readable(filter, c));
    }

    private static Specification<AdviceRequest> readable(AdviceFilter filter, AssessmentCase c) {
        if (filter instanceof AdviceFilter.AllAdvice) {
            return (root, q, cb) -> cb.conjunction();
        }
        if (filter instanceof AdviceFilter.AdvisersOwn f) {
            return (root, q, cb) -> cb.and(root.get("kind").in(AdviceKinds.givenBy(f.discipline())),
                    cb.or(cb.equal(root.get("status"), AdviceStatus.REQUESTED), cb.equal(root.get("givenBy"), f.username())));
        }
        if (filter instanceof AdviceFilter.SchoolsOwn f) {
            if (c.getSchool() == null || c.getSchool().getId() != f.schoolId()) {
                return (root, q, cb) -> cb.disjunction();
            }
            return (root, q, cb) -> cb.and(cb.equal(root.get("kind"), AdviceKind.EDUCATIONAL),
                    cb.or(cb.equal(root.get("status"), AdviceStatus.REQUESTED), cb.equal(root.get("givenBy"), f.username())));
        }
        // AdviceFilter.NoAdvice, and anything new that has not been thought through: nothing
        return (root, q, cb) -> cb.disjunction();
    }
}
