package uk.ehctracker.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.common.ConflictException;
import uk.ehctracker.common.FieldProblem;
import uk.ehctracker.common.NotFoundException;

/**
 * The one way a screen shows the outcome of a command, as GOV.UK does: each problem once beside
 * its field (marked invalid, so screen readers announce it) and once in a summary headed "There
 * is a problem" in a live region; a refusal that belongs to no field (the case moved on, it was
 * already done) in the summary alone; success in words, and as a notification when the screen
 * changes. Never a stack trace.
 */
public final class Feedback extends Div {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public Feedback() {
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("aria-live", "assertive");
        addClassName("feedback");
    }

    /** Shows problems about {@code key} (the command's field name) beside this field. */
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
            problems(e.problems());
        } catch (ConflictException | NotFoundException e) {
            say(e.getMessage());
        }
        return false;
    }

    /** Runs the command and, when it succeeds, says so in a notification (the screen usually changes). */
    public boolean run(Runnable command, String success) {
        boolean done = run(command);
        if (done) {
            Toasts.success(success);
        }
        return done;
    }

    /** The problems of refused input: each beside its field, all in the summary. */
    public void problems(List<FieldProblem> problems) {
        clear();
        Set<String> messages = new LinkedHashSet<>();
        for (FieldProblem p : problems) {
            HasValidation f = fields.get(p.field());
            if (f != null && !f.isInvalid()) {
                f.setErrorMessage(p.message());
                f.setInvalid(true);
            }
            messages.add(p.message());
        }
        summary(messages);
    }

    /** A refusal that belongs to no field. */
    public void say(String message) {
        clear();
        summary(Set.of(message));
    }

    public void done(String message) {
        clear();
        removeClassName("error-summary");
        add(new Paragraph(message));
        getStyle().set("color", "var(--lumo-success-text-color)");
    }

    /** Forgets the fields of a form that is no longer shown. */
    public void reset() {
        fields.clear();
        clear();
    }

    public void clear() {
        removeAll();
        setText("");
        removeClassName("error-summary");
        getStyle().remove("color");
        fields.values().forEach(f -> f.setInvalid(false));
    }

    private void summary(Set<String> messages) {
        addClassName("error-summary");
        add(new H3("There is a problem"));
        UnorderedList list = new UnorderedList();
        messages.forEach(m -> list.add(new ListItem(m)));
        add(list);
    }

    public static <T extends Component & HasValidation> T register(Feedback feedback, String key, T field) {
        feedback.field(key, field);
        field.setId(key);
        return field;
    }
}
