package uk.ehctracker.forms;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormSchemaReaderTest {

    private final FormSchemaReader reader = new FormSchemaReader();

    @Test
    void readsEveryComponentTypeWithItsRules() {
        FormDefinition form = TestForms.allTypes();

        assertThat(form.id()).isEqualTo("testForm");
        assertThat(form.title()).isEqualTo("Test form");
        assertThat(form.keys()).containsExactly("postcode", "name", "reasons", "hours", "need", "decision",
                "agreed", "evidence", "decidedOn", "consent");
        assertThat(form.fields()).first().satisfies(text -> {
            assertThat(text.type()).isEqualTo(FieldType.TEXT);
            assertThat(text.isInput()).isFalse();
            assertThat(text.text()).startsWith("### Test form");
        });

        FormField postcode = form.field("postcode").orElseThrow();
        assertThat(postcode.type()).isEqualTo(FieldType.TEXTFIELD);
        assertThat(postcode.maxLength()).isEqualTo(8);
        assertThat(postcode.pattern()).startsWith("^[A-Z]");
        assertThat(postcode.description()).isEqualTo("For example, SW1A 1AA");
        assertThat(postcode.required()).isFalse();

        FormField reasons = form.field("reasons").orElseThrow();
        assertThat(reasons.required()).isTrue();
        assertThat(reasons.maxLength()).isEqualTo(20000);

        FormField hours = form.field("hours").orElseThrow();
        assertThat(hours.min()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(hours.max()).isEqualByComparingTo("32.5");

        FormField decision = form.field("decision").orElseThrow();
        assertThat(decision.type()).isEqualTo(FieldType.RADIO);
        assertThat(decision.optionValues()).containsExactly("ASSESS", "DO_NOT_ASSESS");
        assertThat(decision.optionLabel("ASSESS")).contains("Yes, carry out an EHC needs assessment");

        FormField decidedOn = form.field("decidedOn").orElseThrow();
        assertThat(decidedOn.type()).isEqualTo(FieldType.DATETIME);
        assertThat(decidedOn.subtype()).isEqualTo("date");
        assertThat(decidedOn.label()).as("datetime takes its label from dateLabel").isEqualTo("Decided on");
    }

    @Test
    void flattensGroupsButKeepsTheGroupLabel() {
        FormDefinition form = TestForms.allTypes();

        FormField consent = form.field("consent").orElseThrow();
        assertThat(consent.groupId()).isEqualTo("Group_more");
        assertThat(consent.groupLabel()).isEqualTo("More details");
        assertThat(form.field("reasons").orElseThrow().groupLabel()).isNull();
        assertThat(form.fields()).noneMatch(f -> f.type() == FieldType.GROUP);
    }

    @Test
    void rejectsAnUnknownComponentTypeNamingFormAndComponent() {
        String json = """
                { "id": "myForm", "components": [
                  { "type": "taglist", "id": "Field_tags", "key": "tags", "label": "Tags" } ] }
                """;

        assertThatThrownBy(() -> reader.read(json))
                .isInstanceOf(InvalidFormException.class)
                .hasMessageContaining("myForm")
                .hasMessageContaining("Field_tags")
                .hasMessageContaining("unknown component type 'taglist'")
                .satisfies(e -> {
                    InvalidFormException invalid = (InvalidFormException) e;
                    assertThat(invalid.formId()).isEqualTo("myForm");
                    assertThat(invalid.componentId()).contains("Field_tags");
                });
    }

    @Test
    void rejectsADuplicateKeyNamingBothComponents() {
        String json = """
                { "id": "myForm", "components": [
                  { "type": "textarea", "id": "Field_a", "key": "reasons", "label": "Reasons" },
                  { "type": "group", "id": "Group_1", "label": "More", "components": [
                    { "type": "textfield", "id": "Field_b", "key": "reasons", "label": "Reasons again" } ] } ] }
                """;

        assertThatThrownBy(() -> reader.read(json))
                .isInstanceOf(InvalidFormException.class)
                .hasMessageContaining("myForm")
                .hasMessageContaining("Field_b")
                .hasMessageContaining("duplicate key 'reasons'")
                .hasMessageContaining("Field_a");
    }

    @Test
    void rejectsAnInputWithoutAKey() {
        String json = """
                { "id": "myForm", "components": [
                  { "type": "text", "id": "Text_1", "text": "Hello" },
                  { "type": "textfield", "id": "Field_nokey", "label": "Name" } ] }
                """;

        assertThatThrownBy(() -> reader.read(json))
                .isInstanceOf(InvalidFormException.class)
                .hasMessageContaining("myForm")
                .hasMessageContaining("Field_nokey")
                .hasMessageContaining("must have a \"key\"");
    }

    @Test
    void namesAComponentWithoutAnIdByItsPosition() {
        String json = """
                { "id": "myForm", "components": [
                  { "type": "text", "text": "Hello" },
                  { "type": "textfield", "label": "Name" } ] }
                """;

        assertThatThrownBy(() -> reader.read(json))
                .isInstanceOf(InvalidFormException.class)
                .hasMessageContaining("myForm")
                .hasMessageContaining("#2");
    }

    @Test
    void rejectsADatetimeThatIsNotADate() {
        String json = """
                { "id": "myForm", "components": [
                  { "type": "datetime", "subtype": "datetime", "id": "Field_when", "key": "when",
                    "dateLabel": "Date", "timeLabel": "Time" } ] }
                """;

        assertThatThrownBy(() -> reader.read(json))
                .isInstanceOf(InvalidFormException.class)
                .hasMessageContaining("myForm")
                .hasMessageContaining("Field_when")
                .hasMessageContaining("subtype must be 'date'");
    }

    @Test
    void rejectsOtherThingsTheServerCouldNotCheck() {
        assertInvalid("""
                { "id": "f", "components": [ { "type": "textfield", "id": "Field_x", "key": "x" } ] }
                """, "visible label");
        assertInvalid("""
                { "id": "f", "components": [ { "type": "radio", "id": "Field_x", "key": "x", "label": "X",
                  "valuesKey": "options" } ] }
                """, "valuesKey");
        assertInvalid("""
                { "id": "f", "components": [ { "type": "textfield", "id": "Field_x", "key": "x", "label": "X",
                  "validate": { "validationType": "email" } } ] }
                """, "validationType");
        assertInvalid("""
                { "id": "f", "components": [ { "type": "textfield", "id": "Field_x", "key": "x", "label": "X",
                  "validate": { "pattern": "([a-z" } } ] }
                """, "not a valid regular expression");
        assertInvalid("""
                { "id": "f", "components": [ { "type": "textfield", "id": "Field_x", "key": "a.b", "label": "X" } ] }
                """, "plain name");
        assertInvalid("""
                { "id": "f", "components": [ { "type": "textfield", "id": "Field_x", "key": "x", "label": "X",
                  "conditional": { "hide": "=true" } } ] }
                """, "conditional");
        assertInvalid("""
                { "id": "f", "components": [ { "type": "group", "id": "Group_x", "path": "nested", "components": [] } ] }
                """, "path");
        assertInvalid("""
                { "id": "f", "components": [
                  { "type": "textfield", "id": "Field_x", "key": "x", "label": "X" },
                  { "type": "textfield", "id": "Field_x", "key": "y", "label": "Y" } ] }
                """, "duplicate component id");
        assertInvalid("""
                { "id": "f", "components": [ { "type": "number", "id": "Field_x", "key": "x", "label": "X",
                  "validate": { "min": 5, "max": 1 } } ] }
                """, "min is greater than");
    }

    @Test
    void rejectsAFormWithoutIdOrWithBrokenJson() {
        assertThatThrownBy(() -> reader.read("{ \"components\": [] }", "broken.form"))
                .isInstanceOf(InvalidFormException.class)
                .hasMessageContaining("broken.form")
                .hasMessageContaining("no \"id\"");
        assertThatThrownBy(() -> reader.read("{ \"id\": ", "broken.form"))
                .isInstanceOf(InvalidFormException.class)
                .hasMessageContaining("broken.form")
                .hasMessageContaining("not valid JSON");
    }

    private void assertInvalid(String json, String problem) {
        assertThatThrownBy(() -> reader.read(json))
                .isInstanceOf(InvalidFormException.class)
                .hasMessageContaining("'f'")
                .hasMessageContaining(problem);
    }
}
