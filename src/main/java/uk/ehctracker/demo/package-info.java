/**
 * Demo data for the embedded default: two LAs, three schools, a dozen children at different
 * stages and one user per role. Seeded once, idempotently; on PostgreSQL only when asked.
 */
package uk.ehctracker.demo;
