/**
 * Who may see and do what. {@link uk.ehctracker.access.CurrentUser} is the signed-in person with
 * their LA, school or family; {@link uk.ehctracker.access.CandidateGroups} names the Camunda
 * groups that route tasks to them; the security configuration guards every door (Vaadin views,
 * {@code /api}, Camunda's webapps and REST API).
 */
package uk.ehctracker.access;
