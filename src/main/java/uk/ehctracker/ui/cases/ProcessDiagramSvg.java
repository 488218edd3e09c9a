package uk.ehctracker.ui.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.ehctracker.assessment.ProcessDiagram;
import uk.ehctracker.assessment.ProcessDiagram.Box;
import uk.ehctracker.assessment.ProcessDiagram.Node;
import uk.ehctracker.assessment.ProcessDiagram.State;

/**
 * Draws a process diagram as SVG, from the model's own layout: tasks as rounded boxes, events as
 * circles, gateways as diamonds, flows as arrows. Where the case is shows in words as well as
 * colour (WCAG 1.4.1): each element's title says "open now", "done" or "not reached", and the open
 * ones are outlined thick. Every name from the model is escaped.
 */
final class ProcessDiagramSvg {

    private static final double MARGIN = 20;
    private static final int CHARS_PER_LINE = 18;

    private ProcessDiagramSvg() {
    }

    static String draw(ProcessDiagram d) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = 0;
        double maxY = 0;
        for (Node n : d.nodes()) {
            minX = Math.min(minX, n.box().x());
            minY = Math.min(minY, n.box().y());
            maxX = Math.max(maxX, n.box().x() + n.box().width());
            maxY = Math.max(maxY, n.box().y() + n.box().height() + 30);
        }
        double x0 = minX - MARGIN;
        double y0 = minY - MARGIN;
        double w = maxX - minX + 2 * MARGIN;
        double h = maxY - minY + 2 * MARGIN;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"diagram-title\" ")
                .append("viewBox=\"").append(num(x0)).append(' ').append(num(y0)).append(' ').append(num(w)).append(' ').append(num(h))
                .append("\" width=\"").append(num(w)).append("\" height=\"").append(num(h)).append("\" font-family=\"sans-serif\" font-size=\"12\">")
                .append("<title id=\"diagram-title\">").append(escape(d.name()))
                .append(": the model this case follows. Steps open now are outlined thick; steps done are green.</title>")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" ")
                .append("orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#4b5563\"/></marker></defs>");
        for (ProcessDiagram.Flow f : d.flows()) {
            List<String> points = new ArrayList<>();
            f.points().forEach(p -> points.add(num(p.x()) + "," + num(p.y())));
            svg.append("<polyline points=\"").append(String.join(" ", points))
                    .append("\" fill=\"none\" stroke=\"#4b5563\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>");
        }
        d.nodes().stream().filter(n -> n.kind() == ProcessDiagram.Kind.SUBPROCESS).forEach(n -> node(svg, n));
        d.nodes().stream().filter(n -> n.kind() != ProcessDiagram.Kind.SUBPROCESS).forEach(n -> node(svg, n));
        return svg.append("</svg>").toString();
    }

    private static void node(StringBuilder svg, Node n) {
        Box b = n.box();
        String label = n.label() == null ? "" : n.label();
        String fill = switch (n.state()) {
            case NOW -> "#fef3c7";
            case DONE -> "#dcfce7";
            case NOT_REACHED -> "#ffffff";
        };
        String stroke = switch (n.state()) {
            case NOW -> "#92400e";
            case DONE -> "#166534";
            case NOT_REACHED -> "#6b7280";
        };
        String width = n.state() == State.NOW ? "4" : "1.5";
        svg.append("<g data-element=\"").append(escape(n.id())).append("\" data-state=\"")
                .append(n.state().name().toLowerCase(Locale.ROOT).replace('_', '-')).append("\"><title>")
                .append(escape((label.isBlank() ? n.id() : label) + ": " + words(n.state()))).append("</title>");
        String style = " fill=\"" + (n.kind() == ProcessDiagram.Kind.SUBPROCESS ? "none" : fill) + "\" stroke=\"" + stroke
                + "\" stroke-width=\"" + width + "\"";
        double cx = b.x() + b.width() / 2;
        double cy = b.y() + b.height() / 2;
        switch (n.kind()) {
            case EVENT -> svg.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"")
                    .append(num(b.width() / 2)).append('"').append(style).append("/>");
            case GATEWAY -> svg.append("<polygon points=\"").append(num(cx)).append(',').append(num(b.y())).append(' ')
                    .append(num(b.x() + b.width())).append(',').append(num(cy)).append(' ').append(num(cx)).append(',')
                    .append(num(b.y() + b.height())).append(' ').append(num(b.x())).append(',').append(num(cy)).append('"')
                    .append(style).append("/>");
            default -> svg.append("<rect x=\"").append(num(b.x())).append("\" y=\"").append(num(b.y())).append("\" width=\"")
                    .append(num(b.width())).append("\" height=\"").append(num(b.height())).append("\" rx=\"10\"")
                    .append(n.kind() == ProcessDiagram.Kind.SUBPROCESS ? " stroke-dasharray=\"6 4\"" : "").append(style).append("/>");
        }
        // a task's name sits inside it; an event's or a gateway's where the modeller put it (else below it)
        Box place = n.kind() == ProcessDiagram.Kind.TASK || n.labelBox() == null ? null : n.labelBox();
        List<String> lines = wrap(label, place == null ? CHARS_PER_LINE : Math.max(8, (int) (place.width() / 6)));
        double x = place == null ? cx : place.x() + place.width() / 2;
        double top = switch (n.kind()) {
            case TASK -> cy - (lines.size() - 1) * 7;
            case SUBPROCESS -> b.y() + 16;
            default -> place == null ? b.y() + b.height() + 14 : place.y() + 7;
        };
        for (int i = 0; i < lines.size(); i++) {
            svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(top + i * 14))
                    .append("\" text-anchor=\"middle\" dominant-baseline=\"middle\" fill=\"#111827\">")
                    .append(escape(lines.get(i))).append("</text>");
        }
        svg.append("</g>");
    }

    static String words(State state) {
        return switch (state) {
            case NOW -> "open now";
            case DONE -> "done";
            case NOT_REACHED -> "not reached";
        };
    }

    private static List<String> wrap(String text, int perLine) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > perLine) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
