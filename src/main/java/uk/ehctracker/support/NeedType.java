package uk.ehctracker.support;

/** The SEN need types of the school census and SEN2, each in its broad area of need. */
public enum NeedType {
    SPLD("Specific learning difficulty", AreaOfNeed.COGNITION_AND_LEARNING),
    MLD("Moderate learning difficulty", AreaOfNeed.COGNITION_AND_LEARNING),
    SLD("Severe learning difficulty", AreaOfNeed.COGNITION_AND_LEARNING),
    PMLD("Profound and multiple learning difficulty", AreaOfNeed.COGNITION_AND_LEARNING),
    SEMH("Social, emotional and mental health", AreaOfNeed.SOCIAL_EMOTIONAL_AND_MENTAL_HEALTH),
    SLCN("Speech, language and communication needs", AreaOfNeed.COMMUNICATION_AND_INTERACTION),
    HI("Hearing impairment", AreaOfNeed.SENSORY_AND_PHYSICAL),
    VI("Vision impairment", AreaOfNeed.SENSORY_AND_PHYSICAL),
    MSI("Multi-sensory impairment", AreaOfNeed.SENSORY_AND_PHYSICAL),
    PD("Physical disability", AreaOfNeed.SENSORY_AND_PHYSICAL),
    ASD("Autistic spectrum disorder", AreaOfNeed.COMMUNICATION_AND_INTERACTION),
    DS("Down syndrome", AreaOfNeed.COGNITION_AND_LEARNING),
    OTH("Other difficulty or disability", null);

    private final String label;
    private final AreaOfNeed area;

    NeedType(String label, AreaOfNeed area) {
        this.label = label;
        this.area = area;
    }

    public String label() {
        return label;
    }

    /** The broad area the type belongs to; null for "other", whose area depends on the pupil. */
    public AreaOfNeed area() {
        return area;
    }
}
