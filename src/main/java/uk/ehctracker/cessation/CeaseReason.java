package uk.ehctracker.cessation;

/**
 * Why a plan ceased, in the categories SEN2 reports a plan's cease reason by (docs/law.md s9,
 * s10). The legal ground is CFA s45(1): the LA is no longer responsible, or the plan is no longer
 * necessary. A move to another LA in England is a transfer (CFA s47), not a cessation.
 */
public enum CeaseReason {
    /** CFA s45(1)(b), (2): the special educational provision is no longer needed through a plan. */
    NEEDS_MET_WITHOUT_PLAN("The needs can be met without an EHC plan"),
    HIGHER_EDUCATION("The young person has started higher education"),
    EMPLOYMENT("The young person has taken up paid employment (not an apprenticeship)"),
    /** reg 30(1): only after a review that found the young person does not wish to return. */
    LEFT_EDUCATION_OVER_18("The young person, aged 18 or over, has left education and does not wish to return"),
    /** CFA s45(1)(a): the LA is no longer responsible. */
    MOVED_OUTSIDE_ENGLAND("The child or young person has moved outside England"),
    /** CFA s46: a plan may be kept to the end of the academic year in which the young person turns 25. */
    REACHED_AGE_LIMIT("The young person has reached the age limit (25)"),
    OTHER("Another reason, given in the notice");

    private final String words;

    CeaseReason(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
