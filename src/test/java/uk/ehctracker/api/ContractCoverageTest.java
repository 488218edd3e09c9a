package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import uk.ehctracker.documents.SampleFiles;

/**
 * The refusals every operation of the document declares from its shape, tried on each operation
 * the document lists (new ones included, without a line here): no credentials is 401, a throttled
 * username is 429, a browser session's change without its CSRF token is 403, an id that does not
 * exist is 404, a malformed id or body or parameter is 400, a body of the wrong type is 415, an
 * upload over 20 MB is 413. Each answer is checked against the document like every other
 * exchange ({@link Contract}), and each request but the 404's is one the document forbids.
 */
class ContractCoverageTest extends ApiTest {

    private static final String UNKNOWN_ID = "987654321";

    private Contract contract;
    private String throttled;
    private SessionClient browser;

    @BeforeAll
    void setUp() {
        contract = Contract.of(port);
        // a username with 5 failed sign-ins from this address: its next attempts are refused 429
        throttled = "contract-throttled-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            assertThat(api.getWithPassword("/api/me", throttled, "wrong").statusCode()).isEqualTo(401);
        }
        browser = new SessionClient(port);
        assertThat(browser.signIn("caseworker", "caseworker").statusCode()).isEqualTo(302);
    }

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesAsItsDocumentSays() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Contract.Documented op : contract.operations()) {
            String name = op.method() + " " + op.template();
            tests.add(DynamicTest.dynamicTest(name + ": no credentials -> 401",
                    () -> refused(send(op, path(op, "1"), ApiClient.ANONYMOUS, validBody(op)), 401, true)));
            tests.add(DynamicTest.dynamicTest(name + ": a throttled username -> 429",
                    () -> refused(send(op, path(op, "1"), throttled, validBody(op)), 429, false)));
            if (op.declares(403)) {
                tests.add(DynamicTest.dynamicTest(name + ": a session's change without its CSRF token -> 403", () -> {
                    Body body = validBody(op);
                    refused(browser.send(op.method(), path(op, "1"), body == null ? null : body.contentType(),
                            body == null ? null : body.text(), Map.of()), 403, false);
                }));
            }
            if (op.declares(404) && !op.parameters("path").isEmpty()) {
                tests.add(DynamicTest.dynamicTest(name + ": an id that does not exist -> 404",
                        () -> refused(send(op, path(op, UNKNOWN_ID), userFor(op), validBody(op)), 404, false)));
            }
            if (op.declares(400)) {
                tests.add(DynamicTest.dynamicTest(name + ": a malformed id, body or parameter -> 400", () -> malformed(op)));
            }
            if (op.declares(415)) {
                tests.add(DynamicTest.dynamicTest(name + ": a body of the wrong type -> 415",
                        () -> refused(send(op, path(op, "1"), userFor(op), new Body("text/plain", "x")), 415, true)));
            }
            if (op.declares(413)) {
                tests.add(DynamicTest.dynamicTest(name + ": an upload over 20 MB -> 413", () -> {
                    HttpResponse<String> r = api.upload(path(op, "1"), userFor(op), "big.pdf", "application/pdf",
                            new byte[21 * 1024 * 1024], null);
                    refused(r, 413, false);
                }));
            }
        }
        return tests.stream();
    }

    /** 400: a path id that is not a number, else a body that is not an object, else a parameter that is not its type. */
    private void malformed(Contract.Documented op) {
        boolean numericId = op.parameters("path").stream().anyMatch(p -> contract.schema(p.path("schema")).path("type").asText().equals("integer"));
        if (numericId) {
            refused(send(op, path(op, "abc"), userFor(op), validBody(op)), 400, true);
        } else if ("application/json".equals(op.bodyType())) {
            refused(send(op, path(op, "1"), userFor(op), new Body("application/json", "[]")), 400, true);
        } else {
            JsonNode parameter = op.parameters("query").stream()
                    .filter(p -> !contract.schema(p.path("schema")).path("type").asText().equals("string")
                            || contract.schema(p.path("schema")).has("enum") || contract.schema(p.path("schema")).has("format"))
                    .findFirst().orElseThrow(() -> new AssertionError(op.template() + " declares 400 but has nothing to get wrong"));
            refused(send(op, path(op, "1") + "?" + parameter.path("name").asText() + "=not-a-value", userFor(op), validBody(op)), 400, true);
        }
    }

    private void refused(HttpResponse<String> r, int status, boolean documentForbidsIt) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = ApiClient.json(r);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("errors").findValuesAsText("field")).as(r.body()).isNotEmpty();
        if (documentForbidsIt) {
            assertThat(Contract.last().documentForbidsTheRequest()).as("the document forbids the request").isTrue();
        }
    }

    private record Body(String contentType, String text) {
    }

    private HttpResponse<String> send(Contract.Documented op, String path, String user, Body body) {
        if ("multipart/form-data".equals(op.bodyType()) && body != null && body.contentType().startsWith("multipart")) {
            return api.upload(path, user, "report.pdf", "application/pdf", SampleFiles.pdf(), null);
        }
        return api.send(op.method(), path, user, body == null ? null : body.contentType(),
                body == null ? null : body.text().getBytes(StandardCharsets.UTF_8), Map.of("Accept", "*/*"));
    }

    /** A body the document accepts: each required field with a value of its type. */
    private Body validBody(Contract.Documented op) {
        String type = op.bodyType();
        if (type == null) {
            return null;
        }
        if (type.startsWith("multipart")) {
            return new Body("multipart/form-data", "");
        }
        return new Body(type, example(op.operation().path("requestBody").path("content").path(type).path("schema")).toString());
    }

    private JsonNode example(JsonNode schemaOrRef) {
        JsonNode schema = contract.schema(schemaOrRef);
        if (schema.has("anyOf")) {
            return example(schema.path("anyOf").get(0));
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText() : schema.path("type").asText();
        return switch (type) {
            case "integer" -> JsonNodeFactory.instance.numberNode(1L);
            case "number" -> JsonNodeFactory.instance.numberNode(new java.math.BigDecimal("1.50"));
            case "boolean" -> JsonNodeFactory.instance.booleanNode(true);
            case "array" -> JsonNodeFactory.instance.arrayNode();
            case "string" -> JsonNodeFactory.instance.textNode(
                    "date".equals(schema.path("format").asText()) ? fixtures.today().toString() : "x");
            default -> {
                ObjectNode object = JsonNodeFactory.instance.objectNode();
                schema.path("required").forEach(field -> object.set(field.asText(), example(schema.path("properties").path(field.asText()))));
                yield object;
            }
        };
    }

    /** The path with each parameter filled in. */
    private static String path(Contract.Documented op, String id) {
        return op.template().replaceAll("\\{[^}]+}", id);
    }

    /** Who may call it, so that the refusal is the one tried and not "not yours": admins for accounts and the calendar. */
    private static String userFor(Contract.Documented op) {
        return op.template().startsWith("/api/accounts") || op.template().startsWith("/api/bank-holidays") ? "admin" : "caseworker";
    }
}
