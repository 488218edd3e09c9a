package uk.ehctracker.review;

/** The LA's decision after a review meeting (reg 20(10)). */
public enum ReviewOutcome {
    /** Keep the plan as it is: the next review counts from the decision. */
    KEEP("Keep the plan as it is"),
    /** Amend the plan: the proposed amendments go with the decision (reg 22). */
    AMEND("Amend the plan"),
    /**
     * Propose to cease the plan (CFA s45): only a proposal; the family and the setting are consulted
     * and the council decides later, in its own process (reg 31; cessation/).
     */
    CEASE("Propose to cease the plan");

    private final String words;

    ReviewOutcome(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
