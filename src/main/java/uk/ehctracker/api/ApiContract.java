package uk.ehctracker.api;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import uk.ehctracker.common.ProblemJson;

/**
 * Makes {@code /api/openapi.json} say what the API really answers, for every operation, new ones
 * included, without an annotation per endpoint:
 * <ul>
 *   <li>successes as sent: {@code 201} with {@code Location} for an operation marked
 *       {@link Creates}, {@code 204} where there is no body ({@code @ResponseStatus}), {@code 200}
 *       otherwise;</li>
 *   <li>the errors each operation can answer, derived from what it has, all as one
 *       {@code Problem} schema (RFC 9457, {@link ApiProblems}) with an example: {@code 401} and
 *       {@code 429} (the sign-in throttle) on every operation, {@code 403} (a session's change
 *       without its CSRF token) on every change, {@code 400} where there is a body or a parameter,
 *       {@code 404} where the path names something, {@code 415} where there is a body,
 *       {@code 413} for uploads. Errors that depend on the rules ({@code 409}, a {@code 404} for an
 *       id in the body) are declared on the operation with {@link Refuses}; this gives them the
 *       same body;</li>
 *   <li>the security schemes (HTTP Basic, the browser session's cookie) on every operation;</li>
 *   <li>bodies as the API reads and writes them: a field the schema does not list is refused
 *       ({@code additionalProperties: false}), and a field that may be null says so.</li>
 * </ul>
 * docs/api.md sets out these conventions; the contract test checks every exchange of the API
 * tests against the document.
 */
@Component
class ApiContract implements OperationCustomizer, OpenApiCustomizer, PropertyCustomizer {

    static final String PROBLEM = "Problem";
    static final String FIELD_PROBLEM = "FieldProblem";
    static final String SESSION = "session";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String REF = "#/components/schemas/";
    /** Marks, while the document is built, a property that is never null (a Java primitive). */
    private static final String NEVER_NULL = "x-ehc-never-null";

    /** Each error status: what it means, and an example body. */
    private record Refusal(String description, String type, String title, String detail, String field, String message) {
    }

    private static final Map<String, Refusal> REFUSALS = new LinkedHashMap<>();

    static {
        REFUSALS.put("400", new Refusal("The request has mistakes; each is named in errors (a body field, a parameter or the path). Nothing was changed.",
                "bad-input", "The request has mistakes", "Correct the fields listed in errors and try again.",
                "reasons", "Say why an assessment is requested"));
        REFUSALS.put("401", new Refusal("No credentials, or wrong ones: send HTTP Basic, or call from a signed-in browser session.",
                "unauthorized", "Sign in needed", "Send your username and password (HTTP Basic), or call from a signed-in browser session.",
                "Authorization", "A username and password that are right are needed"));
        REFUSALS.put("403", new Refusal("A signed-in browser session sent a change without its CSRF token (X-CSRF-TOKEN). HTTP Basic calls"
                + " need none. Something you may not see is answered 404, never 403.",
                "forbidden", "The session's CSRF token is needed", "A browser session sends the CSRF token of its page with every change.",
                "X-CSRF-TOKEN", "The session's CSRF token is missing or wrong"));
        REFUSALS.put("404", new Refusal("Not found, or not yours to see (the two are not told apart). errors names the id.",
                "not-found", "Not found", "Case not found", "id", "Case not found"));
        REFUSALS.put("409", new Refusal("Not possible at this stage of the case (e.g. already decided, withdrawn, already open), or someone"
                + " changed it at the same moment. Nothing was changed.",
                "conflict", "Not possible at this stage of the case", "The decision whether to assess has already been made.",
                null, null));
        REFUSALS.put("413", new Refusal("The upload is over 20 MB.", "too-large", "The upload is too large", "A document can be at most 20 MB.",
                "file", "The file is larger than 20 MB. Send a smaller file, or split it."));
        REFUSALS.put("415", new Refusal("The body's Content-Type is not the one this operation reads (see requestBody).",
                "unsupported-media-type", "Unsupported content type", "Send the body as application/json.",
                "Content-Type", "must be application/json"));
        REFUSALS.put("429", new Refusal("Too many failed sign-ins for this username from this address (5 in 15 minutes), or from this"
                + " address (100): wait for Retry-After seconds.",
                "too-many-sign-in-failures", "Too many failed sign-in attempts", LoginThrottleFilter.MESSAGE,
                "Authorization", LoginThrottleFilter.MESSAGE));
    }

