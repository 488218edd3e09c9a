package uk.ehctracker.testing;

import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;
import uk.ehctracker.directory.DirectoryService;

/** What a first request would have found: whether the demo's users existed when the web server opened its port. */
@Component
public class WhenServingBegan implements ApplicationListener<ServletWebServerInitializedEvent> {

    private final DirectoryService directory;
    private volatile Boolean demoUsersPresent;

    WhenServingBegan(DirectoryService directory) {
        this.directory = directory;
    }

    @Override
    public void onApplicationEvent(ServletWebServerInitializedEvent event) {
        demoUsersPresent = directory.userExists("caseworker") && directory.userExists("parent");
    }

    /** Null when the web server has not started. */
    public Boolean demoUsersPresent() {
        return demoUsersPresent;
    }
}
