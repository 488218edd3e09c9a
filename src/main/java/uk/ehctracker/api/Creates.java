package uk.ehctracker.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation that makes something and answers {@code 201 Created} with a {@code Location}
 * header naming it (the controller answers {@code ResponseEntity.created(...)}). {@link ApiContract}
 * documents it so. {@link #sameAgainAnswers200()}: sending the same thing again makes nothing
 * new and answers {@code 200} with a {@code Content-Location} naming what was kept before.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Creates {

    /** What the Location header names, e.g. "the new case". */
    String value();

    boolean sameAgainAnswers200() default false;
}
