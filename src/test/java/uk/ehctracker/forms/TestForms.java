package uk.ehctracker.forms;

import java.nio.file.Files;
import java.nio.file.Path;

/** Forms written for the tests, covering every supported component type. */
final class TestForms {

    private TestForms() {
    }

    /** A form with one of each input type, a text and a group. */
    static final String ALL_TYPES = """
            {
              "components": [
                { "type": "text", "id": "Text_intro", "text": "### Test form\\n\\nSome **help**.\\n\\n- first\\n- second" },
                { "type": "textfield", "id": "Field_postcode", "key": "postcode", "label": "Postcode",
                  "description": "For example, SW1A 1AA",
                  "validate": { "maxLength": 8, "pattern": "^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$" } },
                { "type": "textfield", "id": "Field_name", "key": "name", "label": "Name",
                  "validate": { "minLength": 2 } },
                { "type": "textarea", "id": "Field_reasons", "key": "reasons", "label": "Reasons",
                  "validate": { "required": true, "maxLength": 20000 } },
                { "type": "number", "id": "Field_hours", "key": "hours", "label": "Hours a week",
                  "validate": { "min": 0, "max": 32.5 } },
                { "type": "select", "id": "Field_need", "key": "need", "label": "Primary need",
                  "values": [ { "label": "Autism", "value": "ASD" },
                              { "label": "Speech, language and communication needs", "value": "SLCN" } ] },
                { "type": "radio", "id": "Field_decision", "key": "decision", "label": "Decision",
                  "validate": { "required": true },
                  "values": [ { "label": "Yes, carry out an EHC needs assessment", "value": "ASSESS" },
                              { "label": "No, do not carry out an EHC needs assessment", "value": "DO_NOT_ASSESS" } ] },
                { "type": "checkbox", "id": "Field_agreed", "key": "agreed", "label": "Agreed with the family" },
                { "type": "checklist", "id": "Field_evidence", "key": "evidence", "label": "Evidence weighed",
                  "values": [ { "label": "Attainment", "value": "A" }, { "label": "Nature of SEN", "value": "B" },
                              { "label": "Health", "value": "C" } ] },
                { "type": "datetime", "subtype": "date", "id": "Field_decidedOn", "key": "decidedOn",
                  "dateLabel": "Decided on", "validate": { "required": true } },
                { "type": "group", "id": "Group_more", "label": "More details", "showOutline": true, "components": [
                  { "type": "checkbox", "id": "Field_consent", "key": "consent", "label": "Consent given",
                    "validate": { "required": true } }
                ] }
              ],
              "type": "default",
              "id": "testForm",
              "executionPlatform": "Camunda Platform",
              "executionPlatformVersion": "7.24.0",
              "schemaVersion": 16
            }
            """;

    static FormDefinition allTypes() {
        return new FormSchemaReader().read(ALL_TYPES, "testForm.form");
    }

    /** A minimal valid form with the given id and one required textarea. */
    static String minimal(String id) {
        return """
                { "id": "%s", "type": "default", "schemaVersion": 16, "components": [
                  { "type": "textarea", "id": "Field_notes", "key": "notes", "label": "Notes",
                    "validate": { "required": true } } ] }
                """.formatted(id);
    }

    /** The project's {@code forms/} folder (tests run from the project directory). */
    static Path formsFolder() {
        Path relative = Path.of("forms");
        if (Files.isDirectory(relative)) {
            return relative;
        }
        return Path.of(System.getProperty("basedir", "."), "forms");
    }
}
