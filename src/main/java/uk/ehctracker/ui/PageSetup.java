package uk.ehctracker.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;
import uk.ehctracker.common.ScriptNonce;
import uk.ehctracker.ui.common.UnexpectedError;

/**
 * What every page shares: the document language (British English, WCAG 3.1.1), the UK locale for
 * dates and numbers, the application's small stylesheet, the content security policy's nonce
 * on the page's scripts, and a message in words for a failure no screen foresaw.
 */
@Component
public class PageSetup implements VaadinServiceInitListener {

    public static final String LANGUAGE = "en-GB";
    public static final String STYLESHEET = "context://styles/ehc.css";

    /** Holds nothing of a session, so every session shares it. */
    private static final UnexpectedError UNEXPECTED_ERROR = new UnexpectedError();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            response.getDocument().getElementsByTag("html").attr("lang", LANGUAGE);
            response.getDocument().head().appendElement("link").attr("rel", "stylesheet").attr("href", "styles/ehc.css");
            // the policy's nonce (api.SecurityHeadersFilter) on each script Vaadin writes into the page:
            // the policy allows no other inline script
            Object nonce = response.getVaadinRequest().getAttribute(ScriptNonce.REQUEST_ATTRIBUTE);
            if (nonce != null) {
                response.getDocument().getElementsByTag("script").attr("nonce", nonce.toString());
            }
        });
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(Locale.UK));
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(UNEXPECTED_ERROR));
    }
}
