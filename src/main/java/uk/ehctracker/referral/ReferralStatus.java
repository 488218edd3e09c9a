package uk.ehctracker.referral;

/** Where a notice that a child was brought to the LA's attention stands. */
public enum ReferralStatus {
    /** The LA has not yet decided whether to treat it as a request. */
    OPEN,
    /** Treated as a request: a case exists, and the clock started on the decision (CFA s24). */
    TREATED_AS_REQUEST,
    /** Not treated as a request, with the reason. */
    DECLINED
}
