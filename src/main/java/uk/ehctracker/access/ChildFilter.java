package uk.ehctracker.access;

import org.springframework.data.jpa.domain.Specification;
import uk.ehctracker.directory.Child;

/**
 * Which children a person may see, as data, beside {@link CaseFilter}: LA staff their LA's
 * children, a SENCO their school's pupils, a parent their family's children, a young person
 * themselves; professionals and administrators none. The same filter answers for one child and
 * is the WHERE clause of every list of children, so the two cannot drift apart.
 */
public sealed interface ChildFilter {

    /** The WHERE clause of a list of children. */
    Specification<Child> where();

    /** Whether one child passes the filter. */
    boolean admits(long laId, Long schoolId, long familyId, long childId);

    default boolean admits(Child child) {
        return admits(child.getLocalAuthority().getId(), child.getSchool() == null ? null : child.getSchool().getId(),
                child.getFamily().getId(), child.getId());
    }

    record LocalAuthorityChildren(long laId) implements ChildFilter {
        public Specification<Child> where() {
            return (root, q, cb) -> cb.equal(root.get("localAuthority").get("id"), laId);
        }

        public boolean admits(long childLaId, Long schoolId, long familyId, long childId) {
            return childLaId == laId;
        }
    }

    record SchoolPupils(long schoolId) implements ChildFilter {
        public Specification<Child> where() {
            return (root, q, cb) -> cb.equal(root.get("school").get("id"), schoolId);
        }

        public boolean admits(long laId, Long childSchoolId, long familyId, long childId) {
            return childSchoolId != null && childSchoolId == schoolId;
        }
    }

    record FamilyChildren(long familyId) implements ChildFilter {
        public Specification<Child> where() {
            return (root, q, cb) -> cb.equal(root.get("family").get("id"), familyId);
        }

        public boolean admits(long laId, Long schoolId, long childFamilyId, long childId) {
            return childFamilyId == familyId;
        }
    }

    /** A young person (16-25) acting for themselves. */
    record Themselves(long childId) implements ChildFilter {
        public Specification<Child> where() {
            return (root, q, cb) -> cb.equal(root.get("id"), childId);
        }

        public boolean admits(long laId, Long schoolId, long familyId, long id) {
            return id == childId;
        }
    }

    record NoChildren() implements ChildFilter {
        public Specification<Child> where() {
            return (root, q, cb) -> cb.disjunction();
        }

        public boolean admits(long laId, Long schoolId, long familyId, long childId) {
            return false;
        }
    }
}
