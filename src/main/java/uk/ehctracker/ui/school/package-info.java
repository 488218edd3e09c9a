/**
 * The SENCO's screens: the school's SEN register, a pupil's SEN support (cycles, provision with
 * its yearly cost against the £6,000 threshold, specialists, parent meetings) and the request for
 * an EHC needs assessment with its evidence checklist. Every list is filtered in the query to the
 * SENCO's school by {@link uk.ehctracker.support.SenSupportService}.
 */
package uk.ehctracker.ui.school;
