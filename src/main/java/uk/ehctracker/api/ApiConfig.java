package uk.ehctracker.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
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

    /** Just before Spring Security (-100): headers first, so that even a 400, 401 or 429 carries them. */
    static final int HEADERS_ORDER = -103;
    static final int FIREWALL_ORDER = -102;
    static final int THROTTLE_ORDER = -101;
    /** Above spring.servlet.multipart.max-request-size (21 MB). */
    static final int MAX_SWALLOW_BYTES = 32 * 1024 * 1024;

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setName("ehc-security-headers");
        registration.addUrlPatterns("/*");
        registration.setOrder(HEADERS_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RejectedRequestFilter> rejectedRequests() {
        FilterRegistrationBean<RejectedRequestFilter> registration = new FilterRegistrationBean<>(new RejectedRequestFilter());
        registration.setName("ehc-rejected-requests");
        registration.addUrlPatterns("/*");
        registration.setOrder(FIREWALL_ORDER);
        return registration;
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

    @Bean
    LoginThrottle loginThrottle() {
        return new LoginThrottle(LoginThrottle.MAX_FAILURES, LoginThrottle.WINDOW, java.time.Clock.systemUTC());
    }

    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle) {
        FilterRegistrationBean<LoginThrottleFilter> registration = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle));
        registration.setName("ehc-login-throttle");
        registration.addUrlPatterns("/*");
        registration.setOrder(THROTTLE_ORDER);
        return registration;
    }
}
