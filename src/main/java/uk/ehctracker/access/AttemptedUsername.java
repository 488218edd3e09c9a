package uk.ehctracker.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Remembers the username typed into the sign-in form, in the visitor's own session, so a failed
 * sign-in shows the form again with it filled in and only the password to type again. Never the
 * password. The sign-in page reads it once ({@link #takeFrom}).
 */
public final class AttemptedUsername extends OncePerRequestFilter {

    private static final String ATTRIBUTE = AttemptedUsername.class.getName();
    private static final int MAX_LENGTH = 100;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !("/" + SecurityConfig.LOGIN_ROUTE).equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        HttpSession session = request.getSession(false);
        if (username != null && session != null) {
            session.setAttribute(ATTRIBUTE, username.length() > MAX_LENGTH ? username.substring(0, MAX_LENGTH) : username);
        }
        chain.doFilter(request, response);
    }

    /** The username last typed in this session, removed as it is read; null if none. */
    public static String takeFrom(com.vaadin.flow.server.WrappedSession session) {
        if (session == null) {
            return null;
        }
        Object typed = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return typed instanceof String s ? s : null;
    }
}
