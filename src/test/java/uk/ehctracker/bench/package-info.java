/**
 * Benchmarks (JUnit 5, tagged {@code benchmark}): never part of {@code ./mvnw verify}; run them
 * with {@code ./mvnw -Pbenchmark verify} against a PostgreSQL database (BENCHMARKS.md).
 */
package uk.ehctracker.bench;
