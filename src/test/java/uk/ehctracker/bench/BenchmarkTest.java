package uk.ehctracker.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on PostgreSQL ({@code EHC_DB_URL}, default {@code ehc_bench} on the local
 * server) with its job executor running: one node of a cluster. Tagged {@code benchmark}, so only
 * {@code ./mvnw -Pbenchmark verify} runs it. The engine runs with the application's own settings
 * ({@code application.yml}), job executor on.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "ehc.demo-data.enabled=false",
    "camunda.bpm.job-execution.enabled=true",
    "camunda.bpm.generic-properties.properties.hostname=node-a",
    "ehc.mail.outbox-poll=PT1H",
    "logging.level.root=warn",
    "logging.level.uk.ehctracker=warn"})
@ActiveProfiles("postgres")
public @interface BenchmarkTest {
}
