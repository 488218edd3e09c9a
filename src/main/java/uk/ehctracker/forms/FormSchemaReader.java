package uk.ehctracker.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Reads a Camunda Forms file (form-js JSON as Camunda Modeler 5 writes it for Camunda 7) into a
 * {@link FormDefinition}.
 *
 * <p>Only the subset that the form-js 1.8 renderer in Camunda 7.24 Tasklist shows and that
 * {@link FormValidator} can check on the server is accepted. Anything else is an
 * {@link InvalidFormException} naming the form and the component: an unknown component type, an
 * input without a key or label, a duplicate key or id, a datetime whose subtype is not
 * {@code date}, a choice without fixed values, a group with a data {@code path}, a
 * {@code conditional} (the server could not tell when it applies), or a malformed rule.
 * Properties that only affect looks (such as {@code layout}) are ignored.
 *
 * <p>Thread-safe.
 */
public final class FormSchemaReader {

    /** Keys become process variable names: keep them plain identifiers (no form-js paths). */
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private static final Set<String> VALIDATE_PROPERTIES =
            Set.of("required", "minLength", "maxLength", "min", "max", "pattern");

    private static final String SUPPORTED_TYPES = Arrays.stream(FieldType.values())
            .map(FieldType::schemaType).collect(Collectors.joining(", "));

    private final ObjectMapper mapper = new ObjectMapper();

    /** Reads a form from its JSON text. */
    public FormDefinition read(String json) {
        return read(json, "(unnamed form)");
    }

