package uk.ehctracker.assessment;

/** What kind of thing happened on a case's timeline. */
public enum CaseEventKind {
    REQUEST_RECEIVED,
    DECISION,
    ADVICE,
    PLAN,
    FAMILY_RESPONSE,
    CONSULTATION,
    LETTER,
    REMINDER,
    OVERDUE,
    EXCEPTION,
    WITHDRAWN,
    ASSIGNED,
    NOTE
}