    // ---- each operation ----

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        Creates creates = handler.getMethodAnnotation(Creates.class);
        if (creates != null) {
            ApiResponse ok = responses.remove("200");
            ApiResponse created = new ApiResponse().description("Made: Location names " + creates.value() + ".")
                    .content(ok == null ? null : ok.getContent())
                    .addHeaderObject("Location", header("Where " + creates.value() + " is", true));
            responses.addApiResponse("201", created);
            if (creates.sameAgainAnswers200()) {
                responses.addApiResponse("200", new ApiResponse()
                        .description("The same was sent before: nothing new was made; Content-Location names what was kept then.")
                        .content(ok == null ? null : ok.getContent())
                        .addHeaderObject("Content-Location", header("Where the one kept before is", true)));
            }
        }
        boolean hasBody = operation.getRequestBody() != null;
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean hasPathId = parameters.stream().anyMatch(p -> "path".equals(p.getIn()));
        boolean upload = hasBody && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().containsKey(org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE);
        boolean change = !isGet(handler);
        Set<String> errors = new LinkedHashSet<>();
        if (hasBody || !parameters.isEmpty()) {
            errors.add("400");
        }
        errors.add("401");
        if (change) {
            errors.add("403");
        }
        if (hasPathId) {
            errors.add("404");
        }
        if (upload) {
            errors.add("413");
        }
        if (hasBody) {
            errors.add("415");
        }
        errors.add("429");
        for (String status : errors) {
            responses.computeIfAbsent(status, s -> new ApiResponse());
        }
        for (Refuses refusal : handler.getMethod().getAnnotationsByType(Refuses.class)) {
            responses.put(String.valueOf(refusal.status()), new ApiResponse().description(refusal.when()));
        }
        // a body other than JSON is a download, sent as an attachment with its file name
        responses.forEach((status, response) -> {
            if (status.startsWith("2") && response.getContent() != null
                    && response.getContent().keySet().stream().noneMatch(type -> type.contains("json"))) {
                response.addHeaderObject("Content-Disposition", new Header().required(true)
                        .description("attachment; filename=\"...\": the file's name").schema(new StringSchema()));
            }
        });
        // a header declared with @ApiResponse(headers = @Header(name, description)) has no schema, which OpenAPI requires
        // (generated clients stop on it); a 201's Location is always sent
        responses.forEach((status, response) -> {
            if (response.getHeaders() != null) {
                response.getHeaders().forEach((name, h) -> {
                    if (h.getSchema() == null && h.getContent() == null) {
                        h.setSchema(name.endsWith("Location") ? new StringSchema().format("uri-reference") : new StringSchema());
                    }
                    if (status.equals("201") && name.equals("Location")) {
                        h.setRequired(true);
                    }
                });
            }
        });
        // every error, derived or declared, answers one Problem
        for (Map.Entry<String, ApiResponse> response : responses.entrySet()) {
            if (response.getKey().startsWith("4")) {
                problem(response.getKey(), response.getValue());
            }
        }
        operation.setResponses(sorted(responses));
        operation.setSecurity(List.of(new SecurityRequirement().addList(ApiConfig.BASIC_AUTH), new SecurityRequirement().addList(SESSION)));
        return operation;
    }

    private static boolean isGet(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping != null && List.of(mapping.method()).contains(RequestMethod.GET);
    }

    private static void problem(String status, ApiResponse response) {
        Refusal refusal = REFUSALS.get(status);
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(refusal == null ? "Refused; see the problem's detail." : refusal.description());
        }
        MediaType media = new MediaType().schema(new Schema<>().$ref(REF + PROBLEM));
        if (refusal != null) {
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("type", ProblemJson.TYPES + refusal.type());
            example.put("title", refusal.title());
            example.put("status", Integer.parseInt(status));
            example.put("detail", refusal.detail());
            example.put("instance", "/api/assessment-requests/42");
            example.put("errors", refusal.field() == null ? List.of() : List.of(Map.of("field", refusal.field(), "message", refusal.message())));
            media.addExamples(refusal.type(), new Example().summary(refusal.title()).value(example));
        }
        response.setContent(new Content().addMediaType(PROBLEM_JSON, media));
        if (status.equals("429")) {
            response.addHeaderObject("Retry-After", new Header().description("Seconds to wait before trying again").required(true)
                    .schema(new IntegerSchema()));
        }
    }

    private static Header header(String description, boolean required) {
        return new Header().description(description).required(required).schema(new StringSchema().format("uri-reference"));
    }

    private static ApiResponses sorted(ApiResponses responses) {
        ApiResponses sorted = new ApiResponses();
        new TreeMap<>(responses).forEach(sorted::addApiResponse);
        sorted.setExtensions(responses.getExtensions());
        return sorted;
    }

    // ---- each property of a body ----

    @Override
    public Schema customize(Schema property, AnnotatedType type) {
        Type javaType = type.getType();
        Class<?> raw = javaType instanceof JavaType jt ? jt.getRawClass() : javaType instanceof Class<?> c ? c : null;
        if (raw != null && raw.isPrimitive()) {
            property.addExtension(NEVER_NULL, true);
        }
        return property;
    }

    // ---- the whole document ----

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        components.addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE)
                .name("JSESSIONID").description("A browser session from the sign-in page (/login). Changes (POST) must also send the"
                        + " page's CSRF token in the X-CSRF-TOKEN header; HTTP Basic calls need none."));
        openApi.setSecurity(List.of(new SecurityRequirement().addList(ApiConfig.BASIC_AUTH), new SecurityRequirement().addList(SESSION)));
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(ApiContract::strict);
        }
        components.addSchemas(FIELD_PROBLEM, fieldProblemSchema());
        components.addSchemas(PROBLEM, problemSchema());
    }

    /**
     * The API reads and writes exactly the fields listed: others are refused (reading) and never
     * sent (writing). A property is never null when it is required or a Java primitive; any other
     * may be null (the API writes nulls, and reads an absent optional field as null).
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void strict(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        if (schema.getAdditionalProperties() == null) {
            schema.setAdditionalProperties(false);
        }
        List<String> required = schema.getRequired() == null ? new ArrayList<>() : new ArrayList<>(schema.getRequired());
        Map<String, Schema> result = new LinkedHashMap<>();
        properties.forEach((name, property) -> {
            boolean neverNull = property.getExtensions() != null && property.getExtensions().remove(NEVER_NULL) != null;
            if (property.getExtensions() != null && property.getExtensions().isEmpty()) {
                property.setExtensions(null);
            }
            if (neverNull && !required.contains(name)) {
                required.add(name);
            }
            result.put(name, required.contains(name) ? property : nullable(property));
        });
        schema.setProperties(result);
        schema.setRequired(required.isEmpty() ? null : required);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullable(Schema property) {
        if (property.get$ref() != null || property.getEnum() != null || property.getTypes() == null) {
            return new Schema<>().anyOf(List.of(property, new Schema<>().types(Set.of("null"))));
        }
        Set<String> types = new LinkedHashSet<>(property.getTypes());
        types.add("null");
        property.setTypes(types);
        return property;
    }

    /** One mistake, a schema of its own so that a generated client names it (FieldProblem, not ProblemErrorsInner). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema fieldProblemSchema() {
        Schema fieldError = new ObjectSchema().description("One mistake: the field (a body field, a parameter, a header or the path) and"
                + " what is wrong with it, in plain English")
                .addProperty("field", new StringSchema().example("childId"))
                .addProperty("message", new StringSchema().example("Child not found"))
                .required(List.of("field", "message"));
        fieldError.setAdditionalProperties(false);
        return fieldError;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        Schema problem = new ObjectSchema().description("An error, as RFC 9457 problem details (application/problem+json)")
                .addProperty("type", new StringSchema().format("uri").description("What kind of error: urn:ehc-tracker:problem:<kind>")
                        .example(ProblemJson.TYPES + "bad-input"))
                .addProperty("title", new StringSchema().description("The kind of error, in words"))
                .addProperty("status", new IntegerSchema().description("The HTTP status, again"))
                .addProperty("detail", new StringSchema().description("What happened and what to do, in words"))
                .addProperty("instance", new StringSchema().description("The path that was called"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref(REF + FIELD_PROBLEM)).description("Each mistake, naming its field; may be empty"))
                .required(List.of("type", "title", "status", "detail", "errors"));
        problem.setAdditionalProperties(false);
        return problem;
    }
}
