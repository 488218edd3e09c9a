/**
 * England's working days: the statutory rules (statutory/WorkingDays) with the one-off bank
 * holidays proclaimed each year, kept in the database and added by an admin.
 */
package uk.ehctracker.calendar;
