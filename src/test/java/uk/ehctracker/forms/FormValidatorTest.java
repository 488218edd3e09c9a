package uk.ehctracker.forms;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class FormValidatorTest {

    private final FormDefinition form = TestForms.allTypes();
    private final FormValidator validator = new FormValidator();

    /** The smallest valid submission: the required fields only. */
    private Map<String, Object> required() {
        Map<String, Object> values = new HashMap<>();
        values.put("reasons", "The evidence shows the child may have SEN.");
        values.put("decision", "ASSESS");
        values.put("decidedOn", "2026-03-27");
        values.put("consent", true);
        return values;
    }

    private Map<String, Object> with(String key, Object value) {
        Map<String, Object> values = required();
        values.put(key, value);
        return values;
    }

    private List<String> messages(Map<String, ?> values) {
        ValidatedValues result = validator.validate(form, values);
        assertThat(result.isValid()).as("expected errors for %s", values).isFalse();
        return result.errors().stream().map(FieldError::message).toList();
    }

    @Test
    void returnsTypedValuesFromJsonStyleStrings() {
        Map<String, Object> raw = new HashMap<>();
        raw.put("postcode", " SW1A 1AA ");
        raw.put("name", "Sam");
        raw.put("reasons", "  Reasons given.\n");
        raw.put("hours", "12.5");
        raw.put("need", "SLCN");
        raw.put("decision", "DO_NOT_ASSESS");
        raw.put("agreed", "true");
        raw.put("evidence", List.of("C", "A"));
        raw.put("decidedOn", "2026-02-28");
        raw.put("consent", Boolean.TRUE);

        ValidatedValues result = validator.validate(form, raw);

        assertThat(result.isValid()).as("%s", result).isTrue();
        assertThat(result.values()).containsExactly(
                entry("postcode", "SW1A 1AA"),
                entry("name", "Sam"),
                entry("reasons", "Reasons given."),
                entry("hours", new BigDecimal("12.5")),
                entry("need", "SLCN"),
                entry("decision", "DO_NOT_ASSESS"),
                entry("agreed", true),
                entry("evidence", List.of("A", "C")),
                entry("decidedOn", LocalDate.of(2026, 2, 28)),
                entry("consent", true));
        assertThat(result.values().get("hours")).isInstanceOf(BigDecimal.class);
        assertThat(result.values().get("agreed")).isInstanceOf(Boolean.class);
        assertThat(result.values().get("evidence")).isInstanceOf(List.class);
        assertThat(result.values().get("decidedOn")).isInstanceOf(LocalDate.class);
    }

    @Test
    void acceptsAlreadyTypedValuesFromTheUi() {
        Map<String, Object> raw = required();
        raw.put("decidedOn", LocalDate.of(2026, 3, 27));
        raw.put("hours", 7);
        raw.put("evidence", List.of());

        ValidatedValues result = validator.validate(form, raw);

        assertThat(result.isValid()).isTrue();
        assertThat(result.values()).contains(
                entry("decidedOn", LocalDate.of(2026, 3, 27)),
                entry("hours", new BigDecimal("7")),
                entry("evidence", List.of()));
    }

    @Test
    void leavesOutEmptyOptionalFieldsButAlwaysGivesCheckboxesAndChecklists() {
        Map<String, Object> raw = required();
        raw.put("postcode", "   ");
        raw.put("hours", null);

        Map<String, Object> values = validator.validate(form, raw).values();

        assertThat(values).doesNotContainKeys("postcode", "name", "hours", "need");
        assertThat(values).contains(entry("agreed", false), entry("evidence", List.of()));
    }

    @Test
    void requiredFieldsAreNamedByTheirLabel() {
        ValidatedValues result = validator.validate(form, Map.of("reasons", "  "));

        assertThat(result.isValid()).isFalse();
        assertThat(result.errors()).containsExactly(
                new FieldError("reasons", "Reasons", "Reasons is required"),
                new FieldError("decision", "Decision", "Decision is required"),
                new FieldError("decidedOn", "Decided on", "Decided on is required"),
                new FieldError("consent", "Consent given", "Consent given must be ticked"));
        assertThatThrownBy(result::values).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void limitsReasonsTo20000Characters() {
        assertThat(validator.validate(form, with("reasons", "x".repeat(20000))).isValid()).isTrue();

        assertThat(messages(with("reasons", "x".repeat(20001))))
                .containsExactly("Reasons must be at most 20000 characters (it has 20001)");
    }

    @Test
    void checksMinimumLengthAndPattern() {
        assertThat(messages(with("name", "S"))).containsExactly("Name must be at least 2 characters");
        assertThat(messages(with("postcode", "12345"))).containsExactly("Postcode is not in the expected format");
        assertThat(messages(with("postcode", "SW1A 1AAXX"))).containsExactly(
                "Postcode must be at most 8 characters (it has 10)");
        assertThat(validator.validate(form, with("postcode", "M1 1AE")).isValid()).isTrue();
    }

    @Test
    void checksNumbersAndTheirRange() {
        assertThat(messages(with("hours", "-1"))).containsExactly("Hours a week must be at least 0");
        assertThat(messages(with("hours", 33))).containsExactly("Hours a week must be at most 32.5");
        assertThat(messages(with("hours", "ten"))).containsExactly("Hours a week must be a number");
        assertThat(messages(with("hours", true))).containsExactly("Hours a week must be a number");
        assertThat(messages(with("hours", Double.NaN))).containsExactly("Hours a week must be a number");
        assertThat(validator.validate(form, with("hours", 32.5)).values().get("hours"))
                .isEqualTo(new BigDecimal("32.5"));
    }

    @Test
    void radioSelectAndChecklistMustUseTheirOptions() {
        assertThat(messages(with("decision", "MAYBE")))
                .containsExactly("Decision must be one of: ASSESS, DO_NOT_ASSESS");
        assertThat(messages(with("need", "asd")))
                .containsExactly("Primary need must be one of: ASD, SLCN");
        assertThat(messages(with("evidence", List.of("A", "Z"))))
                .containsExactly("Evidence weighed can only contain: A, B, C (not 'Z')");
        assertThat(messages(with("evidence", 42)))
                .containsExactly("Evidence weighed must be a list of: A, B, C");
    }

    @Test
    void checklistsDropRepeatsAndKeepTheFormOrder() {
        Map<String, Object> values = validator.validate(form, with("evidence", List.of("C", "A", "C"))).values();

        assertThat(values.get("evidence")).isEqualTo(List.of("A", "C"));
    }

    @Test
    void checkboxesMustBeTrueOrFalse() {
        assertThat(messages(with("agreed", "yes"))).containsExactly("Agreed with the family must be true or false");
        assertThat(validator.validate(form, with("agreed", "FALSE")).values().get("agreed")).isEqualTo(false);
    }

    @Test
    void rejectsMalformedDates() {
        for (String malformed : List.of("27/03/2026", "2026-3-27", "2026-03-27T10:00", "tomorrow", "20260327")) {
            assertThat(messages(with("decidedOn", malformed)))
                    .as(malformed)
                    .containsExactly("Decided on must be a date written as YYYY-MM-DD");
        }
        assertThat(messages(with("decidedOn", 20260327)))
                .containsExactly("Decided on must be a date written as YYYY-MM-DD");
    }

    @Test
    void rejectsImpossibleDates() {
        assertThat(messages(with("decidedOn", "2026-02-30")))
                .containsExactly("Decided on must be a real date: 2026-02-30 does not exist");
        assertThat(messages(with("decidedOn", "2026-13-01")))
                .containsExactly("Decided on must be a real date: 2026-13-01 does not exist");
        assertThat(messages(with("decidedOn", "2025-02-29")))
                .containsExactly("Decided on must be a real date: 2025-02-29 does not exist");
        assertThat(validator.validate(form, with("decidedOn", "2028-02-29")).values().get("decidedOn"))
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void rejectsUnknownKeys() {
        ValidatedValues result = validator.validate(form, with("x", "anything"));

        assertThat(result.errors()).containsExactly(new FieldError("x", "x", "Unknown field: x"));
    }

    @Test
    void reportsEveryProblemAtOnceInFormOrder() {
        Map<String, Object> raw = required();
        raw.put("zzz", 1);
        raw.put("reasons", "");
        raw.put("decidedOn", "2026-02-30");

        assertThat(messages(raw)).containsExactly(
                "Reasons is required",
                "Decided on must be a real date: 2026-02-30 does not exist",
                "Unknown field: zzz");
    }

    @Test
    void validatesTheRealDecisionForm() {
        FormDefinition decide = FormRegistry.fromDirectory(TestForms.formsFolder()).get("decideWhetherToAssess");

        ValidatedValues result = validator.validate(decide, Map.of(
                "assessDecision", "ASSESS",
                "mayHaveSen", true,
                "evidenceWeighed", List.of("NATURE_OF_SEN", "ATTAINMENT_AND_PROGRESS"),
                "reasons", "The school's evidence shows slow progress despite support.",
                "decidedOn", "2026-03-27"));

        assertThat(result.isValid()).as("%s", result).isTrue();
        assertThat(result.values()).contains(
                entry("assessDecision", "ASSESS"),
                entry("mayHaveSen", true),
                entry("mayNeedPlan", false),
                entry("evidenceWeighed", List.of("ATTAINMENT_AND_PROGRESS", "NATURE_OF_SEN")),
                entry("additionalAdvice", List.of()),
                entry("decidedOn", LocalDate.of(2026, 3, 27)));
        assertThat(messages(decide, Map.of("assessDecision", "YES")))
                .contains("Decision must be one of: ASSESS, DO_NOT_ASSESS", "Reasons is required",
                        "Decided on is required");
    }

    private List<String> messages(FormDefinition definition, Map<String, ?> values) {
        return validator.validate(definition, values).errors().stream().map(FieldError::message).toList();
    }
}
