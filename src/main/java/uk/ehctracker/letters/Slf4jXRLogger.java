package uk.ehctracker.letters;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's log to SLF4J instead of its own console output, with its INFO chatter
 * ("Using fast-mode renderer. Prepare to fly.", once per letter) demoted to DEBUG.
 */
final class Slf4jXRLogger implements XRLogger {

    private static final Logger ROOT = LoggerFactory.getLogger("com.openhtmltopdf");

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        Logger logger = where == null ? ROOT : LoggerFactory.getLogger(where);
        int value = level == null ? Level.INFO.intValue() : level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            logger.error(msg, th);
        } else if (value >= Level.WARNING.intValue()) {
            logger.warn(msg, th);
        } else if (value >= Level.INFO.intValue()) {
            logger.debug(msg, th);
        } else {
            logger.trace(msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are set in the logging configuration
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        int value = diagnostic.getLevel() == null ? Level.INFO.intValue() : diagnostic.getLevel().intValue();
        if (value >= Level.SEVERE.intValue()) {
            return ROOT.isErrorEnabled();
        } else if (value >= Level.WARNING.intValue()) {
            return ROOT.isWarnEnabled();
        } else if (value >= Level.INFO.intValue()) {
            return ROOT.isDebugEnabled();
        }
        return ROOT.isTraceEnabled();
    }
}
