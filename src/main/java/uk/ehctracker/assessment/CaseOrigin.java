package uk.ehctracker.assessment;

/** How a case came to the tracker. */
public enum CaseOrigin {
    /** A request for an assessment made on the tracker, with its process from the start. */
    REQUEST,
    /** A plan made before the tracker, recorded from the LA's records: no assessment process, its reviews only. */
    IMPORTED
}
