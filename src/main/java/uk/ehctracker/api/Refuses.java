package uk.ehctracker.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An error an operation can answer that {@link ApiContract} cannot derive from its shape,
 * because the rules decide it: {@code 409} (not possible at this stage), or {@code 404} for an id
 * sent in the body. {@link ApiContract} documents it with the one problem-details body.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(Refuses.All.class)
@interface Refuses {

    int status();

    /** When, in words an integrator understands. */
    String when();

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface All {
        Refuses[] value();
    }
}
