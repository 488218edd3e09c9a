package uk.ehctracker.ui.common;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandlerUtil;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a person reads when something fails that no screen foresaw (a fault, not their mistake:
 * those are refused beside their field by {@link Feedback}). Without it Vaadin logs the error and
 * the page does nothing, so a caseworker who pressed "Send" cannot tell whether anything happened.
 * The message gives a short reference that is also in the log, never the exception's text.
 */
public final class UnexpectedError extends DefaultErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedError.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The message; the command that failed rolled back, but what ran before it (an earlier step) may stand. */
    public static String message(String reference) {
        return "Something went wrong on our side. Please reload the page to see what was saved before you try again."
                + " If it happens again, tell your administrator this reference: " + reference + ".";
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable relevant = findRelevantThrowable(event.getThrowable());
        // as Vaadin's own handler: a browser that went away is no error, and an error with its own page shows that page
        if (!shouldHandle(relevant) || ErrorHandlerUtil.handleErrorByRedirectingToErrorView(relevant)) {
            return;
        }
        String reference = reference();
        log.error("Unexpected error, reference {}", reference, event.getThrowable());
        if (UI.getCurrent() != null) {
            Toasts.error(message(reference));
        }
    }

    private static String reference() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
