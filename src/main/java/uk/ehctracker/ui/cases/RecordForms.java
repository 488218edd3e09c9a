package uk.ehctracker.ui.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import uk.ehctracker.ui.common.Feedback;

/** The small forms that record one step (the case page's panels, the setting's review): fields, their problems, and one button. */
public final class RecordForms {

    private RecordForms() {
    }

    /** A required date, in the UK's day-month-year order. */
    public static DatePicker date(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(Locale.UK);
        picker.setRequiredIndicatorVisible(true);
        return picker;
    }

    /** Adds the fields and a button that runs the command; on success the page is drawn again ({@code changed}). */
    public static void add(Div into, Runnable changed, String id, String label, Feedback feedback, Runnable command, Component... fields) {
        Button button = new Button(label, e -> {
            if (feedback.run(command, "Recorded.")) {
                changed.run();
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId(id);
        Div form = new Div(fields);
        form.add(feedback, button);
        into.add(form(form));
    }

    /**
     * A form's box: each field on its own line, as wide as the panel allows (up to 32rem), its label
     * wrapping rather than cut short, so every label reads in full on a desktop and at a phone's
     * 390 px (ehc.css, {@code .record-form}; WCAG 1.4.10).
     */
    public static Div form(Div form) {
        form.addClassName("record-form");
        return form;
    }
}
