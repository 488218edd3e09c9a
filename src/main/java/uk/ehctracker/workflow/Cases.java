package uk.ehctracker.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the case id a process carries. */
final class Cases {

    private Cases() {
    }

    static long idOf(VariableScope scope) {
        Object id = scope.getVariable(ProcessNames.Variables.CASE_ID);
        if (id instanceof Number n) {
            return n.longValue();
        }
        throw new IllegalStateException("Process has no " + ProcessNames.Variables.CASE_ID);
    }

    static long idOf(DelegateExecution execution) {
        return idOf((VariableScope) execution);
    }
}
