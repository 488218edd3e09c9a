package uk.ehctracker.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A process test: the whole application as {@link ApplicationTest} has it, plus process-test
 * coverage. Its own application context (and engine on the same database), because coverage
 * watches every process its engine runs. Name the class {@code *ProcessTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// the demo's cases are seeded by the other context: processes run here only inside measured tests
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ehc.demo-data.cases=false")
@ActiveProfiles(resolver = TestProfiles.class)
@Import({ProcessCoverage.class, TestPeople.class})
public @interface ProcessTest {
}
