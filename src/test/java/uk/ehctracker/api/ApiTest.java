package uk.ehctracker.api;

import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.TestPeople;

/**
 * An API test: the running application on a random port, a real HTTP client ({@link #api}) and
 * the fixtures that make cases and tasks through it ({@link #fixtures}), ready before any
 * {@code @BeforeAll} of the test class.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiTest {

    @LocalServerPort
    protected int port;
    @Autowired
    protected TestPeople people;
    @Autowired
    protected DirectoryService directory;
    @Autowired
    protected PlatformTransactionManager transactions;
    @Autowired
    protected Clock clock;
    @Autowired
    protected JdbcTemplate jdbc;

    protected ApiClient api;
    protected ApiFixtures fixtures;

    @BeforeAll
    void apiClient() {
        api = new ApiClient(port);
        fixtures = new ApiFixtures(api, people, directory, transactions, clock);
    }
}
