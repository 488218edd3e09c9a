/**
 * Camunda glue, and the only package that names Camunda types (apart from the webapp sign-in in
 * access): element ids and variable names in {@link uk.ehctracker.workflow.ProcessNames}, the
 * {@link uk.ehctracker.workflow.AssessmentProcess} door the services use to move a case's
 * process, and the thin beans the models call ({@code notices}, {@code deadlines},
 * {@code adviceRouting}, {@code planRouting}), which only translate and call services.
 */
package uk.ehctracker.workflow;
