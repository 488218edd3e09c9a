package uk.ehctracker.forms;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The form-js component types we support: those that the form-js 1.8 renderer bundled with
 * Camunda 7.24 Tasklist renders, and that we can validate on the server.
 */
public enum FieldType {
    /** Read-only text (markdown) explaining the task; no value. */
    TEXT("text"),
    TEXTFIELD("textfield"),
    TEXTAREA("textarea"),
    NUMBER("number"),
    SELECT("select"),
    RADIO("radio"),
    CHECKBOX("checkbox"),
    CHECKLIST("checklist"),
    /** Only the {@code date} subtype is supported. */
    DATETIME("datetime"),
    /** A container of other components; no value of its own. */
    GROUP("group");

    private final String schemaType;

    FieldType(String schemaType) {
        this.schemaType = schemaType;
    }

    /** The {@code type} as written in the {@code .form} JSON. */
    public String schemaType() {
        return schemaType;
    }

    /** Whether a component of this type holds a value under a {@code key}. */
    public boolean isInput() {
        return this != TEXT && this != GROUP;
    }

    /** Whether the value must be one of the component's {@code values}. */
    public boolean hasOptions() {
        return this == SELECT || this == RADIO || this == CHECKLIST;
    }

    /** Whether values are free text (length and pattern rules apply). */
    public boolean isText() {
        return this == TEXTFIELD || this == TEXTAREA;
    }

    /** The type for a form-js {@code type} string, if we support it. */
    public static Optional<FieldType> fromSchemaType(String type) {
        if (type == null) {
            return Optional.empty();
        }
        String wanted = type.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.schemaType.equals(wanted)).findFirst();
    }
}
