/**
 * A family's concerns and complaints about SEN support at school or the council's handling of
 * the case, through each stage of the school's or the council's procedure, with the day each
 * reply is due and where the family can go next (docs/law.md s7, "Complaints").
 */
package uk.ehctracker.complaint;
