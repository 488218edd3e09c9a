package uk.ehctracker.testing;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Picks the database for Spring tests: H2 in memory by default, the local PostgreSQL when
 * {@code EHC_TEST_DB=postgres} (as {@code .ci/run} sets it). The {@code test} profile comes last
 * so its settings win.
 */
public class TestProfiles implements ActiveProfilesResolver {

    public static boolean onPostgres() {
        return "postgres".equalsIgnoreCase(System.getenv("EHC_TEST_DB"));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return onPostgres() ? new String[] {"postgres", "test"} : new String[] {"h2mem", "test"};
    }
}
