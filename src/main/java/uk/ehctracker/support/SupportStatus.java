package uk.ehctracker.support;

/** Where a pupil's SEN support record stands. */
public enum SupportStatus {
    /** On the SEN register at SEN support (census code K). */
    ON_SEN_SUPPORT("SEN support"),
    /** Taken off SEN support: needs met by high-quality teaching (or a plan issued). */
    LEFT("Left SEN support");

    private final String label;

    SupportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
