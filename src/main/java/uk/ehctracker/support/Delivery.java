package uk.ehctracker.support;

/** How an intervention on the provision map is delivered. */
public enum Delivery {
    GROUP("Group"),
    INDIVIDUAL("Individual");

    private final String label;

    Delivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
