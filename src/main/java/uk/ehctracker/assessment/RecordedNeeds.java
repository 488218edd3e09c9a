package uk.ehctracker.assessment;

/**
 * What is recorded elsewhere about a child's needs (the school's SEN support record), as far as
 * the assessment needs it. A port the assessment owns; support/ implements it, so the case does
 * not depend on SEN support.
 */
public interface RecordedNeeds {

    /** Whether the child's recorded needs include a hearing, vision or multi-sensory impairment (census HI, VI, MSI). */
    boolean hasSensoryImpairment(long childId);
}
