package uk.ehctracker.bench;

import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Where the benchmark runs and with which engine settings (the same for the second node). */
final class BenchSettings {

    private BenchSettings() {
    }

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/ehc_bench";

    static String url() {
        return env("EHC_DB_URL", DEFAULT_URL);
    }

    static String user() {
        return env("EHC_DB_USER", "postgres");
    }

    static String password() {
        return env("EHC_DB_PASSWORD", "");
    }

    /** The job executor settings under test; {@link BenchmarkTest} repeats them for this JVM. */
    static final List<String> ENGINE = List.of(
            "--camunda.bpm.job-execution.core-pool-size=4",
            "--camunda.bpm.job-execution.max-pool-size=4",
            "--camunda.bpm.job-execution.queue-capacity=20",
            "--camunda.bpm.job-execution.max-jobs-per-acquisition=10",
            "--camunda.bpm.job-execution.wait-time-in-millis=1000",
            "--camunda.bpm.job-execution.max-wait=5000",
            "--camunda.bpm.job-execution.lock-time-in-millis=60000",
            "--spring.datasource.hikari.maximum-pool-size=20");

    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", BenchSettings::url);
        registry.add("spring.datasource.username", BenchSettings::user);
        registry.add("spring.datasource.password", BenchSettings::password);
    }

    static int intProp(String name, int def) {
        return Integer.getInteger(name, def);
    }

    private static String env(String name, String def) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? def : v;
    }
}
