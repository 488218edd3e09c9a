package uk.ehctracker.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.casework.CaseSearch.CaseFilters;
import uk.ehctracker.common.CappedCount;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.TestPeople;
import uk.ehctracker.ui.UiCases;

/**
 * The work list's count stops at its cap and says "more than": it agrees with the full count up to
 * the cap, and another LA's caseworker counts none of this LA's new cases (filtered in the query).
 */
@ApplicationTest
class CaseListCountTest {

    @Autowired ApplicationContext context;
    @Autowired CaseSearch search;
    @Autowired TestPeople people;

    @Test
    void theCappedCountAgreesUpToTheCap_saysMoreThanPastIt_andCountsOnlyTheLasCases() {
        CurrentUser caseworker = people.user("caseworker");
        CurrentUser otherLa = people.user("caseworker2");
        CaseFilters open = CaseFilters.openCases();
        long before = search.countUpTo(caseworker, open, 100_000).value();
        long otherBefore = search.countUpTo(otherLa, open, 100_000).value();
        UiCases cases = new UiCases(context);
        cases.requested();
        cases.requested();

        int total = search.count(caseworker, open);
        assertThat(total).isEqualTo(before + 2);
        assertThat(search.countUpTo(caseworker, open, 100_000)).isEqualTo(new CappedCount(total, false));
        assertThat(search.countUpTo(caseworker, open, total)).isEqualTo(new CappedCount(total, false));
        CappedCount capped = search.countUpTo(caseworker, open, total - 1);
        assertThat(capped).isEqualTo(new CappedCount(total - 1, true));
        assertThat(capped.words("case", "cases")).isEqualTo(String.format("more than %,d cases", total - 1));
        assertThat(search.countUpTo(otherLa, open, 100_000).value()).isEqualTo(otherBefore).isEqualTo(search.count(otherLa, open));
    }
}
