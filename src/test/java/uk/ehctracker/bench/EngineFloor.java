package uk.ehctracker.bench;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * What any request start costs on this stack before the application does anything: the engine,
 * with the application's own settings (history level full, the same data source), starting a
 * process of the smallest shapes. Measured beside the request starts and the raw insert, so the
 * request-start ratio can be read against what Camunda alone reaches on the same machine.
 *
 * <ul>
 *   <li>{@code benchFloorEmpty}: start event to end event, no variables: the engine's own minimum.</li>
 *   <li>{@code benchFloorTask}: the smallest statutory request in BPMN: the 4 routing variables a
 *   case starts with, a user task for the caseworkers and its two deadline timers (a reminder and
 *   the due date), as the request's first step has.</li>
 * </ul>
 */
final class EngineFloor {

    static final String EMPTY = "benchFloorEmpty";
    static final String TASK = "benchFloorTask";

    private final ProcessEngine engine;

    EngineFloor(ProcessEngine engine) {
        this.engine = engine;
    }

    /** Deploys both models (src/test/resources/bench; once per database: duplicates are filtered). */
    EngineFloor deploy() {
        engine.getRepositoryService().createDeployment().name("benchmark engine floor")
                .addClasspathResource("bench/bench-floor-empty.bpmn").addClasspathResource("bench/bench-floor-task.bpmn")
                .enableDuplicateFiltering(true).deploy();
        return this;
    }

    void startEmpty() {
        engine.getRuntimeService().startProcessInstanceByKey(EMPTY);
    }

    void startTask() {
        engine.getRuntimeService().startProcessInstanceByKey(TASK, UUID.randomUUID().toString(), Map.of(
                "caseId", 1L, "caseworkers", "la-BENCH-caseworkers", "managers", "la-BENCH-managers", "family", "family-0"));
    }

    /** Deletes the waiting task instances (their timers would otherwise fall due in later runs). */
    int deleteWaiting() {
        int deleted = 0;
        List<String> ids;
        while (!(ids = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(TASK)
                .listPage(0, 1000).stream().map(ProcessInstance::getId).toList()).isEmpty()) {
            engine.getRuntimeService().deleteProcessInstances(ids, "benchmark floor", true, true);
            deleted += ids.size();
        }
        return deleted;
    }
}
