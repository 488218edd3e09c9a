package uk.ehctracker.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehctracker.common.Databases;
import uk.ehctracker.testing.ApplicationTest;

/**
 * The engine's own lookups that read every row of a runtime table without our indexes
 * (BENCHMARKS.md) use them. PostgreSQL is told not to scan the table if it has any other way, so
 * the plan shows whether the index exists and fits the query, whatever the table's size.
 */
@ApplicationTest
class EngineIndexesTest {

    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void completingATaskFindsItsSubtasksByIndexNotByReadingEveryOpenTask() {
        // Camunda's selectTasksByParentTaskId, run on every task completion and deletion
        assertThat(plan("SELECT * FROM ACT_RU_TASK WHERE PARENT_TASK_ID_ = 'no-such-task'"))
                .containsIgnoringCase("EHC_IDX_TASK_PARENT");
    }

    @Test
    void jobAcquisitionFindsTheLockedJobsOfAnInstanceByIndex() {
        assumeTrue(isPostgres(), "a partial index: PostgreSQL only");
        // the acquisition's test that no other job of the same process instance is locked (exclusive jobs)
        assertThat(plan("SELECT ID_ FROM ACT_RU_JOB WHERE PROCESS_INSTANCE_ID_ = 'no-such-instance' AND LOCK_OWNER_ IS NOT NULL"))
                .containsIgnoringCase("ehc_idx_job_locked");
    }

    private String plan(String sql) {
        return new TransactionTemplate(transactions).execute(status -> {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            if (isPostgres()) {
                jdbc.execute("SET LOCAL enable_seqscan = off");
            }
            List<String> lines = jdbc.queryForList("EXPLAIN " + sql, String.class);
            return String.join("\n", lines);
        });
    }

    private boolean isPostgres() {
        return Databases.isPostgres(new JdbcTemplate(dataSource));
    }
}
