package uk.ehctracker.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.assessment.RequestedBy;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.TestPeople;

/**
 * The family page reads the whole family's cases together (one query, the parts for all cases at
 * once) and still puts each read on the audit trail: one READ entry per case shown, written
 * together.
 */
@ApplicationTest
class FamilyPageAuditsEachCaseTest {

    @Autowired CasePages pages;
    @Autowired AssessmentService assessments;
    @Autowired TestPeople people;
    @Autowired DataSource dataSource;

    @Test
    void eachCaseOnTheFamilyPageIsAuditedOnceAsARead() {
        CurrentUser parent = people.user("parent");
        long first = request(parent);
        long second = request(parent);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long before1 = reads(jdbc, first);
        long before2 = reads(jdbc, second);

        List<CasePages.ChildCard> cards = pages.family(parent);

        assertThat(cards.stream().flatMap(c -> c.cases().stream()).map(CasePages.CaseDetail::id)).contains(first, second);
        assertThat(cards.stream().filter(c -> c.cases().stream().anyMatch(d -> d.id() == first)).findFirst().orElseThrow()
                .cases()).as("each case under its own child").hasSize(1);
        assertThat(reads(jdbc, first) - before1).isEqualTo(1);
        assertThat(reads(jdbc, second) - before2).isEqualTo(1);
    }

    private long request(CurrentUser parent) {
        return assessments.submitRequest(new Commands.NewRequest(people.newChildOfParent(LocalDate.of(2016, 5, 1)).getId(),
                RequestedBy.PARENT, null, "Reading has stalled.", null, null), parent).getId();
    }

    private static long reads(JdbcTemplate jdbc, long caseId) {
        return jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE case_id = ? AND username = 'parent' AND action = 'READ'",
                Long.class, caseId);
    }
}
