package uk.ehctracker.common;

/** The command does not fit the case's current stage (e.g. deciding twice). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
