package uk.ehctracker.generator;

import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the generator has done, one row per unit of work ({@code generator_progress}), written in
 * the same transaction as the work: after an interruption a unit is either done and recorded, or
 * neither. The table belongs to the generator only (created on its first run, not by Flyway), so
 * a production database never has it.
 */
@Component
class GeneratorProgress {

    private final JdbcTemplate jdbc;

    GeneratorProgress(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    void createTable() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS generator_progress ("
                + " phase VARCHAR(40) NOT NULL, unit BIGINT NOT NULL, done_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                + " PRIMARY KEY (phase, unit))");
    }

    /** Marks a unit done; joins the caller's transaction, so it commits with the work. */
    @Transactional(propagation = Propagation.MANDATORY)
    void markDone(String phase, long unit) {
        jdbc.update("INSERT INTO generator_progress (phase, unit, done_at) VALUES (?, ?, ?)",
                phase, unit, Timestamp.from(Instant.now()));
    }

    java.util.Set<Long> done(String phase) {
        return new java.util.HashSet<>(jdbc.queryForList("SELECT unit FROM generator_progress WHERE phase = ?", Long.class, phase));
    }
}
