package uk.ehctracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.workflow.TaskSummary;

/** The signed-in person's work list, and completing a task with its form's values. */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Tasks")
class TasksController {

    private final CaseJson cases;
    private final CurrentUsers currentUsers;

    TasksController(CaseJson cases, CurrentUsers currentUsers) {
        this.cases = cases;
        this.currentUsers = currentUsers;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Your tasks: those offered to your teams or assigned to you, oldest first")
    List<TaskSummary> tasks() {
        return cases.tasks(currentUsers.require());
    }

    @PostMapping(path = "/{id}/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Complete a task with its form's values",
            description = "The values are checked against the task's form (forms/<task>.form); each wrong value is named.")
    @Refuses(status = 409, when = "The task is no longer waiting (completed by someone else), or the case moved on")
    void complete(@PathVariable String id, @RequestBody Map<String, Object> values) {
        cases.completeTask(id, values, currentUsers.require());
    }
}
