package uk.ehctracker.demo;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import uk.ehctracker.statutory.StatutoryClock;

/** Seeds the demo once: a second run finds the demo users and leaves everything as it is. */
@Component
@ConditionalOnProperty(name = "ehc.demo-data.enabled", havingValue = "true")
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final DemoDirectory directory;
    private final DemoCases cases;
    private final Clock clock;

    DemoDataSeeder(DemoDirectory directory, DemoCases cases, Clock clock) {
        this.directory = directory;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed();
    }

    /** Returns true when it seeded, false when the demo was already there. */
    boolean seed() {
        if (directory.alreadySeeded()) {
            log.info("Demo data already present; nothing seeded");
            return false;
        }
        var today = StatutoryClock.today(clock);
        var seeded = directory.seed(today);
        cases.seed(seeded.children(), today);
        log.info("Demo data seeded: sign in as caseworker/caseworker, parent/parent, ... (see README)");
        return true;
    }
}
