/**
 * Ceasing to maintain an EHC plan (CFA s45; regs 29-31; docs/law.md s9, "Ceasing"): proposed at a
 * review or otherwise, the family and the setting consulted, the decision notified with the appeal
 * and mediation rights, the plan kept while an appeal can be made or is running, then ended with
 * its reason. Commands and reads {@code CeaseService}; port {@code CeaseProcess}, implemented in
 * workflow/ over bpmn/cease-plan.bpmn. Hears a review's proposal through the review feature's
 * {@code CeasingProposed} event, and a disagreement with the decision through the disagreement
 * feature's {@code CeaseAppeals} port, which it implements.
 */
package uk.ehctracker.cessation;
