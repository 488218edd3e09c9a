package uk.ehctracker.access;

import java.util.ArrayList;
import java.util.List;
import uk.ehctracker.directory.Discipline;
import uk.ehctracker.directory.Role;

/**
 * The signed-in person, as the access policy needs them: their role and the LA, school or family
 * they belong to. A snapshot taken at sign-in; it holds no personal data beyond their own name.
 */
public record CurrentUser(
        long userId,
        String username,
        String displayName,
        Role role,
        Long laId,
        String laCode,
        Long schoolId,
        Long familyId,
        Long childId,
        Discipline discipline) {

    /** The person as the policy sees them, from their account. */
    public static CurrentUser of(uk.ehctracker.directory.AppUser u) {
        return new CurrentUser(
                u.getId(),
                u.getUsername(),
                u.getDisplayName(),
                u.getRole(),
                u.getLocalAuthority() == null ? null : u.getLocalAuthority().getId(),
                u.getLocalAuthority() == null ? null : u.getLocalAuthority().getCode(),
                u.getSchool() == null ? null : u.getSchool().getId(),
                u.getFamily() == null ? null : u.getFamily().getId(),
                u.getChild() == null ? null : u.getChild().getId(),
                u.getDiscipline());
    }

    public boolean is(Role r) {
        return role == r;
    }

    public boolean isLaStaff() {
        return role == Role.LA_CASEWORKER || role == Role.LA_MANAGER;
    }

    /** The Camunda candidate groups this person's tasks are routed through. */
    public List<String> candidateGroups() {
        List<String> groups = new ArrayList<>();
        switch (role) {
            case LA_CASEWORKER -> groups.add(CandidateGroups.caseworkers(laCode));
            case LA_MANAGER -> {
                groups.add(CandidateGroups.managers(laCode));
                groups.add(CandidateGroups.caseworkers(laCode));
            }
            case SENCO -> groups.add(CandidateGroups.school(schoolId));
            case PARENT -> groups.add(CandidateGroups.family(familyId));
            case PROFESSIONAL -> groups.add(CandidateGroups.adviser(laCode, discipline));
            case ADMIN -> {
            }
        }
        return List.copyOf(groups);
    }
}
