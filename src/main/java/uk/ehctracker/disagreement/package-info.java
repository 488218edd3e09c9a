/**
 * A family's disagreement with an appealable decision (CFA s51(2)): mediation, its certificate,
 * the Tribunal appeal and the order or concession that may follow (docs/law.md s7). Commands and
 * reads {@code DisagreementService}; port {@code DisagreementProcess}, implemented in workflow/ over
 * bpmn/disagreement.bpmn. Reaches the case only through the assessment feature's services; the
 * case reaches it only through the {@code MediationCertificateRecorded} event.
 */
package uk.ehctracker.disagreement;
