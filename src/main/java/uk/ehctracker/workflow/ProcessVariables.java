package uk.ehctracker.workflow;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the ids a process carries (the case's, the SEN support record's), written once. */
final class ProcessVariables {

    private ProcessVariables() {
    }

    static long idOf(VariableScope scope, String variable) {
        return asId(scope.getVariable(variable), variable);
    }

    static long asId(Object value, String variable) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        throw new IllegalStateException("Process has no " + variable);
    }

    static long caseIdOf(VariableScope scope) {
        return idOf(scope, ProcessNames.Variables.CASE_ID);
    }
}
