/**
 * SEN support in school (SEND Code of Practice 0-25, chapter 6): the pupil's record on the SEN
 * register, needs ranked by type, the graduated approach as cycles of assess, plan, do and
 * review, the provision map with its yearly cost against the nationally prescribed threshold,
 * specialists involved with the parents' agreement, and parent meetings. The {@code sen-support}
 * process (bpmn/sen-support.bpmn) drives the cycle; {@link uk.ehctracker.support.SupportProcess}
 * and {@link uk.ehctracker.support.SenSupportDelegate} are the only classes here that name Camunda
 * types. A request for an EHC needs assessment goes through the assessment service.
 */
package uk.ehctracker.support;
