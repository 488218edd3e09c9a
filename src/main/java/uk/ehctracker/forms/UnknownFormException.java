package uk.ehctracker.forms;

import java.util.Collection;
import java.util.TreeSet;

/** Asked for a form id that no {@code .form} file declares. */
public class UnknownFormException extends RuntimeException {

    private final String formId;

    public UnknownFormException(String formId, Collection<String> knownIds) {
        super("Unknown form '" + formId + "'. Known forms: " + String.join(", ", new TreeSet<>(knownIds)));
        this.formId = formId;
    }

    public String formId() {
        return formId;
    }
}
