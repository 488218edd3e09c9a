package uk.ehctracker.forms;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Server-side validation of the values submitted for a form, shared by the Vaadin UI and the
 * REST API, so that neither can store what the form does not allow.
 *
 * <p>Raw values may come from JSON or HTTP (Strings, Booleans, Numbers, Lists) or from the UI
 * (typed values, e.g. {@link LocalDate}). The result holds either typed values:
 * <ul>
 *   <li>textfield, textarea, radio, select: {@code String}, trimmed; radio and select must be
 *       one of the options;</li>
 *   <li>number: {@link BigDecimal}, within min and max;</li>
 *   <li>checkbox: {@code Boolean} (absent means {@code false});</li>
 *   <li>checklist: {@code List<String>} of options, without repeats (absent means empty);</li>
 *   <li>datetime (date): {@link LocalDate}, from {@code YYYY-MM-DD};</li>
 * </ul>
 * or a list of {@link FieldError}s in plain English naming each field by its label, e.g.
 * "Reasons is required". Empty optional fields are left out of the typed values. A key the form
 * does not have is an error ("Unknown field: x").
 *
 * <p>As in form-js, a {@code pattern} passes when the text contains a match: anchor it with
 * {@code ^...$} to require a whole-value match. Lengths count UTF-16 characters, as the browser does.
 *
 * <p>Stateless and thread-safe.
 */
public final class FormValidator {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter STRICT_ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /** Validates {@code rawValues} against {@code form}. */
    public ValidatedValues validate(FormDefinition form, Map<String, ?> rawValues) {
        Map<String, ?> raw = rawValues == null ? Map.of() : rawValues;
        Map<String, Object> typed = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();

        for (FormField field : form.inputFields()) {
            Object value = raw.get(field.key());
            try {
                Object converted = convert(field, value);
                if (converted != null) {
                    typed.put(field.key(), converted);
                }
            } catch (Invalid e) {
                errors.add(new FieldError(field.key(), field.label(), e.getMessage()));
            }
        }

        Set<String> known = new LinkedHashSet<>(form.keys());
        for (String key : new TreeSet<>(raw.keySet())) {
            if (!known.contains(key)) {
                errors.add(new FieldError(key, key, "Unknown field: " + key));
            }
        }
        return errors.isEmpty() ? ValidatedValues.valid(typed) : ValidatedValues.invalid(errors);
    }

    private static Object convert(FormField field, Object value) {
        return switch (field.type()) {
            case TEXTFIELD, TEXTAREA -> text(field, value);
            case RADIO, SELECT -> choice(field, value);
            case NUMBER -> number(field, value);
            case CHECKBOX -> checkbox(field, value);
            case CHECKLIST -> checklist(field, value);
            case DATETIME -> date(field, value);
            case TEXT, GROUP -> throw new IllegalArgumentException("not an input: " + field.type());
        };
    }

    private static String text(FormField field, Object value) {
        String s = string(field, value, "must be text");
        if (s == null) {
            return requiredOrNull(field);
        }
        int length = s.length();
        if (field.minLength() != null && length < field.minLength()) {
            throw new Invalid(field.label() + " must be at least " + field.minLength() + " characters");
        }
        if (field.maxLength() != null && length > field.maxLength()) {
            throw new Invalid(field.label() + " must be at most " + field.maxLength()
                    + " characters (it has " + length + ")");
        }
        if (field.pattern() != null && !Pattern.compile(field.pattern()).matcher(s).find()) {
            throw new Invalid(field.label() + " is not in the expected format");
        }
        return s;
    }

    private static String choice(FormField field, Object value) {
        String s = string(field, value, "must be one of: " + String.join(", ", field.optionValues()));
        if (s == null) {
            return requiredOrNull(field);
        }
        if (!field.hasOption(s)) {
            throw new Invalid(field.label() + " must be one of: " + String.join(", ", field.optionValues()));
        }
        return s;
    }

    private static BigDecimal number(FormField field, Object value) {
        BigDecimal number;
        if (value instanceof BigDecimal d) {
            number = d;
        } else if (value instanceof BigInteger i) {
            number = new BigDecimal(i);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            number = BigDecimal.valueOf(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new Invalid(field.label() + " must be a number");
            }
            number = new BigDecimal(Double.toString(d));
        } else {
            String s = string(field, value, "must be a number");
            if (s == null) {
                return requiredOrNull(field);
            }
            try {
                number = new BigDecimal(s);
            } catch (NumberFormatException e) {
                throw new Invalid(field.label() + " must be a number");
            }
        }
        if (field.min() != null && number.compareTo(field.min()) < 0) {
            throw new Invalid(field.label() + " must be at least " + field.min().toPlainString());
        }
        if (field.max() != null && number.compareTo(field.max()) > 0) {
            throw new Invalid(field.label() + " must be at most " + field.max().toPlainString());
        }
        return number;
    }

    private static Boolean checkbox(FormField field, Object value) {
        boolean ticked;
        if (value == null) {
            ticked = false;
        } else if (value instanceof Boolean b) {
            ticked = b;
        } else if (value instanceof String s && (s.strip().equalsIgnoreCase("true") || s.strip().equalsIgnoreCase("false"))) {
            ticked = Boolean.parseBoolean(s.strip());
        } else if (value instanceof String s && s.isBlank()) {
            ticked = false;
        } else {
            throw new Invalid(field.label() + " must be true or false");
        }
        if (field.required() && !ticked) {
            throw new Invalid(field.label() + " must be ticked");
        }
        return ticked;
    }

    private static List<String> checklist(FormField field, Object value) {
        Collection<?> items;
        if (value == null) {
            items = List.of();
        } else if (value instanceof Collection<?> c) {
            items = c;
        } else if (value instanceof Object[] array) {
            items = Arrays.asList(array);
        } else if (value instanceof String s) {
            items = s.isBlank() ? List.of() : List.of(s);
        } else {
            throw new Invalid(field.label() + " must be a list of: " + String.join(", ", field.optionValues()));
        }
        LinkedHashSet<String> chosen = new LinkedHashSet<>();
        for (Object item : items) {
            if (!(item instanceof String s) || !field.hasOption(s.strip())) {
                throw new Invalid(field.label() + " can only contain: " + String.join(", ", field.optionValues())
                        + " (not " + (item instanceof String s ? "'" + s + "'" : String.valueOf(item)) + ")");
            }
            chosen.add(s.strip());
        }
        if (field.required() && chosen.isEmpty()) {
            throw new Invalid(field.label() + " is required: choose at least one");
        }
        // keep the form's order, so the stored list does not depend on the order of ticking
        return field.optionValues().stream().filter(chosen::contains).toList();
    }

    private static LocalDate date(FormField field, Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        String s = string(field, value, "must be a date written as YYYY-MM-DD");
        if (s == null) {
            return requiredOrNull(field);
        }
        if (!ISO_DATE.matcher(s).matches()) {
            throw new Invalid(field.label() + " must be a date written as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(s, STRICT_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new Invalid(field.label() + " must be a real date: " + s + " does not exist");
        }
    }

    /** A trimmed string, {@code null} when absent or blank; other types are an error. */
    private static String string(FormField field, Object value, String complaint) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            throw new Invalid(field.label() + " " + complaint);
        }
        String trimmed = s.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static <T> T requiredOrNull(FormField field) {
        if (field.required()) {
            throw new Invalid(field.label() + " is required");
        }
        return null;
    }

    /** A single field's problem; the message is shown to the user as it is. */
    private static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }
}
