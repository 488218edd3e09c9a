package uk.ehctracker.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.common.ConflictException;
import uk.ehctracker.common.FieldProblem;
import uk.ehctracker.common.NotFoundException;

/**
 * Problem details (RFC 9457) for {@code /api}: every error answers {@code application/problem+json}
 * with {@code type}, {@code title}, {@code status}, {@code detail} and {@code errors}, a list of
 * {@code {field, message}} in plain English. Unexpected failures answer 500 with a reference to
 * the log, never the exception's text.
 *
 * <p>The advice is global because some errors (a wrong content type, an upload over the limit)
 * happen before a controller is chosen; requests outside {@code /api} get Spring's usual handling.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    private static final String TYPES = uk.ehctracker.common.ProblemJson.TYPES;
    /** Which request field points at the thing not found, by the first word of the service's message. */
    private static final java.util.Map<String, String> NOT_FOUND_FIELDS = java.util.Map.of(
            "Child", "childId", "Case", "id", "Document", "docId", "Task", "id", "Advice", "id",
            "Pupil", "childId", "Referral", "id");

    /** The body of every error answer. */
    record Problem(String type, String title, int status, String detail, String instance, List<FieldProblem> errors) {
    }

    @ExceptionHandler(BadInputException.class)
    ResponseEntity<Problem> badInput(BadInputException e, HttpServletRequest request) throws BadInputException {
        api(request, e);
        return problem(request, HttpStatus.BAD_REQUEST, "bad-input", "The request has mistakes",
                "Correct the fields listed in errors and try again.", e.problems());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Problem> notFound(NotFoundException e, HttpServletRequest request) throws NotFoundException {
        api(request, e);
        // the message is ours and says only what was not found ("Case not found"), never whether it exists
        String what = e.getMessage() == null ? "" : e.getMessage();
        String field = NOT_FOUND_FIELDS.entrySet().stream().filter(f -> what.startsWith(f.getKey() + " "))
                .map(java.util.Map.Entry::getValue).findFirst().orElse("id");
        return problem(request, HttpStatus.NOT_FOUND, "not-found", "Not found", what,
                List.of(new FieldProblem(field, what)));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Problem> conflict(ConflictException e, HttpServletRequest request) throws ConflictException {
        api(request, e);
        return problem(request, HttpStatus.CONFLICT, "conflict", "Not possible at this stage of the case", e.getMessage(), List.of());
    }

    /**
     * Two commands raced past the service's checks and the database refused the second (e.g. the
     * one-open-case-per-child index when a client retried on another node): nothing was written.
     * A value the database cannot store (SQLSTATE class 22: too long, a character it refuses) is
     * no race: a check the service lacks, answered as a 400 rather than "try again".
     */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ResponseEntity<Problem> raced(org.springframework.dao.DataIntegrityViolationException e, HttpServletRequest request)
            throws org.springframework.dao.DataIntegrityViolationException {
        api(request, e);
        if (e.getMostSpecificCause() instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
            log.warn("A value the database could not store reached it on {} {} (a check is missing)", request.getMethod(),
                    request.getRequestURI(), e);
            return problem(request, HttpStatus.BAD_REQUEST, "request-error", "A value could not be kept",
                    "One of the values sent is too long or has characters that cannot be kept; nothing was saved."
                            + " Shorten or retype it and try again.", List.of());
        }
        return problem(request, HttpStatus.CONFLICT, "conflict", "Not possible at this stage of the case",
                "Someone else changed this case at the same moment; nothing was saved. Reload and try again.", List.of());
    }

    /** The same command twice at once: the database's optimistic or pessimistic lock refused the second. */
    @ExceptionHandler(org.springframework.dao.ConcurrencyFailureException.class)
    ResponseEntity<Problem> concurrent(org.springframework.dao.ConcurrencyFailureException e, HttpServletRequest request)
            throws org.springframework.dao.ConcurrencyFailureException {
        api(request, e);
        return problem(request, HttpStatus.CONFLICT, "conflict", "Not possible at this stage of the case",
                "Someone else changed this case at the same moment; nothing was saved. Reload and try again.", List.of());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Problem> unreadable(HttpMessageNotReadableException e, HttpServletRequest request)
            throws HttpMessageNotReadableException {
        api(request, e);
        return problem(request, HttpStatus.BAD_REQUEST, "unreadable-body", "The request body could not be read",
                "Send a JSON object with the fields listed in the API document (/api/openapi.json).", List.of(bodyProblem(e)));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Problem> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request)
            throws MethodArgumentTypeMismatchException {
        api(request, e);
        return problem(request, HttpStatus.BAD_REQUEST, "bad-input", "The request has mistakes",
                "Correct the fields listed in errors and try again.", List.of(new FieldProblem(e.getName(), expected(e.getName(), e.getRequiredType()))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Problem> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request)
            throws MissingServletRequestParameterException {
        api(request, e);
        return problem(request, HttpStatus.BAD_REQUEST, "bad-input", "The request has mistakes",
                "Correct the fields listed in errors and try again.",
                List.of(new FieldProblem(e.getParameterName(), e.getParameterName() + " is required")));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Problem> missingPart(MissingServletRequestPartException e, HttpServletRequest request)
            throws MissingServletRequestPartException {
        api(request, e);
        return problem(request, HttpStatus.BAD_REQUEST, "bad-input", "The request has mistakes",
                "Send the file as the multipart part named \"" + e.getRequestPartName() + "\".",
                List.of(new FieldProblem(e.getRequestPartName(), "Choose a file to upload")));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Problem> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request)
            throws MaxUploadSizeExceededException {
        api(request, e);
        return problem(request, HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "The upload is too large",
                "A document can be at most 20 MB.",
                List.of(new FieldProblem("file", "The file is larger than 20 MB. Send a smaller file, or split it.")));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Problem> badMultipart(MultipartException e, HttpServletRequest request) throws MultipartException {
        api(request, e);
        return problem(request, HttpStatus.BAD_REQUEST, "bad-input", "The upload could not be read",
                "Send the document as multipart/form-data with a part named \"file\".",
                List.of(new FieldProblem("file", "The upload could not be read")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Problem> unsupportedType(HttpMediaTypeNotSupportedException e, HttpServletRequest request)
            throws HttpMediaTypeNotSupportedException {
        api(request, e);
        String supported = e.getSupportedMediaTypes().stream().map(MediaType::toString).distinct().collect(Collectors.joining(", "));
        return problem(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported content type",
                "Send the body as " + supported + ".",
                List.of(new FieldProblem("Content-Type", "must be " + supported)));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Problem> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request)
            throws HttpMediaTypeNotAcceptableException {
        api(request, e);
        return problem(request, HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable",
                "This resource answers application/json.", List.of(new FieldProblem("Accept", "must allow application/json")));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Problem> wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
            throws HttpRequestMethodNotSupportedException {
        api(request, e);
        ResponseEntity<Problem> answer = problem(request, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                "Method not allowed", request.getMethod() + " is not supported here.", List.of());
        return e.getSupportedHttpMethods() == null ? answer : ResponseEntity.status(answer.getStatusCode())
                .headers(answer.getHeaders()).allow(e.getSupportedHttpMethods().toArray(new org.springframework.http.HttpMethod[0]))
                .body(answer.getBody());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Problem> unexpected(Exception e, HttpServletRequest request) throws Exception {
        api(request, e);
        if (e instanceof ErrorResponse error) {
            // Spring MVC's other errors (no such resource, ...) keep their status, with our body
            HttpStatus status = HttpStatus.resolve(error.getStatusCode().value());
            if (status != null && status.is4xxClientError()) {
                return problem(request, status, status == HttpStatus.NOT_FOUND ? "not-found" : "request-error",
                        status.getReasonPhrase(), status == HttpStatus.NOT_FOUND ? "Not found" : status.getReasonPhrase(), List.of());
            }
        }
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected failure answering {} {} (incident {})", request.getMethod(), request.getRequestURI(), incident, e);
        return problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Something went wrong",
                "The request could not be completed. Nothing was changed. Quote incident " + incident + " to the service desk.",
                List.of());
    }

    // ---- helpers ----

    /** Outside /api, hands the error back to Spring's own handling (rethrowing is how an advice declines). */
    private static <E extends Exception> void api(HttpServletRequest request, E e) throws E {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.equals("/api") && !path.startsWith("/api/")) {
            throw e;
        }
    }

    private static ResponseEntity<Problem> problem(HttpServletRequest request, HttpStatus status, String type, String title,
            String detail, List<FieldProblem> errors) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new Problem(TYPES + type, title, status.value(), detail, request.getRequestURI(), errors));
    }

    /** Names the field a JSON body got wrong, and says what it should be. */
    static FieldProblem bodyProblem(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonMappingException mapping && !(cause instanceof JsonParseException)) {
            String field = path(mapping.getPath());
            if (field.isEmpty()) {
                return new FieldProblem("body", "The body must be a JSON object");
            }
            if (mapping instanceof UnrecognizedPropertyException) {
                // a misspelt optional field would otherwise be ignored without a word
                return new FieldProblem(field, field + " is not a field of this request");
            }
            if (mapping instanceof MismatchedInputException mismatch) {
                Class<?> target = mismatch.getTargetType();
                if (mapping instanceof InvalidFormatException || target != null) {
                    return new FieldProblem(field, expected(field, target));
                }
            }
            return new FieldProblem(field, field + " has a value that cannot be read");
        }
        if (cause instanceof JsonParseException parse) {
            String field = "body";
            Object processor = parse.getProcessor();
            if (processor instanceof JsonParser parser) {
                String name = currentName(parser.getParsingContext());
                if (name != null) {
                    field = name;
                }
            }
            return new FieldProblem(field, "The body is not valid JSON (near line " + parse.getLocation().getLineNr()
                    + ", column " + parse.getLocation().getColumnNr() + ")");
        }
        if (cause instanceof java.io.CharConversionException) {
            return new FieldProblem("body", "The body is not valid UTF-8");
        }
        return new FieldProblem("body", "A JSON body is required");
    }

    private static String currentName(JsonStreamContext context) {
        for (JsonStreamContext c = context; c != null; c = c.getParent()) {
            if (c.getCurrentName() != null) {
                return c.getCurrentName();
            }
        }
        return null;
    }

    private static String path(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** What a value of this type looks like, in words. */
    static String expected(String field, Class<?> type) {
        if (type == null) {
            return field + " has the wrong type";
        }
        if (type.isEnum()) {
            return field + " must be one of " + Arrays.stream(type.getEnumConstants()).map(Objects::toString)
                    .collect(Collectors.joining(", "));
        }
        if (java.time.LocalDate.class.equals(type)) {
            return field + " must be a real date written YYYY-MM-DD";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return field + " must be a date and time in ISO 8601";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return field + " must be a whole number";
        }
        if (Boolean.class.equals(type) || boolean.class.equals(type)) {
            return field + " must be true or false";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return field + " must be text";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return field + " must be a list";
        }
        if (java.util.Map.class.isAssignableFrom(type)) {
            return field + " must be a JSON object";
        }
        return field + " has the wrong type";
    }
}
