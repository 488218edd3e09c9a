package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** The database's refusals reach the client for what they are: a clash is "try again", a bad value is not. */
class ValueTheDatabaseRefusesTest {

    private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/assessment-requests");

    @Test
    void aValueTooLongForItsColumn_isA400_notAClash() throws Exception {
        ResponseEntity<ApiProblems.Problem> answer = new ApiProblems().raced(refused("22001"), request);
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().detail()).startsWith("One of the values sent is too long or has characters that cannot be kept");
    }

    @Test
    void aUniqueIndexRefusingTheSecondOfTwo_isStillA409() throws Exception {
        ResponseEntity<ApiProblems.Problem> answer = new ApiProblems().raced(refused("23505"), request);
        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(answer.getBody().detail()).startsWith("Someone else changed this case at the same moment");
    }

    private static DataIntegrityViolationException refused(String sqlState) {
        return new DataIntegrityViolationException("could not execute statement", new SQLException("refused", sqlState));
    }
}
