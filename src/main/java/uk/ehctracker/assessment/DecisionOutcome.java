package uk.ehctracker.assessment;

/** The two decisions the LA makes and their outcomes. */
public enum DecisionOutcome {
    // s36(8): has or may have SEN and may need provision through a plan
    ASSESS(Kind.WHETHER_TO_ASSESS, true),
    DO_NOT_ASSESS(Kind.WHETHER_TO_ASSESS, false),
    // s37(1): necessary for provision to be made through a plan
    ISSUE(Kind.WHETHER_TO_ISSUE, true),
    DO_NOT_ISSUE(Kind.WHETHER_TO_ISSUE, false);

    public enum Kind {
        WHETHER_TO_ASSESS,
        WHETHER_TO_ISSUE
    }

    private final Kind kind;
    private final boolean positive;

    DecisionOutcome(Kind kind, boolean positive) {
        this.kind = kind;
        this.positive = positive;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isPositive() {
        return positive;
    }
}
