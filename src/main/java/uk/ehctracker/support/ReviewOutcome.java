package uk.ehctracker.support;

/** What a review decides (Code 6.52-6.58, 6.63); the values are the model's {@code reviewOutcome}. */
public enum ReviewOutcome {
    ANOTHER_CYCLE("Another cycle of assess, plan, do, review"),
    INVOLVE_SPECIALIST("Involve a specialist"),
    REQUEST_ASSESSMENT("Request an EHC needs assessment"),
    LEAVE_SEN_SUPPORT("Needs met: leave SEN support");

    private final String label;

    ReviewOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
