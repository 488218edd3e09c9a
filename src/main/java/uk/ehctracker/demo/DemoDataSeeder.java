package uk.ehctracker.demo;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.ehctracker.common.BeforeServing;
import uk.ehctracker.statutory.StatutoryClock;

/**
 * Seeds the demo once, before the first request (the demo users must exist when the sign-in page
 * opens): a second run finds the demo users and leaves everything as it is.
 */
@Component
@ConditionalOnProperty(name = "ehc.demo-data.enabled", havingValue = "true")
@Order(BeforeServing.DEMO_DIRECTORY)
class DemoDataSeeder implements BeforeServing {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final DemoDirectory directory;
    private final DemoCases cases;
    private final Clock clock;

    private final boolean withCases;

    DemoDataSeeder(DemoDirectory directory, DemoCases cases, Clock clock,
            @Value("${ehc.demo-data.cases:true}") boolean withCases) {
        this.directory = directory;
        this.cases = cases;
        this.clock = clock;
        this.withCases = withCases;
    }

    @Override
    public void prepare() {
        seed();
    }

    /** Returns true when it seeded anything, false when the demo was already there. Each part is seeded once. */
    boolean seed() {
        var today = StatutoryClock.today(clock);
        boolean seeded = false;
        if (!directory.alreadySeeded()) {
            directory.seed(today);
            seeded = true;
        }
        if (withCases && !cases.alreadySeeded()) {
            cases.seed(today);
            seeded = true;
        }
        log.info(seeded ? "Demo data seeded: sign in as caseworker/caseworker, parent/parent, ... (see README)"
                : "Demo data already present; nothing seeded");
        return seeded;
    }
}
