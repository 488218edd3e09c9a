package uk.ehctracker.scale;

import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.ehctracker.common.BeforeServing;
import uk.ehctracker.common.Databases;

/**
 * Indexes on the engine's own tables (and one PostgreSQL-only partial index), created after the engine has started. Not a Flyway
 * migration: on an empty database Flyway runs before the engine creates its tables (Flyway's
 * initializer is a dependency of the JPA EntityManagerFactory, which the engine's configuration
 * needs), so a migration naming ACT_RU_JOB would fail there. {@code IF NOT EXISTS} makes this
 * idempotent, and two nodes starting together at worst log a harmless race.
 */
@Component
@Order(BeforeServing.ENGINE)
class EngineIndexes implements BeforeServing {

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    /**
     * With jobExecutorPreferTimerJobs and jobExecutorAcquireByDueDate (application.yml) the
     * acquisition query orders due jobs by TYPE_ DESC, DUEDATE_ ASC; without an index it sorts
     * every executable job on each acquisition cycle (Camunda's job executor docs; BENCHMARKS.md, Timers). Measured in
     * BENCHMARKS.md ("Timers"): the plan switches from a sort of ACT_RU_JOB to an index scan.
     */
    static final List<String> STATEMENTS = List.of(
            "CREATE INDEX IF NOT EXISTS EHC_IDX_JOB_ACQUIRE ON ACT_RU_JOB (TYPE_ DESC, DUEDATE_ ASC)",
            // completing or deleting a task looks up its subtasks by PARENT_TASK_ID_, which Camunda
            // does not index: every completion read all of ACT_RU_TASK (one open task per open case
            // and adviser; BENCHMARKS.md "What the measurements changed"; camunda/camunda#36824)
            "CREATE INDEX IF NOT EXISTS EHC_IDX_TASK_PARENT ON ACT_RU_TASK (PARENT_TASK_ID_)");

    /**
     * PostgreSQL only (H2 has no partial indexes): at most one open case per child, enforced by
     * the database. The service checks first, but two nodes (or a client retrying on another node
     * after a timeout) can both pass the check and both insert: the two-node kill test found 4
     * children with two open cases out of 60 requests (BENCHMARKS.md). With this index the second
     * commit fails instead. Every way of closing a case sets closed_on.
     */
    static final List<String> POSTGRES_STATEMENTS = List.of(
            "CREATE UNIQUE INDEX IF NOT EXISTS ux_case_one_open_per_child ON assessment_case (child_id) WHERE closed_on IS NULL",
            // the acquisition skips a due job whose process instance has a job locked (exclusive jobs);
            // PostgreSQL answers that from every row of ACT_RU_JOB (43-83 ms a time with 12,000 jobs,
            // BENCHMARKS.md) unless an index holds just the few locked ones
            "CREATE INDEX IF NOT EXISTS ehc_idx_job_locked ON ACT_RU_JOB (PROCESS_INSTANCE_ID_) WHERE LOCK_OWNER_ IS NOT NULL");

    private final JdbcTemplate jdbc;

    EngineIndexes(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public void prepare() {
        List<String> statements = new java.util.ArrayList<>(STATEMENTS);
        if (Databases.isPostgres(jdbc)) {
            statements.addAll(POSTGRES_STATEMENTS);
        }
        for (String sql : statements) {
            try {
                jdbc.execute(sql);
            } catch (RuntimeException e) {
                // another node created it at the same moment, or the database cannot: the engine works without it
                log.warn("Index not created ({}): {}", sql, e.getMessage());
            }
        }
    }
}
