package uk.ehctracker.common;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Runs every {@link BeforeServing} in order, in the start-up phase just before the web server opens its port. */
@Component
class BeforeServingRunner implements SmartLifecycle {

    // Spring Boot opens the port in phase DEFAULT_PHASE - 2048 (WebServerStartStopLifecycle); earlier phases start first
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private final ObjectProvider<BeforeServing> work;
    private volatile boolean running;

    BeforeServingRunner(ObjectProvider<BeforeServing> work) {
        this.work = work;
    }

    @Override
    public void start() {
        work.orderedStream().forEach(BeforeServing::prepare);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
