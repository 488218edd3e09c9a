/**
 * Plans an LA made before the tracker (docs/law.md s9; docs/architecture.md, decisions): each is
 * recorded as the case of an existing plan (origin IMPORTED, no assessment process) with its next
 * review started, one plan per command ({@code ExistingPlans}), and an LA's caseload is imported
 * from a CSV file row by row with a report of the rows refused ({@code ExistingPlanImport}). The
 * generator makes its earlier plans through the same command.
 */
package uk.ehctracker.existingplans;
