package uk.ehctracker.ui.common;

import com.vaadin.flow.component.html.Span;
import uk.ehctracker.assessment.StepStatus;

/** A small label with a coloured background; the words carry the meaning, the colour helps. */
public final class Badge {

    private Badge() {
    }

    public static Span of(StepStatus status) {
        return of(status.label(), status.cssClass());
    }

    public static Span of(String text, String cssClass) {
        Span badge = new Span(text);
        badge.addClassNames("badge", cssClass);
        return badge;
    }
}
