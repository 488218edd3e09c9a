package uk.ehctracker.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import uk.ehctracker.access.SignInFailures;

/**
 * The API's OpenAPI document ({@code /api/openapi.json}, browsable at {@code /api/docs}, both for
 * signed-in people) and the hardening filters that sit in front of every request: security
 * headers, and refusing sign-ins after repeated failures.
 */
@Configuration
@PropertySource("classpath:springdoc.properties")
@OpenAPIDefinition(
        info = @Info(title = "EHC needs-assessment tracker API", version = "1",
                description = "Requests for an EHC needs assessment, their cases, tasks and documents. JSON; dates are"
                        + " YYYY-MM-DD; errors are RFC 9457 problem details naming each field. You see only what the"
                        + " access policy lets you see; anything else is \"not found\"."),
        security = @SecurityRequirement(name = ApiConfig.BASIC_AUTH))
@SecurityScheme(name = ApiConfig.BASIC_AUTH, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "Your username and password (HTTP Basic, over HTTPS only). A browser session from the sign-in page works too.")
class ApiConfig {

    static final String BASIC_AUTH = "basicAuth";

    /** Outermost: whatever fails inside, even in a filter, the API answers in problem details. */
    static final int FAILURES_ORDER = -104;
    /** Just before Spring Security (-100): headers first, so that even a 400, 401 or 429 carries them. */
    static final int HEADERS_ORDER = -103;
    static final int FIREWALL_ORDER = -102;
    static final int THROTTLE_ORDER = -101;
    /** Above spring.servlet.multipart.max-request-size (21 MB). */
    static final int MAX_SWALLOW_BYTES = 32 * 1024 * 1024;

    @Bean
    FilterRegistrationBean<UnexpectedFailureFilter> unexpectedFailures() {
        return registration(new UnexpectedFailureFilter(), "ehc-unexpected-failures", "/api/*", FAILURES_ORDER);
    }

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        return registration(new SecurityHeadersFilter(), "ehc-security-headers", "/*", HEADERS_ORDER);
    }

    @Bean
    FilterRegistrationBean<RejectedRequestFilter> rejectedRequests() {
        return registration(new RejectedRequestFilter(), "ehc-rejected-requests", "/*", FIREWALL_ORDER);
    }

    /**
     * Lets Tomcat read and discard the rest of an upload it refused as too large (up to 32 MB), so
     * the client gets the 413 answer instead of a reset connection. Tomcat's default (2 MB) drops
     * the connection while a 21 MB upload is still being sent.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> swallowRefusedUploads() {
        return factory -> factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                http.setMaxSwallowSize(MAX_SWALLOW_BYTES);
            }
        });
    }

    /**
     * The API reads JSON strictly, so that a client's mistake is refused naming the field instead
     * of being guessed at: 8.9 is not the id 8, "8" is not a number, 1 is not true, 123 is not
     * text, 0 is not the first value of an enum, a date is only a "YYYY-MM-DD" string (not
     * [2026,11,20] nor a number), and a field the request does not have is refused rather than
     * ignored (a misspelt optional field would otherwise be lost without a word; the document says
     * so with additionalProperties false). Only Spring MVC, that is the API under /api (and the
     * OpenAPI document), reads with this mapper: Camunda's REST API and webapps bring their own, and
     * Vaadin its own, so they keep their behaviour.
     */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictApiJson() {
        return builder -> builder
                .featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS, DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .deserializerByType(LocalDate.class, new StrictLocalDate())
                .postConfigurer(mapper -> {
                    for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Integer, LogicalType.Float,
                        LogicalType.Boolean, LogicalType.Enum, LogicalType.DateTime}) {
                        MutableCoercionConfig coercion = mapper.coercionConfigFor(type);
                        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                            CoercionInputShape.Boolean, CoercionInputShape.String, CoercionInputShape.Array}) {
                            coercion.setCoercion(shape, CoercionAction.Fail);
                        }
                    }
                    // the natural shapes stay allowed: text from a string, numbers from numbers, ...
                    mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
                    mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
                    mapper.coercionConfigFor(LogicalType.DateTime).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
                    mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
                    mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert);
                    mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
                    mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Boolean, CoercionAction.TryConvert);
                });
    }

    /**
     * A date only as the string "YYYY-MM-DD", a real day (no 30 February): the JSR-310 module also
     * takes [2026,11,20], a number of days, or "+2026-11-20".
     */
    static final class StrictLocalDate extends StdScalarDeserializer<LocalDate> {

        private static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

        StrictLocalDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            if (SHAPE.matcher(text).matches()) {
                try {
                    // ISO_LOCAL_DATE resolves strictly: 2026-02-30 is refused, not moved to 28 February
                    return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
                } catch (DateTimeParseException e) {
                    // falls through to the refusal below
                }
            }
            return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a date written YYYY-MM-DD");
        }
    }

    @Bean
    LoginThrottle loginThrottle(SignInFailures failures) {
        return new LoginThrottle(LoginThrottle.MAX_FAILURES, LoginThrottle.WINDOW, java.time.Clock.systemUTC(), failures);
    }

    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle) {
        return registration(new LoginThrottleFilter(throttle), "ehc-login-throttle", "/*", THROTTLE_ORDER);
    }

    /** One of the application's own servlet filters, by name, on the paths given, in the order given. */
    private static <F extends jakarta.servlet.Filter> FilterRegistrationBean<F> registration(F filter, String name, String paths, int order) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setName(name);
        registration.addUrlPatterns(paths);
        registration.setOrder(order);
        return registration;
    }
}
