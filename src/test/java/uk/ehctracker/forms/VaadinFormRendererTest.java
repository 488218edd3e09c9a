package uk.ehctracker.forms;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.internal.StateNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class VaadinFormRendererTest {

    private final FormDefinition form = TestForms.allTypes();
    private final FormValidator validator = new FormValidator();
    private RenderedForm rendered;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        rendered = new VaadinFormRenderer().render(form);
        UI.getCurrent().add(rendered);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @SuppressWarnings("unchecked")
    private static <T> T input(Class<? super T> type, String key) {
        return (T) _get(type.asSubclass(com.vaadin.flow.component.Component.class),
                spec -> spec.withId("testForm-" + key));
    }

    @Test
    void buildsOneLabelledComponentPerFieldType() {
        TextField postcode = input(TextField.class, "postcode");
        assertThat(postcode.getLabel()).isEqualTo("Postcode");
        assertThat(postcode.getMaxLength()).isEqualTo(8);
        assertThat(postcode.getHelperText()).isEqualTo("For example, SW1A 1AA");
        assertThat(postcode.isRequiredIndicatorVisible()).isFalse();

        TextArea reasons = input(TextArea.class, "reasons");
        assertThat(reasons.getLabel()).isEqualTo("Reasons");
        assertThat(reasons.getMaxLength()).isEqualTo(20000);
        assertThat(reasons.isRequiredIndicatorVisible()).isTrue();
        assertThat(reasons.getHelperText()).isEqualTo("0 of 20,000 characters used.");

        assertThat(this.<BigDecimalField>input(BigDecimalField.class, "hours").getHelperText())
                .isEqualTo("From 0 to 32.5.");
        Select<String> need = input(Select.class, "need");
        assertThat(need.getItemLabelGenerator().apply("SLCN")).isEqualTo("Speech, language and communication needs");
        RadioButtonGroup<String> decision = input(RadioButtonGroup.class, "decision");
        assertThat(decision.getLabel()).isEqualTo("Decision");
        assertThat(decision.isRequiredIndicatorVisible()).isTrue();
        assertThat(decision.getItemLabelGenerator().apply("ASSESS")).isEqualTo("Yes, carry out an EHC needs assessment");
        assertThat(this.<Checkbox>input(Checkbox.class, "agreed").getLabel()).isEqualTo("Agreed with the family");
        CheckboxGroup<String> evidence = input(CheckboxGroup.class, "evidence");
        assertThat(evidence.getItemLabelGenerator().apply("B")).isEqualTo("Nature of SEN");

        DatePicker decidedOn = input(DatePicker.class, "decidedOn");
        assertThat(decidedOn.getLabel()).isEqualTo("Decided on");
        assertThat(decidedOn.getLocale()).isEqualTo(Locale.UK);
        assertThat(decidedOn.getI18n().getDateFormats()).containsExactly("dd/MM/yyyy", "yyyy-MM-dd", "d/M/yyyy");
        assertThat(decidedOn.getHelperText()).isEqualTo("For example, 27/03/2026.");
    }

    @Test
    void rendersTextAsHeadingParagraphAndListAndGroupsAsAFieldset() {
        assertThat(_get(rendered, H3.class, spec -> spec.withText("Test form"))).isNotNull();
        assertThat(_find(rendered, ListItem.class)).extracting(ListItem::getText).containsExactly("first", "second");

        FieldSet group = _get(rendered, FieldSet.class);
        assertThat(group.getLegendText()).isEqualTo("More details");
        assertThat(_get(group, Checkbox.class).getLabel()).isEqualTo("Consent given");
    }

    @Test
    void valuesAreTypedAsTheValidatorExpects() {
        _setValue(input(TextField.class, "postcode"), " SW1A 1AA ");
        _setValue(input(TextArea.class, "reasons"), "May have SEN.");
        _setValue(input(BigDecimalField.class, "hours"), new BigDecimal("12.5"));
        _setValue(this.<Select<String>>input(Select.class, "need"), "ASD");
        _setValue(this.<RadioButtonGroup<String>>input(RadioButtonGroup.class, "decision"), "ASSESS");
        _setValue(input(Checkbox.class, "agreed"), true);
        _setValue(this.<CheckboxGroup<String>>input(CheckboxGroup.class, "evidence"), Set.of("C", "A"));
        _setValue(input(DatePicker.class, "decidedOn"), LocalDate.of(2026, 3, 27));
        _setValue(input(Checkbox.class, "consent"), true);

        Map<String, Object> values = rendered.values();

        assertThat(values).containsExactly(
                entry("postcode", "SW1A 1AA"),
                entry("reasons", "May have SEN."),
                entry("hours", new BigDecimal("12.5")),
                entry("need", "ASD"),
                entry("decision", "ASSESS"),
                entry("agreed", true),
                entry("evidence", List.of("A", "C")),
                entry("decidedOn", LocalDate.of(2026, 3, 27)),
                entry("consent", true));
        ValidatedValues validated = validator.validate(form, values);
        assertThat(validated.isValid()).as("%s", validated).isTrue();
        assertThat(validated.values()).isEqualTo(values);
    }

    @Test
    void anEmptyFormGivesOnlyCheckboxesAndChecklists() {
        assertThat(rendered.values()).containsExactly(
                entry("agreed", false), entry("evidence", List.of()), entry("consent", false));
    }

    @Test
    void theCharacterCountFollowsTheText() {
        _setValue(input(TextArea.class, "reasons"), "x".repeat(1234));

        assertThat(this.<TextArea>input(TextArea.class, "reasons").getHelperText())
                .isEqualTo("1,234 of 20,000 characters used.");
    }

    @Test
    void showErrorsMarksTheRightFieldsAndFocusesTheFirst() {
        _setValue(this.<RadioButtonGroup<String>>input(RadioButtonGroup.class, "decision"), "ASSESS");
        _setValue(input(Checkbox.class, "consent"), true);
        Map<String, Object> values = new HashMap<>(rendered.values());
        values.put("decidedOn", "2026-02-30");
        List<FieldError> errors = validator.validate(form, values).errors();
        TextArea reasons = input(TextArea.class, "reasons");
        DatePicker decidedOn = input(DatePicker.class, "decidedOn");
        RadioButtonGroup<String> decision = input(RadioButtonGroup.class, "decision");
        TextField postcode = input(TextField.class, "postcode");

        rendered.showErrors(errors);

        // Karibu's lookups run a client round trip, which drops pending JavaScript: check it first.
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        StateNode reasonsNode = reasons.getElement().getNode();
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .filteredOn(js -> js.getInvocation().getExpression().contains("focus()"))
                .as("only the first invalid field is focused")
                .singleElement()
                .satisfies(js -> assertThat(js.getOwner()).isSameAs(reasonsNode));
        assertThat(reasons.isInvalid()).isTrue();
        assertThat(reasons.getErrorMessage()).isEqualTo("Reasons is required");
        assertThat(decidedOn.isInvalid()).isTrue();
        assertThat(decidedOn.getErrorMessage()).isEqualTo("Decided on must be a real date: 2026-02-30 does not exist");
        assertThat(decision.isInvalid()).isFalse();
        assertThat(postcode.isInvalid()).isFalse();
        assertThat(rendered.errorSummaryMessages()).containsExactly(
                "Reasons is required", "Decided on must be a real date: 2026-02-30 does not exist");
    }

    @Test
    void showErrorsClearsEarlierErrors() {
        rendered.showErrors(List.of(new FieldError("reasons", "Reasons", "Reasons is required")));
        rendered.showErrors(List.of(new FieldError("x", "x", "Unknown field: x")));

        assertThat(this.<TextArea>input(TextArea.class, "reasons").isInvalid()).isFalse();
        assertThat(rendered.errorSummaryMessages()).containsExactly("Unknown field: x");

        rendered.clearErrors();
        assertThat(rendered.errorSummaryMessages()).isEmpty();
    }

    @Test
    void setValuesPrefillsFromStoredValues() {
        Map<String, Object> stored = new HashMap<>();
        stored.put("postcode", "M1 1AE");
        stored.put("hours", 3);
        stored.put("need", "SLCN");
        stored.put("decision", "NOT_AN_OPTION");
        stored.put("agreed", true);
        stored.put("evidence", List.of("B", "Z"));
        stored.put("decidedOn", "2026-03-02");
        stored.put("unrelatedVariable", "ignored");

        rendered.setValues(stored);

        assertThat(rendered.values()).containsExactly(
                entry("postcode", "M1 1AE"),
                entry("hours", new BigDecimal("3")),
                entry("need", "SLCN"),
                entry("agreed", true),
                entry("evidence", List.of("B")),
                entry("decidedOn", LocalDate.of(2026, 3, 2)),
                entry("consent", false));
        assertThat(this.<DatePicker>input(DatePicker.class, "decidedOn").getValue()).isEqualTo(LocalDate.of(2026, 3, 2));
    }
}
