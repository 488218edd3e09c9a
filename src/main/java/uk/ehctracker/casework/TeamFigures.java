package uk.ehctracker.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.assessment.CaseStage;
import uk.ehctracker.assessment.Milestone;
import uk.ehctracker.assessment.TimeLimitException;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.statutory.TimeLimit;
import uk.ehctracker.casework.CaseSearch.CaseFilters;

/**
 * The manager's figures, counted in the database through the access policy: cases by stage,
 * overdue, due this week, and the 20-week rate for final plans issued this calendar year, with
 * and without the cases where an exception to the 20-week limit applies (as the national
 * statistics report it).
 */
@Service
@Transactional(readOnly = true)
public class TeamFigures {

    /** Plans issued this year, and how many of them within 20 weeks. */
    public record TwentyWeeks(int year, int issued, int onTime, int issuedWithoutException, int onTimeWithoutException) {
        public static int percent(int part, int whole) {
            return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
        }
    }

    public record Figures(Map<CaseStage, Long> openByStage, long overdue, long dueThisWeek, TwentyWeeks twentyWeeks) {
    }

    /** One caseworker's share of the team's open cases (username null: the cases assigned to nobody). */
    public record CaseworkerLoad(String username, String name, long open, long dueThisWeek, long overdue) {
    }

    private final AssessmentQueries queries;
    private final CaseSearch search;
    private final CasePages pages;

    TeamFigures(AssessmentQueries queries, CaseSearch search, CasePages pages) {
        this.queries = queries;
        this.search = search;
        this.pages = pages;
    }

    /**
     * Who needs help: each colleague's open cases, those with a step due in the next 7 days and
     * those overdue (as the work list counts them), then the cases assigned to nobody. Three
     * grouped counts, whatever the team's size.
     */
    public List<CaseworkerLoad> byCaseworker(CurrentUser user) {
        Map<String, Long> open = search.countByAssignee(user, CaseFilters.openCases());
        Map<String, Long> dueSoon = search.countByAssignee(user, new CaseFilters(null, null, true, false, false));
        Map<String, Long> overdue = search.countByAssignee(user, new CaseFilters(null, null, false, true, false));
        List<CaseworkerLoad> loads = new ArrayList<>();
        for (CasePages.StaffOption s : pages.colleagues(user)) {
            loads.add(new CaseworkerLoad(s.username(), s.name(), open.getOrDefault(s.username(), 0L),
                    dueSoon.getOrDefault(s.username(), 0L), overdue.getOrDefault(s.username(), 0L)));
        }
        loads.add(new CaseworkerLoad(null, "Not assigned", open.getOrDefault(null, 0L), dueSoon.getOrDefault(null, 0L),
                overdue.getOrDefault(null, 0L)));
        return loads;
    }

    public Figures figures(CurrentUser user) {
        // one grouped count, not one count per stage
        Map<CaseStage, Long> counted = search.countByStage(user, CaseFilters.openCases());
        Map<CaseStage, Long> byStage = new EnumMap<>(CaseStage.class);
        for (CaseStage stage : CaseStage.values()) {
            if (!stage.isClosed()) {
                byStage.put(stage, counted.getOrDefault(stage, 0L));
            }
        }
        long overdue = search.count(user, new CaseFilters(null, null, false, true, false));
        long dueThisWeek = search.count(user, new CaseFilters(null, null, true, false, false));
        return new Figures(byStage, overdue, dueThisWeek, twentyWeeks(user, search.today()));
    }

    TwentyWeeks twentyWeeks(CurrentUser user, LocalDate today) {
        LocalDate from = LocalDate.of(today.getYear(), 1, 1);
        LocalDate to = LocalDate.of(today.getYear(), 12, 31);
        int issued = 0;
        int onTime = 0;
        int issuedWithout = 0;
        int onTimeWithout = 0;
        int page = 0;
        while (true) {
            var cases = queries.visibleCases(user, (root, q, cb) -> cb.between(root.get("finalPlanIssuedOn"), from, to),
                    PageRequest.of(page++, 200));
            // one query for the page's dates, not two per case; these are counted, not read, so no audit entry
            AssessmentQueries.ListedCaseDates dates = queries.datesOfListed(cases.getContent());
            for (AssessmentCase c : cases) {
                Milestone finalPlan = dates.milestonesOf(c.getId()).stream()
                        .filter(m -> m.getTimeLimit() == TimeLimit.FINAL_PLAN && m.getAdviceId() == null).findFirst().orElse(null);
                if (finalPlan == null || finalPlan.getDoneOn() == null) {
                    continue;
                }
                boolean inTime = !finalPlan.getDoneOn().isAfter(finalPlan.getDueOn());
                // reg 13(3): only an exception that relieves the 20-week limit takes the case out of the figure
                boolean exception = !StatutoryClock.isBinding(TimeLimit.FINAL_PLAN, finalPlan.getDueOn(),
                        dates.exceptionsOf(c.getId()).stream().map(TimeLimitException::asRecorded).toList());
                issued++;
                onTime += inTime ? 1 : 0;
                if (!exception) {
                    issuedWithout++;
                    onTimeWithout += inTime ? 1 : 0;
                }
            }
            if (!cases.hasNext()) {
                break;
            }
        }
        return new TwentyWeeks(today.getYear(), issued, onTime, issuedWithout, onTimeWithout);
    }
}
