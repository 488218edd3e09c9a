package uk.ehctracker.access;

import uk.ehctracker.directory.Discipline;

/**
 * Which advice on a case a person may read, as data beside {@link CaseFilter}: the case package
 * turns it into the WHERE clause of every read of advice, so an adviser never receives another
 * adviser's words (docs/law.md s5: the family and the LA receive all the advice; it forms
 * section K of the plan).
 */
public sealed interface AdviceFilter {

    /** LA staff of the case's LA and the family: every piece of advice and the family's views. */
    record AllAdvice() implements AdviceFilter {
    }

    /** A professional: the requests made of their discipline, and of those answered only what they gave. */
    record AdvisersOwn(Discipline discipline, String username) implements AdviceFilter {
    }

    /** A SENCO: the educational advice asked of their school, and of that answered only what they gave. */
    record SchoolsOwn(long schoolId, String username) implements AdviceFilter {
    }

    /** Anyone else: no advice. */
    record NoAdvice() implements AdviceFilter {
    }
}
