package uk.ehctracker.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.springframework.stereotype.Component;
import uk.ehctracker.assessment.ProcessDiagram;
import uk.ehctracker.assessment.ProcessDiagram.Box;
import uk.ehctracker.assessment.ProcessDiagram.Kind;
import uk.ehctracker.assessment.ProcessDiagram.Node;
import uk.ehctracker.assessment.ProcessDiagram.Point;
import uk.ehctracker.assessment.ProcessDiagram.State;

/**
 * Reads a deployed model's diagram (BPMN DI) and marks where one process instance is in it, from
 * the engine's activity history (history level full, decision 0006): what is open now, what was
 * done. The latest instance of the business key is drawn, running or ended.
 */
@Component
class ProcessDiagrams {

    private final RepositoryService repository;
    private final HistoryService history;

    ProcessDiagrams(RepositoryService repository, HistoryService history) {
        this.repository = repository;
        this.history = history;
    }

    ProcessDiagram of(String processKey, String businessKey) {
        List<HistoricProcessInstance> latest = history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).orderByProcessInstanceStartTime().desc().listPage(0, 1);
        if (latest.isEmpty()) {
            return ProcessDiagram.none();
        }
        HistoricProcessInstance instance = latest.get(0);
        List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).list();
        Set<String> now = activities.stream().filter(a -> a.getEndTime() == null).map(HistoricActivityInstance::getActivityId)
                .collect(Collectors.toSet());
        Set<String> done = activities.stream().filter(a -> a.getEndTime() != null).map(HistoricActivityInstance::getActivityId)
                .collect(Collectors.toSet());
        BpmnModelInstance model = repository.getBpmnModelInstance(instance.getProcessDefinitionId());
        List<Node> nodes = new ArrayList<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            if (shape.getBpmnElement() instanceof FlowNode node && shape.getBounds() != null) {
                State state = now.contains(node.getId()) ? State.NOW : done.contains(node.getId()) ? State.DONE : State.NOT_REACHED;
                Bounds label = shape.getBpmnLabel() == null ? null : shape.getBpmnLabel().getBounds();
                nodes.add(new Node(node.getId(), kindOf(node), node.getName(), box(shape.getBounds()),
                        label == null ? null : box(label), state));
            }
        }
        List<ProcessDiagram.Flow> flows = new ArrayList<>();
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            if (edge.getBpmnElement() instanceof FlowElement flow) {
                flows.add(new ProcessDiagram.Flow(flow.getId(),
                        edge.getWaypoints().stream().map(w -> new Point(w.getX(), w.getY())).toList()));
            }
        }
        String name = model.getModelElementsByType(Process.class).stream().map(Process::getName)
                .filter(n -> n != null && !n.isBlank()).findFirst().orElse(processKey);
        return new ProcessDiagram(name, List.copyOf(nodes), List.copyOf(flows));
    }

    private static Kind kindOf(FlowNode node) {
        if (node instanceof SubProcess) {
            return Kind.SUBPROCESS;
        }
        if (node instanceof Event) {
            return Kind.EVENT;
        }
        return node instanceof Gateway ? Kind.GATEWAY : Kind.TASK;
    }

    private static Box box(Bounds b) {
        return new Box(b.getX(), b.getY(), b.getWidth(), b.getHeight());
    }
}
