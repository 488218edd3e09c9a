package uk.ehctracker.ui.common;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What a person sees for a case or task that does not exist or is not theirs: the two look the
 * same, so that a case's existence is not revealed.
 */
public final class NotFound {

    private NotFound() {
    }

    public static Div of(String what) {
        Div panel = new Div();
        panel.addClassName("page");
        panel.setId("not-found");
        panel.add(new H1(what + " not found"),
                new Paragraph("We could not find this " + what.toLowerCase() + ". Check the link, or go back to your home page."),
                new Anchor("", "Go to your home page"));
        return panel;
    }
}
