package uk.ehctracker.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the test database (H2 in memory, or PostgreSQL in CI), with the
 * demo data and without the job executor: tests execute jobs themselves after moving the clock.
 * Every Spring test uses this one annotation, so they all share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import({TestPeople.class, WhenServingBegan.class})
public @interface ApplicationTest {
}
