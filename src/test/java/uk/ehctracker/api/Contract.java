package uk.ehctracker.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ehctracker.testing.Http;

/**
 * The API's contract test: every exchange {@link ApiClient} and {@link SessionClient} make with
 * {@code /api} is checked against the OpenAPI document the application serves
 * ({@code /api/openapi.json}), strictly.
 * <ul>
 *   <li>The request: its path parameters, query parameters, Content-Type, body (JSON Schema 2020-12,
 *       the schema dialect of OpenAPI 3.1, with {@code additionalProperties: false}) and credentials.
 *       A request the document forbids must be refused with a documented 4xx, never accepted.</li>
 *   <li>The response: its status must be one the operation declares; its Content-Type one the status
 *       declares, its body valid against that schema (a problem's {@code status} equal to the HTTP
 *       status), no body where none is declared; every required header present, and no meaningful
 *       header ({@link #DECLARED_HEADERS}) the document does not declare.</li>
 * </ul>
 * Each checked exchange is recorded as (method, path template, status) under
 * {@code target/contract/<run>/} for {@link ContractCoverageCheck}. Schemas are checked with
 * networknt's json-schema-validator (docs/api.md says why this one).
 */
final class Contract {

    /** Headers that mean something to a client: the document must declare each one an answer carries. */
    static final Set<String> DECLARED_HEADERS = Set.of("location", "content-location", "retry-after", "content-disposition",
            "www-authenticate", "allow", "link", "etag", "last-modified");
    /** springdoc's own pages and the document itself: not part of the API the document describes. */
    private static final List<String> NOT_API = List.of("/api/openapi.json", "/api/docs", "/api/swagger-ui");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PART_NAME = Pattern.compile("Content-Disposition: form-data; name=\"([^\"]+)\"");

    private static volatile Contract loaded;
    private static final ThreadLocal<Verdict> LAST = new ThreadLocal<>();

    /** One HTTP exchange as the client saw it. */
    record Exchange(String method, URI uri, Map<String, List<String>> requestHeaders, byte[] requestBody, boolean session,
            int status, Map<String, List<String>> responseHeaders, byte[] responseBody) {
    }

    /** What the contract made of an exchange: the operation (null when not one of the document's) and what the request got wrong. */
    record Verdict(String operation, int status, List<String> requestProblems) {

        boolean documentForbidsTheRequest() {
            return !requestProblems.isEmpty();
        }
    }

    private record Operation(String method, String template, Pattern pattern, List<String> names, JsonNode node) {
    }

    private final JsonNode document;
    private final List<Operation> operations = new ArrayList<>();
    /** OpenAPI 3.1's schema dialect: JSON Schema 2020-12 plus the OpenAPI keywords (example, discriminator). */
    private final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();
    private final Path log;

