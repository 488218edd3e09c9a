package uk.ehctracker.access;

import uk.ehctracker.directory.Discipline;

/**
 * The one place that spells Camunda candidate group names. Tasks are routed to groups, never to
 * a hard-coded person, so that a team shares its work list and hand-over is a claim.
 */
public final class CandidateGroups {

    private CandidateGroups() {
    }

    public static String caseworkers(String laCode) {
        return "la:" + laCode + ":caseworker";
    }

    public static String managers(String laCode) {
        return "la:" + laCode + ":manager";
    }

    public static String school(long schoolId) {
        return "school:" + schoolId;
    }

    public static String family(long familyId) {
        return "family:" + familyId;
    }

    public static String adviser(String laCode, Discipline discipline) {
        return "la:" + laCode + ":adviser:" + discipline.name();
    }
}
