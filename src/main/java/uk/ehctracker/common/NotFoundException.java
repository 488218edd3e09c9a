package uk.ehctracker.common;

/**
 * The thing asked for does not exist, or the person may not see it: the two look the same from
 * outside, so that existence is not revealed.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