    private Contract(JsonNode document, Path dir) {
        this.document = document;
        document.path("paths").fields().forEachRemaining(path -> {
            List<String> names = new ArrayList<>();
            Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path.getKey());
            StringBuilder regex = new StringBuilder();
            int last = 0;
            while (m.find()) {
                regex.append(Pattern.quote(path.getKey().substring(last, m.start()))).append("([^/]+)");
                names.add(m.group(1));
                last = m.end();
            }
            regex.append(Pattern.quote(path.getKey().substring(last)));
            path.getValue().fields().forEachRemaining(op -> operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT),
                    path.getKey(), Pattern.compile(regex.toString()), names, op.getValue())));
        });
        // a literal segment wins over a parameter: /documents/{docId} before /{id}
        operations.sort(Comparator.comparingInt(o -> o.names().size()));
        this.log = dir.resolve("exchanges-" + UUID.randomUUID() + ".log");
    }

    /** The document of the running application, fetched once per test run. */
    static Contract of(int port) {
        Contract c = loaded;
        if (c == null) {
            synchronized (Contract.class) {
                if (loaded == null) {
                    loaded = load(port);
                }
                c = loaded;
            }
        }
        return c;
    }

    /** An operation of the document, for tests that go through them all. */
    record Documented(String method, String template, JsonNode operation) {

        boolean declares(int status) {
            return operation.path("responses").has(String.valueOf(status));
        }

        List<JsonNode> parameters(String in) {
            List<JsonNode> found = new ArrayList<>();
            operation.path("parameters").forEach(p -> {
                if (p.path("in").asText().equals(in)) {
                    found.add(p);
                }
            });
            return found;
        }

        /** The media type of its body (application/json, multipart/form-data), or null when it takes none. */
        String bodyType() {
            Iterator<String> types = operation.path("requestBody").path("content").fieldNames();
            return types.hasNext() ? types.next() : null;
        }
    }

    List<Documented> operations() {
        return operations.stream().map(o -> new Documented(o.method(), o.template(), o.node())).toList();
    }

    /** A schema with its $ref followed. */
    JsonNode schema(JsonNode schema) {
        return resolve(schema);
    }

    /** The last exchange this thread made, as the contract judged it. */
    static Verdict last() {
        return LAST.get();
    }

    /** The folder of this run's records: the build's (surefire sets it), or target/contract/local. */
    static Path dir() {
        return Path.of(System.getProperty("contract.dir", "target/contract/local"));
    }

    private static Contract load(int port) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/openapi.json")).header("Authorization", Http.basic("caseworker", "caseworker"))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("No OpenAPI document: " + r.statusCode() + " " + r.body());
            }
            Path dir = dir();
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("openapi.json"), r.body());
            return new Contract(JSON.readTree(r.body()), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Checks one exchange; throws an AssertionError saying what the document does not describe. */
    Verdict check(Exchange e) {
        String path = e.uri().getRawPath();
        if (!path.startsWith("/api/") || NOT_API.stream().anyMatch(path::startsWith)) {
            Verdict outside = new Verdict(null, e.status(), List.of());
            LAST.set(outside);
            return outside;
        }
        String where = e.method() + " " + e.uri().getRawPath() + (e.uri().getRawQuery() == null ? "" : "?" + e.uri().getRawQuery())
                + " -> " + e.status();
        Operation op = null;
        Matcher matched = null;
        boolean pathKnown = false;
        for (Operation candidate : operations) {
            Matcher m = candidate.pattern().matcher(path);
            if (m.matches()) {
                pathKnown = true;
                if (candidate.method().equals(e.method())) {
                    op = candidate;
                    matched = m;
                    break;
                }
            }
        }
        if (op == null) {
            // not an operation of the document: must be refused, as problem details
            if (e.status() < 400 || e.status() >= 500) {
                throw new AssertionError(where + ": " + (pathKnown ? "a method" : "a path") + " the document does not have was answered "
                        + e.status() + ": " + text(e.responseBody()));
            }
            List<String> problems = new ArrayList<>();
            // Tomcat refuses some addresses (an encoded slash) itself, before the application, with its own page
            if (e.responseBody().length > 0 && "application/problem+json".equals(mediaType(first(e.responseHeaders(), "Content-Type")))) {
                checkBody(problems, e, "application/problem+json", JSON.valueToTree(Map.of("$ref", "#/components/schemas/Problem")));
            }
            fail(where, problems, e);
            Verdict outside = new Verdict(null, e.status(), List.of(pathKnown ? "method not in the document" : "path not in the document"));
            LAST.set(outside);
            return outside;
        }
        List<String> requestProblems = request(op, matched, e);
        List<String> responseProblems = response(op, e);
        if (!requestProblems.isEmpty() && (e.status() < 400 || e.status() >= 500)) {
            responseProblems.add("the document forbids this request (" + String.join("; ", requestProblems)
                    + ") but the API answered " + e.status());
        }
        fail(where, responseProblems, e);
        Verdict verdict = new Verdict(op.method() + " " + op.template(), e.status(), List.copyOf(requestProblems));
        record(op, e.status());
        LAST.set(verdict);
        return verdict;
    }

    // ---- the request ----

    private List<String> request(Operation op, Matcher matched, Exchange e) {
        List<String> problems = new ArrayList<>();
        Map<String, String> query = query(e.uri().getRawQuery());
        for (JsonNode parameter : op.node().path("parameters")) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            String value = switch (in) {
                case "path" -> URLDecoder.decode(matched.group(op.names().indexOf(name) + 1), StandardCharsets.UTF_8);
                case "query" -> query.remove(name);
                case "header" -> first(e.requestHeaders(), name);
                default -> null;
            };
            if (value == null) {
                if (parameter.path("required").asBoolean(false)) {
                    problems.add(in + " parameter " + name + " is required");
                }
                continue;
            }
            JsonNode schema = parameter.path("schema");
            validate(problems, in + " parameter " + name, schema, coerce(value, resolve(schema)));
        }
        JsonNode body = op.node().path("requestBody");
        String contentType = mediaType(first(e.requestHeaders(), "Content-Type"));
        boolean sent = e.requestBody() != null && e.requestBody().length > 0;
        if (body.isMissingNode()) {
            if (sent) {
                problems.add("the operation takes no body");
            }
        } else if (!sent) {
            if (body.path("required").asBoolean(false)) {
                problems.add("a body is required");
            }
        } else {
            String key = matchingKey(body.path("content"), contentType);
            if (key == null) {
                problems.add("Content-Type " + contentType + " is not one of " + names(body.path("content")));
            } else if (isJson(key)) {
                checkJson(problems, "body", body.path("content").path(key).path("schema"), e.requestBody());
            } else if (key.startsWith("multipart/form-data")) {
                JsonNode schema = resolve(body.path("content").path(key).path("schema"));
                List<String> parts = new ArrayList<>();
                Matcher m = PART_NAME.matcher(text(e.requestBody()));
                while (m.find()) {
                    parts.add(m.group(1));
                }
                for (JsonNode required : schema.path("required")) {
                    if (!parts.contains(required.asText())) {
                        problems.add("the part " + required.asText() + " is required");
                    }
                }
                parts.stream().filter(p -> !schema.path("properties").has(p) && !op.node().toString().contains("\"name\":\"" + p + "\""))
                        .forEach(p -> problems.add("the part " + p + " is not one the document lists"));
            }
        }
        if (!credentials(e)) {
            problems.add("no credentials the document's security schemes accept (HTTP Basic or the session)");
        }
        return problems;
    }

    private static boolean credentials(Exchange e) {
        String authorization = first(e.requestHeaders(), "Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                return new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8).indexOf(':') > 0;
            } catch (IllegalArgumentException bad) {
                return false;
            }
        }
        return e.session();
    }

    // ---- the response ----

    private List<String> response(Operation op, Exchange e) {
        List<String> problems = new ArrayList<>();
        JsonNode responses = op.node().path("responses");
        JsonNode response = responses.path(String.valueOf(e.status()));
        if (response.isMissingNode()) {
            problems.add("status " + e.status() + " is not documented (documented: " + names(responses) + ")");
            return problems;
        }
        JsonNode headers = response.path("headers");
        headers.fields().forEachRemaining(h -> {
            String value = first(e.responseHeaders(), h.getKey());
            if (value == null) {
                if (h.getValue().path("required").asBoolean(false)) {
                    problems.add("the header " + h.getKey() + " is documented as always sent but is missing");
                }
            } else {
                validate(problems, "header " + h.getKey(), h.getValue().path("schema"), coerce(value, resolve(h.getValue().path("schema"))));
            }
        });
        e.responseHeaders().keySet().stream().map(h -> h.toLowerCase(Locale.ROOT)).filter(DECLARED_HEADERS::contains)
                .filter(h -> !names(headers).toLowerCase(Locale.ROOT).contains(h))
                .forEach(h -> problems.add("the header " + h + " is sent but not documented for " + e.status()));
        JsonNode content = response.path("content");
        String contentType = mediaType(first(e.responseHeaders(), "Content-Type"));
        if (content.isMissingNode() || content.isEmpty()) {
            if (e.responseBody().length > 0) {
                problems.add("a body was sent (" + contentType + ") where the document declares none: " + text(e.responseBody()));
            }
            return problems;
        }
        String key = matchingKey(content, contentType);
        if (key == null) {
            problems.add("Content-Type " + contentType + " is not one of " + names(content));
            return problems;
        }
        checkBody(problems, e, key, content.path(key).path("schema"));
        return problems;
    }

    private void checkBody(List<String> problems, Exchange e, String mediaType, JsonNode schema) {
        if (!isJson(mediaType)) {
            return;
        }
        String contentType = mediaType(first(e.responseHeaders(), "Content-Type"));
        if (!isJson(contentType == null ? "" : contentType)) {
            problems.add("Content-Type " + contentType + " where " + mediaType + " is documented");
            return;
        }
        JsonNode body = checkJson(problems, "body", schema, e.responseBody());
        if (body != null && contentType.equals("application/problem+json") && body.path("status").asInt() != e.status()) {
            problems.add("the problem's status " + body.path("status") + " is not the HTTP status " + e.status());
        }
    }

    // ---- helpers ----

    private JsonNode checkJson(List<String> problems, String what, JsonNode schema, byte[] bytes) {
        JsonNode value;
        try {
            value = JSON.readTree(bytes);
        } catch (IOException notJson) {
            problems.add("the " + what + " is not JSON");
            return null;
        }
        validate(problems, what, schema, value);
        return value;
    }

    private void validate(List<String> problems, String what, JsonNode schema, JsonNode value) {
        if (schema.isMissingNode() || value == null) {
            return;
        }
        Schema compiledSchema = compiled.computeIfAbsent(schema.toString(), s -> {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            root.set("components", document.path("components"));
            root.putArray("allOf").add(schema);
            return schemas.getSchema(root.toString(), InputFormat.JSON);
        });
        compiledSchema.validate(value.toString(), InputFormat.JSON).forEach(error -> problems.add(what + ": " + error.toString()));
    }

    /** A parameter's or header's text as the JSON value its schema describes. */
    private static JsonNode coerce(String value, JsonNode schema) {
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText() : schema.path("type").asText();
        try {
            return switch (type) {
                case "integer" -> JsonNodeFactory.instance.numberNode(Long.parseLong(value));
                case "number" -> JsonNodeFactory.instance.numberNode(new java.math.BigDecimal(value));
                case "boolean" -> value.equals("true") || value.equals("false")
                        ? JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(value)) : JsonNodeFactory.instance.textNode(value);
                default -> JsonNodeFactory.instance.textNode(value);
            };
        } catch (NumberFormatException notANumber) {
            return JsonNodeFactory.instance.textNode(value);
        }
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText(null);
        return ref == null ? schema : document.at(ref.substring(1));
    }

    private static String matchingKey(JsonNode content, String mediaType) {
        if (mediaType == null) {
            return null;
        }
        for (Iterator<String> keys = content.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            String k = mediaType(key);
            if (k.equals(mediaType) || k.equals("*/*") || (k.endsWith("/*") && mediaType.startsWith(k.substring(0, k.length() - 1)))) {
                return key;
            }
        }
        return null;
    }

    private static boolean isJson(String mediaType) {
        String m = mediaType(mediaType);
        return m.equals("application/json") || m.endsWith("+json");
    }

    private static String mediaType(String header) {
        return header == null ? null : header.split(";")[0].strip().toLowerCase(Locale.ROOT);
    }

    private static String first(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name)).flatMap(h -> h.getValue().stream())
                .findFirst().orElse(null);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                query.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    private static String names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static String text(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.length() > 600 ? s.substring(0, 600) + "..." : s;
    }

    private static void fail(String where, List<String> problems, Exchange e) {
        if (!problems.isEmpty()) {
            throw new AssertionError("The API answered what /api/openapi.json does not describe: " + where + "\n  - "
                    + String.join("\n  - ", problems) + "\n  body: " + text(e.responseBody()));
        }
    }

    private synchronized void record(Operation op, int status) {
        try {
            Files.writeString(log, op.method() + " " + op.template() + " " + status + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
