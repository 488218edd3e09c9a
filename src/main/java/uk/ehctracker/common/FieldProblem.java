package uk.ehctracker.common;

/** One thing wrong with one field of a command, said in plain English. */
public record FieldProblem(String field, String message) {
}
