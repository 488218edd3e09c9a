package uk.ehctracker.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import java.security.Principal;
import uk.ehctracker.directory.Role;

/**
 * Tells Camunda's webapps who is signed in. Only an ADMIN reaches them (the security chain sees
 * to that); they act as members of {@code camunda-admin}.
 */
public class CamundaAdminSignOn extends ContainerBasedAuthenticationProvider {

    static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        // the request as Spring Security's chain wrapped it knows the signed-in person and their role
        Principal principal = request.getUserPrincipal();
        if (principal == null || !request.isUserInRole(Role.ADMIN.name())) {
            return AuthenticationResult.unsuccessful();
        }
        AuthenticationResult result = AuthenticationResult.successful(principal.getName());
        result.setGroups(List.of(CAMUNDA_ADMIN_GROUP));
        return result;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // the security chain has already answered 401 to anyone who is not signed in
    }
}
