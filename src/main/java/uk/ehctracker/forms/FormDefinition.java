package uk.ehctracker.forms;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed {@code .form} file.
 *
 * @param id     the form id, which is also the user task id and the file name
 * @param title  the first heading of the first text component, or {@code null} if there is none
 * @param fields every component in document order, flattened out of groups (each keeps its group
 *               id and label for layout); groups themselves are not listed
 */
public record FormDefinition(String id, String title, List<FormField> fields) {

    public FormDefinition {
        Objects.requireNonNull(id, "id");
        fields = List.copyOf(fields);
    }

    /** The title, if the form has one. */
    public Optional<String> titleIfAny() {
        return Optional.ofNullable(title);
    }

    /** The components that hold a value, in document order. */
    public List<FormField> inputFields() {
        return fields.stream().filter(FormField::isInput).toList();
    }

    /** The input component with this key. */
    public Optional<FormField> field(String key) {
        return fields.stream().filter(f -> f.isInput() && f.key().equals(key)).findFirst();
    }

    /** The keys of all input components, in document order. */
    public List<String> keys() {
        return inputFields().stream().map(FormField::key).toList();
    }
}
