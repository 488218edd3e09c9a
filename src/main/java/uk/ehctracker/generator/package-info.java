/**
 * A data generator for measuring the tracker at national scale (profile {@code generate}, see
 * BENCHMARKS.md): local authorities, schools, staff, children with plans, and three years of
 * requests driven through {@code AssessmentService} so every case has its real process instance,
 * letters and timeline. Resumable: each unit of work commits together with its progress row.
 */
package uk.ehctracker.generator;
