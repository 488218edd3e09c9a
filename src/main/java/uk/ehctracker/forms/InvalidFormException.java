package uk.ehctracker.forms;

/**
 * A {@code .form} file that we cannot read or that uses something we do not support.
 * The message names the form and, where there is one, the component.
 */
public class InvalidFormException extends RuntimeException {

    private final String formId;
    private final String componentId;

    public InvalidFormException(String formId, String componentId, String problem) {
        this(formId, componentId, problem, null);
    }

    public InvalidFormException(String formId, String componentId, String problem, Throwable cause) {
        super(message(formId, componentId, problem), cause);
        this.formId = formId;
        this.componentId = componentId;
    }

    private static String message(String formId, String componentId, String problem) {
        StringBuilder sb = new StringBuilder("Invalid form '").append(formId).append('\'');
        if (componentId != null) {
            sb.append(", component ").append(componentId);
        }
        return sb.append(": ").append(problem).toString();
    }

    /** The form id (or the source name, if the id could not be read). */
    public String formId() {
        return formId;
    }

    /** A description of the offending component, or {@code null} for a form-level problem. */
    public String componentId() {
        return componentId;
    }
}
