package uk.ehctracker.access;

import uk.ehctracker.directory.Discipline;

/**
 * Which cases a person may see, as data: the case package turns it into the WHERE clause of
 * every list and every single read, so the rule lives here once and is enforced in the query.
 */
public sealed interface CaseFilter {

    /** LA caseworkers and managers: every case of their LA. */
    record LocalAuthorityCases(long laId) implements CaseFilter {
    }

    /** A SENCO: the cases of their school's pupils, those their school requested, and consultations sent to it. */
    record SchoolCases(long schoolId) implements CaseFilter {
    }

    /** A parent: their own children's cases. */
    record FamilyCases(long familyId) implements CaseFilter {
    }

    /** A young person (16-25) acting for themselves: their own case. */
    record OwnCase(long childId) implements CaseFilter {
    }

    /** A professional: the cases of their LA on which advice of their discipline was asked for. */
    record AdviserCases(long laId, Discipline discipline) implements CaseFilter {
    }

    /** Administrators run the system; they do not read children's cases. */
    record NoCases() implements CaseFilter {
    }
}
