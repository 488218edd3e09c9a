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
 * {@code ./mvnw -Pbenchmark verify} runs it. Engine settings are {@link BenchSettings#ENGINE}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "ehc.demo-data.enabled=false",
    "camunda.bpm.job-execution.enabled=true",
    "camunda.bpm.job-execution.core-pool-size=4",
    "camunda.bpm.job-execution.max-pool-size=4",
    "camunda.bpm.job-execution.queue-capacity=20",
    "camunda.bpm.job-execution.max-jobs-per-acquisition=10",
    "camunda.bpm.job-execution.wait-time-in-millis=1000",
    "camunda.bpm.job-execution.max-wait=5000",
    "camunda.bpm.job-execution.lock-time-in-millis=60000",
    "camunda.bpm.generic-properties.properties.hostname=node-a",
    "spring.datasource.hikari.maximum-pool-size=20",
    "ehc.mail.outbox-poll=PT1H",
    "logging.level.root=warn",
    "logging.level.uk.ehctracker=warn"})
@ActiveProfiles("postgres")
public @interface BenchmarkTest {
}
