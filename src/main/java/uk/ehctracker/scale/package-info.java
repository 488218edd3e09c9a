/**
 * Running at national scale: the engine settings and indexes chosen from the measurements in
 * BENCHMARKS.md (job acquisition by due date, history cleanup that keeps the case record for its
 * retention period). Touches the engine only through its configuration and its tables.
 */
package uk.ehctracker.scale;
