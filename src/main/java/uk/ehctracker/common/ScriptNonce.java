package uk.ehctracker.common;

/**
 * The content security policy's nonce for one page: {@code api.SecurityHeadersFilter} makes a
 * fresh one for each request, names it in the policy and leaves it on the request under
 * {@link #REQUEST_ATTRIBUTE}; {@code ui.PageSetup} puts it on each script of Vaadin's bootstrap
 * page, so those scripts run and an injected one does not.
 */
public final class ScriptNonce {

    public static final String REQUEST_ATTRIBUTE = ScriptNonce.class.getName();

    private ScriptNonce() {
    }
}
