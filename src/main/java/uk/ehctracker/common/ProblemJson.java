package uk.ehctracker.common;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * An RFC 9457 problem-details answer written straight to the response, for the refusals that
 * happen in filters before Spring MVC (sign-in needed, a missing CSRF token, the sign-in
 * throttle), so that they have the same body as every other error of {@code /api}
 * (api.ApiProblems): type, title, status, detail, instance and errors naming a field.
 */
public final class ProblemJson {

    public static final String TYPES = "urn:ehc-tracker:problem:";

    private ProblemJson() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String type, String title,
            String detail, String field, String message) throws IOException {
        write(request, response, status, type, title, detail, "{\"field\":" + quote(field) + ",\"message\":" + quote(message) + "}");
    }

    /** A problem about no one field ({@code errors} empty). */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String type, String title,
            String detail) throws IOException {
        write(request, response, status, type, title, detail, "");
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, int status, String type, String title,
            String detail, String errors) throws IOException {
        String body = "{\"type\":" + quote(TYPES + type) + ",\"title\":" + quote(title) + ",\"status\":" + status
                + ",\"detail\":" + quote(detail) + ",\"instance\":" + quote(request.getRequestURI())
                + ",\"errors\":[" + errors + "]}";
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the request is for the application's API (its errors are problem details). */
    public static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
