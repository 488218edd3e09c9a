package uk.ehctracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The EHC needs-assessment tracker: Camunda runs the statutory process, Vaadin and /api serve the people. */
@SpringBootApplication
@EnableScheduling
public class EhcTrackerApplication {

    public static void main(String[] args) {
        SpringApplication.run(EhcTrackerApplication.class, args);
    }
}
