package uk.ehctracker.common;

/**
 * Start-up work the application finishes before it takes its first request: the engine's extra
 * indexes, the demo's users and cases. Run in {@code @Order} by {@link BeforeServingRunner}; an
 * {@code ApplicationRunner} would run only after the web server has begun to answer, when a
 * sign-in with a demo user could still fail.
 */
public interface BeforeServing {

    /** The engine's own extra indexes, before anything writes. */
    int ENGINE = 0;
    /** The directory's demo: LAs, schools, families, users and their cases. */
    int DEMO_DIRECTORY = 100;
    /** The school side's demo, which builds on the directory's demo pupils and SENCO. */
    int DEMO_SCHOOL_SIDE = 200;

    void prepare();
}