    /**
     * Reads a form from its JSON text.
     *
     * @param sourceName used in error messages until the form's id is known, e.g. the file name
     */
    public FormDefinition read(String json, String sourceName) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidFormException(sourceName, null, "not valid JSON: " + e.getOriginalMessage(), e);
        }
        return read(root, sourceName);
    }

    /** Reads a form from a stream (not closed here). */
    public FormDefinition read(InputStream in, String sourceName) {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            throw new InvalidFormException(sourceName, null, "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read form " + sourceName, e);
        }
        return read(root, sourceName);
    }

    /** Reads a {@code .form} file. */
    public FormDefinition read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read form " + file, e);
        }
    }

    private FormDefinition read(JsonNode root, String sourceName) {
        if (root == null || !root.isObject()) {
            throw new InvalidFormException(sourceName, null, "the file must hold a JSON object");
        }
        String formId = text(root, "id");
        if (formId == null || formId.isBlank()) {
            throw new InvalidFormException(sourceName, null, "the form has no \"id\"");
        }
        String type = text(root, "type");
        if (type != null && !"default".equals(type)) {
            throw new InvalidFormException(formId, null, "form \"type\" must be \"default\", not \"" + type + "\"");
        }
        JsonNode components = root.get("components");
        if (components == null || !components.isArray()) {
            throw new InvalidFormException(formId, null, "the form has no \"components\" list");
        }
        Context ctx = new Context(formId);
        readComponents(components, ctx, null, null, "");
        String title = ctx.fields.stream()
                .filter(f -> f.type() == FieldType.TEXT)
                .findFirst()
                .map(f -> heading(f.text()))
                .orElse(null);
        return new FormDefinition(formId, title, ctx.fields);
    }

    private void readComponents(JsonNode components, Context ctx, String groupId, String groupLabel, String path) {
        int index = 0;
        for (JsonNode node : components) {
            index++;
            readComponent(node, ctx, groupId, groupLabel, path + "#" + index);
        }
    }

    private void readComponent(JsonNode node, Context ctx, String groupId, String groupLabel, String position) {
        if (!node.isObject()) {
            throw new InvalidFormException(ctx.formId, position, "a component must be a JSON object");
        }
        String id = text(node, "id");
        String key = text(node, "key");
        String typeName = text(node, "type");
        String component = describe(id, key, position);

        FieldType type = FieldType.fromSchemaType(typeName).orElseThrow(() -> new InvalidFormException(
                ctx.formId, component, typeName == null
                        ? "the component has no \"type\""
                        : "unknown component type '" + typeName + "' (supported: " + SUPPORTED_TYPES + ")"));
        if (id != null) {
            String previous = ctx.ids.put(id, component);
            if (previous != null) {
                throw new InvalidFormException(ctx.formId, component, "duplicate component id '" + id + "'");
            }
        }
        if (node.hasNonNull("conditional")) {
            throw new InvalidFormException(ctx.formId, component,
                    "\"conditional\" (show/hide) is not supported: the server could not tell when the field applies");
        }

        switch (type) {
            case TEXT -> {
                String markdown = text(node, "text");
                ctx.fields.add(new FormField(id, null, markdown == null ? "" : markdown, type, false,
                        null, null, null, null, null, List.of(), null, null, groupId, groupLabel));
            }
            case GROUP -> {
                String dataPath = text(node, "path");
                if (dataPath != null && !dataPath.isBlank()) {
                    throw new InvalidFormException(ctx.formId, component,
                            "a group with a data \"path\" is not supported: keep every key at the top level");
                }
                JsonNode children = node.get("components");
                if (children != null && !children.isArray()) {
                    throw new InvalidFormException(ctx.formId, component, "\"components\" must be a list");
                }
                String label = blankToNull(text(node, "label"));
                if (children != null) {
                    readComponents(children, ctx, id == null ? component : id, label, position + "/");
                }
            }
            default -> ctx.fields.add(readInput(node, ctx, type, id, key, component, groupId, groupLabel));
        }
    }

    private FormField readInput(JsonNode node, Context ctx, FieldType type, String id, String key,
                                String component, String groupId, String groupLabel) {
        String formId = ctx.formId;
        if (key == null || key.isBlank()) {
            throw new InvalidFormException(formId, component, "an input component must have a \"key\"");
        }
        if (!KEY.matcher(key).matches()) {
            throw new InvalidFormException(formId, component,
                    "key '" + key + "' must be a plain name (letters, digits and _; no dots or spaces)");
        }
        String previous = ctx.keys.put(key, component);
        if (previous != null) {
            throw new InvalidFormException(formId, component,
                    "duplicate key '" + key + "' (also used by component " + previous + ")");
        }

        String subtype = null;
        String label;
        if (type == FieldType.DATETIME) {
            subtype = text(node, "subtype");
            if (!FormField.DATE_SUBTYPE.equals(subtype)) {
                throw new InvalidFormException(formId, component, "datetime subtype must be 'date', not '"
                        + subtype + "' (times are not supported)");
            }
            label = blankToNull(text(node, "dateLabel"));
            if (label == null) {
                label = blankToNull(text(node, "label"));
            }
        } else {
            label = blankToNull(text(node, "label"));
        }
        if (label == null) {
            throw new InvalidFormException(formId, component, "an input component must have a visible label");
        }

        Rules rules = readRules(node.get("validate"), type, formId, component);
        List<FormField.Option> options = type.hasOptions() ? readOptions(node, formId, component) : List.of();
        if (!type.hasOptions() && node.has("values")) {
            throw new InvalidFormException(formId, component, "\"values\" are only allowed on radio, select and checklist");
        }
        return new FormField(id, key, label, type, rules.required, rules.minLength, rules.maxLength,
                rules.min, rules.max, rules.pattern, options, subtype,
                blankToNull(text(node, "description")), groupId, groupLabel);
    }

    private Rules readRules(JsonNode validate, FieldType type, String formId, String component) {
        Rules rules = new Rules();
        if (validate == null || validate.isNull()) {
            return rules;
        }
        if (!validate.isObject()) {
            throw new InvalidFormException(formId, component, "\"validate\" must be an object");
        }
        for (Iterator<String> names = validate.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!VALIDATE_PROPERTIES.contains(name)) {
                throw new InvalidFormException(formId, component, "validation rule \"" + name
                        + "\" is not supported (supported: required, minLength, maxLength, min, max, pattern)");
            }
        }
        JsonNode required = validate.get("required");
        if (required != null && !required.isNull()) {
            if (!required.isBoolean()) {
                throw new InvalidFormException(formId, component, "validate.required must be true or false");
            }
            rules.required = required.booleanValue();
        }
        rules.minLength = length(validate, "minLength", type, formId, component);
        rules.maxLength = length(validate, "maxLength", type, formId, component);
        if (rules.minLength != null && rules.maxLength != null && rules.minLength > rules.maxLength) {
            throw new InvalidFormException(formId, component, "validate.minLength is greater than validate.maxLength");
        }
        rules.min = bound(validate, "min", type, formId, component);
        rules.max = bound(validate, "max", type, formId, component);
        if (rules.min != null && rules.max != null && rules.min.compareTo(rules.max) > 0) {
            throw new InvalidFormException(formId, component, "validate.min is greater than validate.max");
        }
        JsonNode pattern = validate.get("pattern");
        if (pattern != null && !pattern.isNull() && !(pattern.isTextual() && pattern.textValue().isEmpty())) {
            if (!type.isText()) {
                throw new InvalidFormException(formId, component, "validate.pattern applies to text fields only");
            }
            if (!pattern.isTextual()) {
                throw new InvalidFormException(formId, component, "validate.pattern must be a string");
            }
            try {
                Pattern.compile(pattern.textValue());
            } catch (PatternSyntaxException e) {
                throw new InvalidFormException(formId, component,
                        "validate.pattern is not a valid regular expression: " + e.getDescription(), e);
            }
            rules.pattern = pattern.textValue();
        }
        return rules;
    }

    private static Integer length(JsonNode validate, String name, FieldType type, String formId, String component) {
        JsonNode n = validate.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!type.isText()) {
            throw new InvalidFormException(formId, component, "validate." + name + " applies to text fields only");
        }
        if (!n.canConvertToExactIntegral() || !n.canConvertToInt() || n.intValue() < 0) {
            throw new InvalidFormException(formId, component, "validate." + name + " must be a whole number, 0 or more");
        }
        return n.intValue();
    }

    private static BigDecimal bound(JsonNode validate, String name, FieldType type, String formId, String component) {
        JsonNode n = validate.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (type != FieldType.NUMBER) {
            throw new InvalidFormException(formId, component, "validate." + name + " applies to number fields only");
        }
        if (!n.isNumber()) {
            throw new InvalidFormException(formId, component, "validate." + name + " must be a number");
        }
        return n.decimalValue();
    }

    private static List<FormField.Option> readOptions(JsonNode node, String formId, String component) {
        for (String dynamic : List.of("valuesKey", "valuesExpression")) {
            if (node.hasNonNull(dynamic)) {
                throw new InvalidFormException(formId, component,
                        "\"" + dynamic + "\" (values from data) is not supported: list the \"values\" in the form");
            }
        }
        JsonNode values = node.get("values");
        if (values == null || !values.isArray() || values.isEmpty()) {
            throw new InvalidFormException(formId, component, "a choice must list its \"values\"");
        }
        List<FormField.Option> options = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode v : values) {
            String value = v.isObject() ? text(v, "value") : null;
            if (value == null || value.isBlank()) {
                throw new InvalidFormException(formId, component, "every entry in \"values\" needs a \"value\"");
            }
            if (!seen.add(value)) {
                throw new InvalidFormException(formId, component, "duplicate value '" + value + "' in \"values\"");
            }
            options.add(new FormField.Option(value, blankToNull(text(v, "label"))));
        }
        return options;
    }

    /** The first markdown heading (or, failing that, nothing) of a text component. */
    private static String heading(String markdown) {
        if (markdown == null) {
            return null;
        }
        return markdown.lines()
                .map(String::strip)
                .filter(line -> line.startsWith("#"))
                .map(line -> line.replaceFirst("^#+", "").strip())
                .filter(line -> !line.isEmpty())
                .findFirst()
                .orElse(null);
    }

    private static String describe(String id, String key, String position) {
        String name = id != null ? "'" + id + "'" : position;
        return key != null ? name + " (key '" + key + "')" : name;
    }

    private static String text(JsonNode node, String property) {
        JsonNode value = node.get(property);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static final class Context {
        final String formId;
        final List<FormField> fields = new ArrayList<>();
        final Map<String, String> keys = new HashMap<>();
        final Map<String, String> ids = new HashMap<>();

        Context(String formId) {
            this.formId = formId;
        }
    }

    private static final class Rules {
        boolean required;
        Integer minLength;
        Integer maxLength;
        BigDecimal min;
        BigDecimal max;
        String pattern;
    }
}
