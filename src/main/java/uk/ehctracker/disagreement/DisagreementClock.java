package uk.ehctracker.disagreement;

/** The clocks the disagreement process times (bpmn/disagreement.bpmn; docs/PROCESS-CONTRACT.md). */
public enum DisagreementClock {
    /** reg 34, reg 39: the mediation certificate, 3 working days after the contact or the mediation. */
    CERTIFICATE,
    /** The LA must arrange mediation within 30 days of being told the family wants it. */
    MEDIATION,
    /** The LA's response to the appeal, by the date the Tribunal set. */
    RESPONSE
    // an order's (reg 44) or a concession's (reg 45) limits are the assessment's own once it re-enters it
}
