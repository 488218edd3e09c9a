package uk.ehctracker.forms;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One component of a form, flattened out of any group it sits in.
 *
 * @param id          the component's {@code id} in the form (unique within the form)
 * @param key         the variable the value is stored under; {@code null} for text components
 * @param label       the visible label ({@code dateLabel} for dates); for text components, the
 *                    markdown text itself
 * @param type        the component type
 * @param required    whether a value must be given (a checkbox must be ticked, a checklist must
 *                    have at least one tick)
 * @param minLength   minimum number of characters after trimming, or {@code null}
 * @param maxLength   maximum number of characters after trimming, or {@code null}
 * @param min         smallest allowed number, or {@code null}
 * @param max         largest allowed number, or {@code null}
 * @param pattern     a regular expression the text must contain a match of (as form-js tests it),
 *                    or {@code null}
 * @param options     allowed values of radio, select and checklist components, in order
 * @param subtype     the datetime subtype (always {@code date}), or {@code null}
 * @param description helper text shown under the field, or {@code null}
 * @param groupId     the id of the innermost group the component sits in, or {@code null}
 * @param groupLabel  that group's label, or {@code null}
 */
public record FormField(
        String id,
        String key,
        String label,
        FieldType type,
        boolean required,
        Integer minLength,
        Integer maxLength,
        BigDecimal min,
        BigDecimal max,
        String pattern,
        List<Option> options,
        String subtype,
        String description,
        String groupId,
        String groupLabel) {

    /** The only datetime subtype we support. */
    public static final String DATE_SUBTYPE = "date";

    public FormField {
        Objects.requireNonNull(type, "type");
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** One allowed value of a radio, select or checklist, with its plain-English label. */
    public record Option(String value, String label) {
        public Option {
            Objects.requireNonNull(value, "value");
            label = label == null || label.isBlank() ? value : label;
        }
    }

    /** Whether this component holds a value (everything but text and groups). */
    public boolean isInput() {
        return type.isInput();
    }

    /** For text components, the markdown text. */
    public String text() {
        return type == FieldType.TEXT ? label : null;
    }

    /** Whether {@code value} is one of the options. */
    public boolean hasOption(String value) {
        return options.stream().anyMatch(o -> o.value().equals(value));
    }

    /** The label of the option with this value, if any. */
    public Optional<String> optionLabel(String value) {
        return options.stream().filter(o -> o.value().equals(value)).map(Option::label).findFirst();
    }

    /** The option values in order. */
    public List<String> optionValues() {
        return options.stream().map(Option::value).toList();
    }
}
