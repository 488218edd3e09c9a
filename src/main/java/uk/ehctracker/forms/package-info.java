/**
 * Camunda Forms (form-js JSON, {@code forms/*.form}) read, validated and rendered on the server.
 *
 * <p>The {@code .form} files are the single description of what each user task asks for: the
 * Camunda Tasklist renders them with form-js, and this package reads the same files so that
 * our own Vaadin screens and the REST API ask the same questions and apply the same rules.
 *
 * <ul>
 *   <li>{@link uk.ehctracker.forms.FormSchemaReader} parses a {@code .form} file into a
 *       {@link uk.ehctracker.forms.FormDefinition}, rejecting anything outside the subset of
 *       form-js 1.8 that we support (see {@link uk.ehctracker.forms.FieldType}).</li>
 *   <li>{@link uk.ehctracker.forms.FormRegistry} loads every {@code classpath*:forms/*.form} at
 *       start-up and fails start-up on an invalid form.</li>
 *   <li>{@link uk.ehctracker.forms.FormValidator} is the server-side validation used by both the
 *       UI and the REST API: raw values in, typed values or plain-English errors out.</li>
 *   <li>{@link uk.ehctracker.forms.VaadinFormRenderer} builds an accessible Vaadin form from a
 *       definition, using free core components only.</li>
 * </ul>
 *
 * <p>No Camunda types are used here: the package only knows the form-js JSON format.
 */
package uk.ehctracker.forms;
