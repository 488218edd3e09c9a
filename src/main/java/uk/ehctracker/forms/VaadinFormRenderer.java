package uk.ehctracker.forms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.InputField;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Builds a Vaadin form (free core components only) from a {@link FormDefinition}.
 *
 * <p>Each input has a visible label, a required indicator where required, the description as
 * helper text, and the form's length limits. Text components become headings, paragraphs and
 * lists; groups become a {@code <fieldset>} with the group label as its legend. Dates use the
 * {@code en-GB} locale (shown as 27/03/2026; typing 2026-03-27 also works). Validation is left
 * to {@link FormValidator} on the server: the fields are in manual validation mode and show the
 * validator's messages through {@link RenderedForm#showErrors}.
 *
 * <p>Stateless: one instance can render any number of forms, but each {@link RenderedForm}
 * belongs to one UI.
 */
@org.springframework.stereotype.Component
public class VaadinFormRenderer {

    /** The locale for dates and numbers. */
    public static final Locale LOCALE = Locale.UK;

    /** Date formats: the first is shown; all are accepted when typed. */
    static final String[] DATE_FORMATS = {"dd/MM/yyyy", "yyyy-MM-dd", "d/M/yyyy"};

    /** Renders {@code form}; the result is a component to add to a view. */
    public RenderedForm render(FormDefinition form) {
        Objects.requireNonNull(form, "form");
        VerticalLayout root = new VerticalLayout();
        root.setPadding(false);
        root.setSpacing(true);
        root.setWidthFull();
        root.addClassName("camunda-form");
        root.getElement().setAttribute("data-form-id", form.id());

        Div errorSummary = new Div();
        errorSummary.getElement().setAttribute("role", "alert");
        errorSummary.addClassName("form-error-summary");
        errorSummary.setVisible(false);
        root.add(errorSummary);

        Map<String, RenderedForm.Binding> bindings = new LinkedHashMap<>();
        FieldSet currentGroup = null;
        String currentGroupId = null;
        for (FormField field : form.fields()) {
            if (!Objects.equals(field.groupId(), currentGroupId)) {
                currentGroupId = field.groupId();
                currentGroup = currentGroupId == null ? null : fieldSet(field.groupLabel());
                if (currentGroup != null) {
                    root.add(currentGroup);
                }
            }
            Component component;
            if (field.type() == FieldType.TEXT) {
                component = text(field.text());
            } else {
                component = input(form, field);
                bindings.put(field.key(), new RenderedForm.Binding(field, component));
            }
            if (currentGroup != null) {
                currentGroup.add(component);
            } else {
                root.add(component);
            }
        }
        return new RenderedForm(form, root, errorSummary, bindings);
    }

    private static FieldSet fieldSet(String legend) {
        FieldSet fieldSet = new FieldSet();
        if (legend != null) {
            fieldSet.setLegendText(legend);
        }
        fieldSet.setWidthFull();
        fieldSet.addClassName("form-group");
        return fieldSet;
    }

    /** An input for one field: the type-specific part, then what every input shares. */
    private static Component input(FormDefinition form, FormField field) {
        InputField<?, ?> input = switch (field.type()) {
            case TEXTFIELD -> {
                TextField textField = new TextField();
                if (field.maxLength() != null) {
                    textField.setMaxLength(field.maxLength());
                }
                if (field.minLength() != null) {
                    textField.setMinLength(field.minLength());
                }
                yield textField;
            }
            case TEXTAREA -> textArea(field);
            case NUMBER -> new BigDecimalField();
            case SELECT -> {
                Select<String> select = new Select<>();
                select.setItems(field.optionValues());
                select.setItemLabelGenerator(value -> optionLabel(field, value));
                select.setEmptySelectionAllowed(!field.required());
                select.setEmptySelectionCaption("Not chosen");
                select.setPlaceholder("Choose one");
                yield select;
            }
            case RADIO -> {
                RadioButtonGroup<String> radios = new RadioButtonGroup<>();
                radios.setItems(field.optionValues());
                radios.setItemLabelGenerator(value -> optionLabel(field, value));
                radios.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                yield radios;
            }
            case CHECKBOX -> new Checkbox();
            case CHECKLIST -> {
                CheckboxGroup<String> checks = new CheckboxGroup<>();
                checks.setItems(field.optionValues());
                checks.setItemLabelGenerator(value -> optionLabel(field, value));
                checks.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
                yield checks;
            }
            case DATETIME -> datePicker();
            case TEXT, GROUP -> throw new IllegalArgumentException("not an input: " + field.type());
        };

        input.setLabel(field.label());
        if (field.type() != FieldType.TEXTAREA) {
            input.setHelperText(helperText(field));
        }
        input.setRequiredIndicatorVisible(field.required());
        if (field.type() != FieldType.CHECKBOX && field.type() != FieldType.DATETIME
                && field.type() != FieldType.NUMBER) {
            input.setWidthFull();
        }
        Component component = (Component) input;
        component.setId(form.id() + "-" + field.key());
        component.getElement().setAttribute("data-key", field.key());
        if (input instanceof HasValidation validation) {
            validation.setManualValidation(true);
        }
        return component;
    }

