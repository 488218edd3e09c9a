/**
 * Accounts for real people: an admin gives LA staff, school staff and professionals an account;
 * LA staff invite a family (or a young person) to their child's case. Each gets a one-time,
 * expiring link by e-mail to set their own password, checked against a minimum length and a list
 * of common passwords. Every change is audited.
 */
package uk.ehctracker.accounts;
