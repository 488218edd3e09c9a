package uk.ehctracker.support;

/** The four broad areas of need (Code 6.28-6.35). */
public enum AreaOfNeed {
    COMMUNICATION_AND_INTERACTION("Communication and interaction"),
    COGNITION_AND_LEARNING("Cognition and learning"),
    SOCIAL_EMOTIONAL_AND_MENTAL_HEALTH("Social, emotional and mental health"),
    SENSORY_AND_PHYSICAL("Sensory and/or physical");

    private final String label;

    AreaOfNeed(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
