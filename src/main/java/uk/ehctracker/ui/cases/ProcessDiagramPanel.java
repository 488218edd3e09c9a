package uk.ehctracker.ui.cases;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import uk.ehctracker.assessment.ProcessDiagram;

/**
 * For LA staff: the model the case follows, drawn from its own layout, with the steps done and
 * open now marked, under the steps in words. Closed until asked for: it is wide.
 */
class ProcessDiagramPanel extends Details {

    ProcessDiagramPanel(ProcessDiagram diagram) {
        super("Show the process model");
        setId("process-diagram");
        Div scroll = new Div();
        // the drawing keeps its size and scrolls inside its box on a narrow screen
        scroll.getStyle().set("overflow", "auto").set("max-width", "100%");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("aria-label", "The process model, scrollable");
        Svg svg = new Svg(ProcessDiagramSvg.draw(diagram));
        scroll.add(svg);
        add(new Paragraph("Green: done. Thick outline: open now. White: not reached (yet, or not needed on this case)."), scroll);
    }
}
