package uk.ehctracker.letters;

import java.time.Instant;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Only this package on top of the JPA slice ({@code @DataJpaTest}): its entities, repositories
 * and beans, Flyway, H2, a clock the tests move. Does not start the rest of the application.
 */
@TestConfiguration(proxyBeanMethods = false)
@AutoConfigurationPackage
@Import({LetterRenderer.class, LetterService.class, MailOutbox.class, OutboxSender.class})
class LettersTestConfiguration {

    /** 30 August 2026, 23:30 UTC: already 31 August in London (BST). */
    static final Instant START = Instant.parse("2026-08-30T23:30:00Z");

    @Bean
    MutableClock clock() {
        return new MutableClock(START);
    }
}
