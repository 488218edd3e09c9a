package uk.ehctracker.assessment;

import java.util.List;

/**
 * A process model as it is drawn (its BPMN diagram), with where one case stands in it: each
 * element done, open now, or not reached. Read from the engine by the process port; drawn for staff
 * beside the steps in words, as Camunda Cockpit draws it for admins.
 */
public record ProcessDiagram(String name, List<Node> nodes, List<Flow> flows) {

    public enum Kind { TASK, EVENT, GATEWAY, SUBPROCESS }

    public enum State { NOW, DONE, NOT_REACHED }

    /** @param labelBox where the modeller placed the name (events, gateways), or null: under the shape */
    public record Node(String id, Kind kind, String label, Box box, Box labelBox, State state) {
    }

    public record Flow(String id, List<Point> points) {
    }

    public record Box(double x, double y, double width, double height) {
    }

    public record Point(double x, double y) {
    }

    /** No diagram: the case has no process (yet, or any longer, in the engine). */
    public static ProcessDiagram none() {
        return new ProcessDiagram("", List.of(), List.of());
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }
}
