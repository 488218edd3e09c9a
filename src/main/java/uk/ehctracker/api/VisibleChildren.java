package uk.ehctracker.api;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.directory.Child;

/**
 * The children a person may see, filtered in the query exactly as
 * {@link uk.ehctracker.access.AccessPolicy#maySeeChild} decides one child: LA staff their LA's
 * children, a SENCO their school's pupils, a parent their family's children, a young person
 * themselves; professionals and administrators none.
 */
@Service
@Transactional(readOnly = true)
class VisibleChildren {

    private final ChildLookup children;

    VisibleChildren(ChildLookup children) {
        this.children = children;
    }

    List<ApiModels.ChildView> of(CurrentUser user) {
        Specification<Child> scope = scope(user);
        if (scope == null) {
            return List.of();
        }
        return children.findAll(scope, Sort.by("lastName", "firstName", "id")).stream()
                .map(c -> new ApiModels.ChildView(c.getId(), c.getFullName(), c.getDateOfBirth(),
                        c.getSchool() == null ? null : c.getSchool().getName(), c.getSenStatus().name()))
                .toList();
    }

    /** The WHERE clause for this person, or null when they see no children. */
    static Specification<Child> scope(CurrentUser user) {
        switch (user.role()) {
            case LA_CASEWORKER, LA_MANAGER -> {
                Long laId = user.laId();
                return laId == null ? null : (root, q, cb) -> cb.equal(root.get("localAuthority").get("id"), laId);
            }
            case SENCO -> {
                Long schoolId = user.schoolId();
                return schoolId == null ? null : (root, q, cb) -> cb.equal(root.get("school").get("id"), schoolId);
            }
            case PARENT -> {
                Long childId = user.childId();
                if (childId != null) {
                    return (root, q, cb) -> cb.equal(root.get("id"), childId);
                }
                Long familyId = user.familyId();
                return familyId == null ? null : (root, q, cb) -> cb.equal(root.get("family").get("id"), familyId);
            }
            default -> {
                return null;
            }
        }
    }
}
