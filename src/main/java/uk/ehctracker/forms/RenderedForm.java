package uk.ehctracker.forms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A form rendered by {@link VaadinFormRenderer}: add it to a view, prefill it with
 * {@link #setValues}, read it with {@link #values()} (typed as {@link FormValidator} expects),
 * and show the validator's errors with {@link #showErrors}.
 */
public final class RenderedForm extends Composite<VerticalLayout> {

    /** Where stored {@link Date}s are taken to be when prefilling a date. */
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** One input and the field it renders. */
    record Binding(FormField field, Component component) {
        @SuppressWarnings("unchecked")
        HasValue<?, Object> hasValue() {
            return (HasValue<?, Object>) component;
        }
    }

    private final FormDefinition form;
    private final VerticalLayout root;
    private final Div errorSummary;
    private final Map<String, Binding> bindings;

    RenderedForm(FormDefinition form, VerticalLayout root, Div errorSummary, Map<String, Binding> bindings) {
        this.form = form;
        this.root = root;
        this.errorSummary = errorSummary;
        this.bindings = Collections.unmodifiableMap(new LinkedHashMap<>(bindings));
    }

    @Override
    protected VerticalLayout initContent() {
        return root;
    }

    /** The form this was rendered from. */
    public FormDefinition definition() {
        return form;
    }

    /** The input for a key, if the form has it. */
    public Optional<Component> field(String key) {
        return Optional.ofNullable(bindings.get(key)).map(Binding::component);
    }

    /** Every input, in form order, keyed by field key. */
    public Map<String, Component> fields() {
        Map<String, Component> fields = new LinkedHashMap<>();
        bindings.forEach((key, binding) -> fields.put(key, binding.component()));
        return fields;
    }

    /**
     * The current values: String (text, radio, select; trimmed), BigDecimal (number), Boolean
     * (checkbox), List&lt;String&gt; (checklist, in the form's order) and LocalDate (date). Empty
     * text, number, choice and date fields are left out.
     */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        bindings.forEach((key, binding) -> {
            Object value = read(binding.field(), binding.hasValue().getValue());
            if (value != null) {
                values.put(key, value);
            }
        });
        return values;
    }

    private static Object read(FormField field, Object value) {
        return switch (field.type()) {
            case CHECKBOX -> Boolean.TRUE.equals(value);
            case CHECKLIST -> {
                Set<?> chosen = value instanceof Set<?> s ? s : Set.of();
                yield field.optionValues().stream().filter(chosen::contains).toList();
            }
            case TEXTFIELD, TEXTAREA, RADIO, SELECT -> value == null || value.toString().isBlank()
                    ? null : value.toString().strip();
            default -> value; // BigDecimal, LocalDate or null
        };
    }

    /**
     * Prefills the inputs. Keys the form does not have are ignored, as are values that do not fit
     * (an option the form no longer offers, a malformed date); {@code null} clears a field.
     * Dates may be LocalDate, {@code YYYY-MM-DD} or {@link Date}.
     */
    public void setValues(Map<String, ?> values) {
        values.forEach((key, value) -> {
            Binding binding = bindings.get(key);
            if (binding != null) {
                HasValue<?, Object> hasValue = binding.hasValue();
                Object converted = toFieldValue(binding.field(), value);
                if (converted == null) {
                    hasValue.clear();
                } else {
                    hasValue.setValue(converted);
                }
            }
        });
    }

    private static Object toFieldValue(FormField field, Object value) {
        if (value == null) {
            return null;
        }
        return switch (field.type()) {
            case TEXTFIELD, TEXTAREA -> value.toString();
            case RADIO, SELECT -> field.hasOption(value.toString()) ? value.toString() : null;
            case CHECKBOX -> value instanceof Boolean b ? b : Boolean.parseBoolean(value.toString().strip());
            case CHECKLIST -> {
                Collection<?> items = value instanceof Collection<?> c ? c : List.of(value);
                Set<String> chosen = new LinkedHashSet<>();
                items.forEach(item -> {
                    if (item != null && field.hasOption(item.toString())) {
                        chosen.add(item.toString());
                    }
                });
                yield chosen;
            }
            case NUMBER -> {
                try {
                    yield value instanceof BigDecimal d ? d : new BigDecimal(value.toString().strip());
                } catch (NumberFormatException e) {
                    yield null;
                }
            }
            case DATETIME -> {
                if (value instanceof LocalDate d) {
                    yield d;
                }
                if (value instanceof Date d) {
                    yield d.toInstant().atZone(LONDON).toLocalDate();
                }
                try {
                    yield LocalDate.parse(value.toString().strip());
                } catch (DateTimeParseException e) {
                    yield null;
                }
            }
            case TEXT, GROUP -> null;
        };
    }

    /**
     * Shows the validator's errors: each matching input is marked invalid with its message, a
     * summary at the top lists every message (read out by screen readers as an alert), and the
     * first invalid input gets the focus. Earlier errors are cleared first.
     */
    public void showErrors(List<FieldError> errors) {
        clearErrors();
        if (errors == null || errors.isEmpty()) {
            return;
        }
        Component first = null;
        UnorderedList list = new UnorderedList();
        for (FieldError error : errors) {
            list.add(new ListItem(error.message()));
            Binding binding = bindings.get(error.key());
            if (binding != null && binding.component() instanceof HasValidation validation) {
                validation.setErrorMessage(error.message());
                validation.setInvalid(true);
                if (first == null) {
                    first = binding.component();
                }
            }
        }
        errorSummary.add(new H3("There is a problem"), list);
        errorSummary.setVisible(true);
        if (first != null) {
            focus(first);
        }
    }

    /** Removes every error shown by {@link #showErrors}. */
    public void clearErrors() {
        errorSummary.removeAll();
        errorSummary.setVisible(false);
        bindings.values().forEach(binding -> {
            if (binding.component() instanceof HasValidation validation) {
                validation.setInvalid(false);
                validation.setErrorMessage(null);
            }
        });
    }

    /** The messages currently shown in the summary at the top. */
    public List<String> errorSummaryMessages() {
        return errorSummary.getChildren()
                .filter(UnorderedList.class::isInstance)
                .flatMap(Component::getChildren)
                .map(item -> item.getElement().getText())
                .toList();
    }

    private static void focus(Component component) {
        if (component instanceof Focusable<?> focusable) {
            focusable.focus();
        } else {
            // Radio and checkbox groups are not focusable themselves: focus their first input.
            component.getElement().executeJs("const input = this.querySelector('input'); (input || this).focus();");
        }
    }
}