    private static TextArea textArea(FormField field) {
        TextArea area = new TextArea();
        area.setMinHeight("8em");
        if (field.minLength() != null) {
            area.setMinLength(field.minLength());
        }
        if (field.maxLength() == null) {
            area.setHelperText(field.description());
            return area;
        }
        // Keep the limit visible and count as the user types (not on every key press).
        area.setMaxLength(field.maxLength());
        area.setValueChangeMode(ValueChangeMode.LAZY);
        Runnable counter = () -> area.setHelperText(join(field.description(),
                characters(area.getValue().length(), field.maxLength())));
        counter.run();
        area.addValueChangeListener(e -> counter.run());
        return area;
    }

    private static DatePicker datePicker() {
        DatePicker picker = new DatePicker();
        picker.setLocale(LOCALE);
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setDateFormats(DATE_FORMATS[0], Arrays.copyOfRange(DATE_FORMATS, 1, DATE_FORMATS.length))
                .setFirstDayOfWeek(1));
        return picker;
    }

    private static String helperText(FormField field) {
        return switch (field.type()) {
            case DATETIME -> join(field.description(), "For example, 27/03/2026.");
            case NUMBER -> join(field.description(), range(field));
            default -> field.description();
        };
    }

    private static String range(FormField field) {
        if (field.min() != null && field.max() != null) {
            return "From " + field.min().toPlainString() + " to " + field.max().toPlainString() + ".";
        }
        if (field.min() != null) {
            return "At least " + field.min().toPlainString() + ".";
        }
        if (field.max() != null) {
            return "At most " + field.max().toPlainString() + ".";
        }
        return null;
    }

    static String characters(int used, int max) {
        NumberFormat format = NumberFormat.getIntegerInstance(LOCALE);
        return format.format(used) + " of " + format.format(max) + " characters used.";
    }

    private static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second;
        }
        if (second == null || second.isBlank()) {
            return first;
        }
        return first + " " + second;
    }

    private static String optionLabel(FormField field, String value) {
        return value == null ? "" : field.optionLabel(value).orElse(value);
    }

    /**
     * The small markdown subset our forms use: {@code #} headings, {@code -} lists and paragraphs
     * separated by blank lines; emphasis markers are dropped. Text is never interpreted as HTML.
     */
    static Component text(String markdown) {
        Div container = new Div();
        container.addClassName("form-text");
        List<String> block = new ArrayList<>();
        for (String line : (markdown == null ? "" : markdown).split("\\R", -1)) {
            if (line.isBlank()) {
                addBlock(container, block);
                block.clear();
            } else {
                block.add(line.strip());
            }
        }
        addBlock(container, block);
        return container;
    }

    private static void addBlock(Div container, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        int start = 0;
        while (start < lines.size() && lines.get(start).startsWith("#")) {
            container.add(new H3(inline(lines.get(start).replaceFirst("^#+", ""))));
            start++;
        }
        List<String> rest = lines.subList(start, lines.size());
        if (rest.isEmpty()) {
            return;
        }
        if (rest.stream().allMatch(l -> l.startsWith("- ") || l.startsWith("* "))) {
            UnorderedList list = new UnorderedList();
            rest.forEach(l -> list.add(new ListItem(inline(l.substring(2)))));
            container.add(list);
        } else {
            container.add(new Paragraph(inline(String.join(" ", rest))));
        }
    }

    private static String inline(String text) {
        return text.replace("**", "").replace("__", "").strip();
    }
}
