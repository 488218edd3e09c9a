package uk.ehctracker.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A user's or a caller's mistake: each problem names its field. Screens show the messages next to
 * the fields; the API answers 400 with them. Thrown before anything is written.
 */
public class BadInputException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public BadInputException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public static BadInputException of(String field, String message) {
        return new BadInputException(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
