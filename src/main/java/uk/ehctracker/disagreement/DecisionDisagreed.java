package uk.ehctracker.disagreement;

/** The appealable decision the family disagrees with (CFA s51(2)); the ones the tracker makes so far. */
public enum DecisionDisagreed {
    /** CFA s51(2)(a): a decision not to carry out an assessment. */
    NOT_TO_ASSESS("the decision not to carry out an EHC needs assessment"),
    /** CFA s51(2)(b): a decision not to issue a plan after the assessment. */
    NOT_TO_ISSUE("the decision not to issue an EHC plan"),
    /** CFA s51(2)(c): the plan's sections B or F, with or without I. */
    PLAN_CONTENT("what the EHC plan says (sections B, F or I)"),
    /** CFA s51(2)(c); s55(3): only the school named in section I, or that none is named: no certificate needed. */
    PLACEMENT_ONLY("only the school or type of school named in the EHC plan, or that none is named"),
    /** CFA s51(2)(f): a decision to cease to maintain the plan (CFA s45); the plan is kept until the disagreement ends. */
    CEASE("the decision to cease to maintain the EHC plan");

    private final String words;

    DecisionDisagreed(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** CFA s55(3): an appeal only about the placement needs no mediation certificate. */
    public boolean needsCertificate() {
        return this != PLACEMENT_ONLY;
    }

    /** A refusal recorded as a decision (the rest follow the final plan). */
    public boolean isRefusal() {
        return this == NOT_TO_ASSESS || this == NOT_TO_ISSUE;
    }
}
