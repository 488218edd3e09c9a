package uk.ehctracker.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.common.ConflictException;
import uk.ehctracker.common.NotFoundException;

/**
 * Shows the outcome of a command: each problem beside its field (the field is marked invalid, so
 * screen readers announce it) and a summary in a live region ({@code role="alert"}).
 */
public final class Feedback extends Div {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public Feedback() {
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("aria-live", "assertive");
        addClassName("feedback");
    }

    public Feedback field(String key, HasValidation field) {
        fields.put(key, field);
        return this;
    }

    /** Runs the command; on a problem, shows it and returns false. */
    public boolean run(Runnable command) {
        clear();
        try {
            command.run();
            return true;
        } catch (BadInputException e) {
            e.problems().forEach(p -> {
                HasValidation f = fields.get(p.field());
                if (f != null) {
                    f.setErrorMessage(p.message());
                    f.setInvalid(true);
                }
            });
            say("Please correct: " + e.problems().stream().map(p -> p.message()).collect(Collectors.joining("; ")));
        } catch (ConflictException | NotFoundException e) {
            say(e.getMessage());
        }
        return false;
    }

    public void say(String message) {
        setText(message);
        getStyle().set("color", "var(--lumo-error-text-color)");
        Notification.show(message, 5000, Notification.Position.MIDDLE);
    }

    public void done(String message) {
        setText(message);
        getStyle().set("color", "var(--lumo-success-text-color)");
    }

    /** Forgets the fields of a form that is no longer shown. */
    public void reset() {
        fields.clear();
        clear();
    }

    public void clear() {
        setText("");
        fields.values().forEach(f -> f.setInvalid(false));
    }

    public static <T extends Component & HasValidation> T register(Feedback feedback, String key, T field) {
        feedback.field(key, field);
        field.setId(key);
        return field;
    }
}
