package uk.ehctracker.forms;

/**
 * A value that failed validation.
 *
 * @param key     the field's key (for an unknown field, the key that was sent)
 * @param label   the field's visible label (for an unknown field, the key)
 * @param message a plain-English sentence naming the field by its label, e.g.
 *                "Reasons is required"
 */
public record FieldError(String key, String label, String message) {
}
