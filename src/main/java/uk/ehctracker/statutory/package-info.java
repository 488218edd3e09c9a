/**
 * The law of the EHC needs-assessment process as plain Java: the statutory time limits
 * (SEND Regulations 2014, Children and Families Act 2014 Part 3), the exceptions to them,
 * the appeal deadline, and the London-time calendar arithmetic the workflow timers use.
 *
 * <p>This package depends on nothing but the JDK (no Spring, no Camunda), so every rule can be
 * read, tested and cited on its own. Each rule that encodes the law carries a one-line comment
 * citing its source (CFA 2014 section or SEND Regulations 2014 regulation).
 */
package uk.ehctracker.statutory;
