package uk.ehctracker.assessment;

/** Who asked for the assessment (CFA s36(1)), or who brought the child to the LA's attention. */
public enum RequestedBy {
    PARENT,
    YOUNG_PERSON,
    SCHOOL,
    /** Brought to the LA's attention by someone else and accepted as a request (CFA s24). */
    OTHER
}
