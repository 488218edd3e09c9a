/**
 * Who is who: local authorities, schools, families, children and the people who sign in, with
 * the links between them that the access policy reads (a caseworker's LA, a SENCO's school, a
 * parent's family).
 */
package uk.ehctracker.directory;
