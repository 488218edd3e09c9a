package uk.ehctracker.workflow;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring between the engine and the application. */
@Configuration
class WorkflowConfig {

    @Bean
    Clock clock() {
        return new EngineClock();
    }
}
