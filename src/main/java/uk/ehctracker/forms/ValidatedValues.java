package uk.ehctracker.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of {@link FormValidator#validate}: either typed values or errors, never both.
 */
public final class ValidatedValues {

    private final Map<String, Object> values;
    private final List<FieldError> errors;

    private ValidatedValues(Map<String, Object> values, List<FieldError> errors) {
        this.values = values;
        this.errors = errors;
    }

    static ValidatedValues valid(Map<String, Object> values) {
        return new ValidatedValues(Collections.unmodifiableMap(new LinkedHashMap<>(values)), List.of());
    }

    static ValidatedValues invalid(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid result needs at least one error");
        }
        return new ValidatedValues(null, List.copyOf(errors));
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /**
     * The typed values in form order: String (text, radio, select), BigDecimal (number), Boolean
     * (checkbox, always present), List&lt;String&gt; (checklist, always present), LocalDate (date).
     * Empty optional text, number, choice and date fields are left out.
     *
     * @throws IllegalStateException if validation failed
     */
    public Map<String, Object> values() {
        if (!isValid()) {
            throw new IllegalStateException("The values are invalid: " + errors);
        }
        return values;
    }

    /** The errors in form order (unknown fields last); empty if valid. */
    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public String toString() {
        return isValid() ? "ValidatedValues" + values : "ValidatedValues" + errors;
    }
}
