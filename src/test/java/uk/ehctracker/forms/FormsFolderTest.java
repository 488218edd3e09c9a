package uk.ehctracker.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every file in {@code forms/}: it parses, its id is its file name, it matches the table "User
 * tasks and their forms" in docs/PROCESS-CONTRACT.md, and it renders. A new file is picked up
 * automatically; add its row to {@link #CONTRACT} when you add it to the contract.
 */
class FormsFolderTest {

    /** One field as the contract table declares it. */
    record Expected(String key, FieldType type, boolean required, Integer maxLength, List<String> options) {
    }

    static Expected textarea(String key, boolean required) {
        return new Expected(key, FieldType.TEXTAREA, required, 20000, List.of());
    }

    static Expected textfield(String key, boolean required, int maxLength) {
        return new Expected(key, FieldType.TEXTFIELD, required, maxLength, List.of());
    }

    static Expected radio(String key, String... options) {
        return new Expected(key, FieldType.RADIO, true, null, List.of(options));
    }

    static Expected checkbox(String key) {
        return new Expected(key, FieldType.CHECKBOX, false, null, List.of());
    }

    static Expected checklist(String key, String... options) {
        return new Expected(key, FieldType.CHECKLIST, false, null, List.of(options));
    }

    static Expected date(String key) {
        return new Expected(key, FieldType.DATETIME, true, null, List.of());
    }

    /** docs/PROCESS-CONTRACT.md, "User tasks and their forms", as data. */
    static final Map<String, List<Expected>> CONTRACT = new LinkedHashMap<>();

    static {
        CONTRACT.put("decideWhetherToAssess", List.of(
                radio("assessDecision", "ASSESS", "DO_NOT_ASSESS"),
                checkbox("mayHaveSen"),
                checkbox("mayNeedPlan"),
                checklist("evidenceWeighed", "ATTAINMENT_AND_PROGRESS", "NATURE_OF_SEN", "ACTION_BY_SETTING",
                        "ADDITIONAL_SUPPORT_NEEDED", "DEVELOPMENT_AND_HEALTH", "MORE_TIME_OVER_18"),
                checklist("additionalAdvice", "HEARING_OR_VISION_TEACHER", "OTHER"),
                textarea("reasons", true),
                date("decidedOn")));
        CONTRACT.put("giveAdvice", List.of(
                textarea("advice", true),
                date("adviceDate")));
        CONTRACT.put("decideWhetherToIssuePlan", List.of(
                radio("issueDecision", "ISSUE", "DO_NOT_ISSUE"),
                checkbox("necessaryTestMet"),
                textarea("reasons", true),
                date("decidedOn")));
        List<Expected> plan = new ArrayList<>();
        List<String> sections = List.of("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K");
        for (String section : sections) {
            plan.add(textarea("section" + section, List.of("B", "E", "F").contains(section)));
        }
        plan.add(date("servedOn"));
        CONTRACT.put("writeDraftPlan", List.copyOf(plan));
        CONTRACT.put("commentOnDraftPlan", List.of(
                textarea("comments", false),
                textfield("requestedSchool", false, 200),
                checkbox("wantsMeeting"),
                checkbox("wantsPersonalBudget")));
        CONTRACT.put("chooseSettingToConsult", List.of(
                textfield("settingToConsult", true, 200)));
        CONTRACT.put("respondToConsultation", List.of(
                radio("canMeetNeeds", "YES", "NO"),
                textarea("response", true),
                date("respondedOn")));
        CONTRACT.put("decideAfterConsultation", List.of(
                radio("afterConsultation", "NAME_ANYWAY", "CONSULT_ANOTHER"),
                new Expected("notNamingGround", FieldType.RADIO, false, null,
                        List.of("UNSUITABLE", "EFFICIENT_EDUCATION_OF_OTHERS", "EFFICIENT_USE_OF_RESOURCES")),
                textarea("reasons", true)));
        CONTRACT.put("arrangeMeetingToDiscussDraftPlan", List.of(date("meetingOn")));
        // reg 44; reg 45(4): the amended plan an order about the plan's contents requires
        CONTRACT.put("issueAmendedPlan", List.of(date("issuedOn")));
        // each section of the final plan starts from the draft; each says what changed and why (I: the placement named)
        List<Expected> finalPlan = new ArrayList<>();
        finalPlan.add(textfield("namedPlacement", true, 200));
        finalPlan.add(checkbox("namedPlacementIsTypeOnly"));
        for (String section : sections) {
            if (!section.equals("I")) {
                finalPlan.add(textarea("section" + section, false));
            }
            finalPlan.add(textarea("section" + section + "Change", false));
        }
        finalPlan.add(date("issuedOn"));
        CONTRACT.put("issueFinalPlan", List.copyOf(finalPlan));
        CONTRACT.put("reviewMissedDeadline", List.of(
                textarea("actionTaken", true)));
        // the family's own views (not a user task; any stage until the draft is written)
        CONTRACT.put("familyViews", List.of("aboutChild", "whatIsHard", "whatHasHelped", "hopes", "childsVoice").stream()
                .map(key -> new Expected(key, FieldType.TEXTAREA, false, 3000, List.of())).toList());
        // sen-support (the graduated approach in school)
        CONTRACT.put("assessNeeds", List.of(textarea("assessNotes", true), textarea("attainment", false),
                textarea("pupilViews", false), textarea("parentViews", false)));
        CONTRACT.put("planSupport", List.of(textarea("outcomes", true), textarea("provision", true), date("reviewDate")));
        CONTRACT.put("reviewCycle", List.of(textarea("reviewNotes", true),
                radio("reviewOutcome", "ANOTHER_CYCLE", "INVOLVE_SPECIALIST", "REQUEST_ASSESSMENT", "LEAVE_SEN_SUPPORT")));
        CONTRACT.put("agreeSpecialistInvolvement", List.of(new Expected("specialistKind", FieldType.SELECT, true, null,
                List.of("EDUCATIONAL_PSYCHOLOGIST", "SPEECH_AND_LANGUAGE_THERAPY", "OCCUPATIONAL_THERAPY", "CAMHS", "ADVISORY_TEACHER")),
                radio("parentsAgree", "YES", "NO"), date("decidedOn")));
        CONTRACT.put("recordSpecialistAdvice", List.of(textarea("advice", true), date("reportDate")));
    }

    private final FormSchemaReader reader = new FormSchemaReader();

    static Stream<Path> formFiles() throws IOException {
        try (Stream<Path> files = Files.list(TestForms.formsFolder())) {
            List<Path> forms = files.filter(p -> p.getFileName().toString().endsWith(".form")).sorted().toList();
            assertThat(forms).as("forms in %s", TestForms.formsFolder().toAbsolutePath()).isNotEmpty();
            return forms.stream();
        }
    }

    private static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".form".length());
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void everyFormInTheContractHasAFileAndEveryFileIsInTheContract() throws IOException {
        List<String> ids = formFiles().map(FormsFolderTest::idOf).toList();

        assertThat(ids)
                .as("forms/ must hold exactly the forms of docs/PROCESS-CONTRACT.md; "
                        + "update the contract, the file and CONTRACT in this test together")
                .containsExactlyInAnyOrderElementsOf(CONTRACT.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formFiles")
    void parsesAndItsIdIsItsFileName(Path file) {
        FormDefinition form = reader.read(file);

        assertThat(form.id()).isEqualTo(idOf(file));
        assertThat(form.title()).as("a heading explaining the task").isNotBlank();
        assertThat(form.fields()).first().extracting(FormField::type).isEqualTo(FieldType.TEXT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formFiles")
    void isWrittenForCamundaPlatform724WithAUniqueIdOnEveryComponent(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());

        assertThat(root.path("type").asText()).isEqualTo("default");
        assertThat(root.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
        assertThat(root.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
        assertThat(root.path("exporter").path("name").asText()).isEqualTo("Camunda Modeler");
        assertThat(root.path("schemaVersion").asInt()).isEqualTo(16);
        List<String> ids = new ArrayList<>();
        collectIds(root.path("components"), ids);
        assertThat(ids).doesNotContainNull().doesNotHaveDuplicates();
    }

    private static void collectIds(JsonNode components, List<String> ids) {
        for (JsonNode component : components) {
            ids.add(component.hasNonNull("id") ? component.get("id").asText() : null);
            collectIds(component.path("components"), ids);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formFiles")
    void matchesTheContractTable(Path file) {
        FormDefinition form = reader.read(file);
        List<Expected> expected = CONTRACT.get(form.id());
        assertThat(expected).as("row for %s in the contract table", form.id()).isNotNull();

        assertThat(form.keys()).as("keys of %s", form.id())
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(Expected::key).toList());
        for (Expected e : expected) {
            FormField field = form.field(e.key()).orElseThrow();
            assertThat(field.type()).as("%s.%s type", form.id(), e.key()).isEqualTo(e.type());
            assertThat(field.required()).as("%s.%s required", form.id(), e.key()).isEqualTo(e.required());
            assertThat(field.maxLength()).as("%s.%s maxLength", form.id(), e.key()).isEqualTo(e.maxLength());
            assertThat(field.optionValues()).as("%s.%s values", form.id(), e.key()).isEqualTo(e.options());
            field.options().forEach(option -> assertThat(option.label())
                    .as("%s.%s: plain-English label for %s", form.id(), e.key(), option.value())
                    .isNotEqualTo(option.value())
                    .isNotBlank());
            if (e.type() == FieldType.DATETIME) {
                assertThat(field.subtype()).isEqualTo("date");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formFiles")
    void rendersOneLabelledInputPerField(Path file) {
        FormDefinition form = reader.read(file);
        RenderedForm rendered = new VaadinFormRenderer().render(form);
        UI.getCurrent().add(rendered);

        List<Component> inputs = new ArrayList<>();
        collectInputs(rendered, inputs);

        assertThat(inputs).hasSize(form.inputFields().size());
        assertThat(inputs).allSatisfy(input -> assertThat(((HasLabel) input).getLabel())
                .as("label of %s", input.getId().orElse("?")).isNotBlank());
        assertThat(inputs).map(c -> c.getElement().getAttribute("data-key")).containsExactlyElementsOf(form.keys());
        assertThat(rendered.fields().keySet()).containsExactlyElementsOf(form.keys());
    }

    /** Inputs at the top of the tree: a group's own checkboxes or radio buttons are not counted. */
    private static void collectInputs(Component component, List<Component> inputs) {
        component.getChildren().forEach(child -> {
            if (child instanceof HasValue<?, ?>) {
                inputs.add(child);
            } else {
                collectInputs(child, inputs);
            }
        });
    }

    @Test
    void theDecisionToAssessExplainsTheLegalTest() {
        FormDefinition form = reader.read(TestForms.formsFolder().resolve("decideWhetherToAssess.form"));

        assertThat(form.fields().get(0).text()).contains("s36(8)").contains("'May' is enough");
        assertThat(form.field("assessDecision").orElseThrow().optionLabel("ASSESS"))
                .contains("Yes, carry out an EHC needs assessment");
    }

    @Test
    void theDraftPlanKeepsSectionsSeparateAndNamesNoSchool() {
        FormDefinition form = reader.read(TestForms.formsFolder().resolve("writeDraftPlan.form"));

        assertThat(form.field("sectionB").orElseThrow().label()).startsWith("Section B:");
        assertThat(form.field("sectionI").orElseThrow().description())
                .containsIgnoringCase("type of school or other institution only: the draft does not name one");
        assertThat(form.inputFields()).filteredOn(f -> f.key().startsWith("section"))
                .allSatisfy(f -> assertThat(f.groupLabel()).isNotBlank());
    }

    @Test
    void theFamilysViewsAreAskedForInPlainEnglish_withTheChildsOwnVoice() {
        FormDefinition form = reader.read(TestForms.formsFolder().resolve("familyViews.form"));

        assertThat(form.fields().get(0).text()).contains("Tell us about your child").contains("at least one")
                .doesNotContainIgnoringCase("reg").doesNotContain("CFA").doesNotContain("s19");
        assertThat(form.field("childsVoice").orElseThrow().label()).contains("your child or young person wants to tell us");
        assertThat(form.inputFields()).allSatisfy(f -> assertThat(f.required()).isFalse());
    }

    @Test
    void theFamilyIsToldAboutTheir15Days() {
        FormDefinition form = reader.read(TestForms.formsFolder().resolve("commentOnDraftPlan.form"));

        assertThat(form.fields().get(0).text()).contains("You have 15 days from the day we sent the draft");
    }
}
