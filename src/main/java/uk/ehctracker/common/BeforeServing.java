package uk.ehctracker.common;

/**
 * Start-up work the application finishes before it takes its first request: the engine's extra
 * indexes, the demo's users and cases. Run in {@code @Order} by {@link BeforeServingRunner}; an
 * {@code ApplicationRunner} would run only after the web server has begun to answer, when a
 * sign-in with a demo user could still fail.
 */
public interface BeforeServing {

    void prepare();
}
