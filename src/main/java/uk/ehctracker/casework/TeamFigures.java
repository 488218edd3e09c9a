package uk.ehctracker.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.assessment.CaseStage;
import uk.ehctracker.assessment.FinalPlanTiming;

/**
 * The manager's figures, counted in the database through the access policy: cases by stage,
 * overdue, due this week, and the 20-week rate for final plans issued this calendar year, with
 * and without the cases where an exception to the 20-week limit applies (as the national
 * statistics report it). Two grouped queries per dashboard, neither reading every plan
 * (BENCHMARKS.md, "Lists at the size of Kent").
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

    /** Everything the manager's dashboard shows of the team's cases, from two grouped queries. */
    public record Dashboard(Figures figures, List<CaseworkerLoad> byCaseworker) {
    }

    /**
     * The dashboard's figures and the team's loads together: one grouped count of the open cases by
     * assignee and stage (with those due this week and overdue) gives both, and the 20-week rate is
     * one grouped count of the year's plans by their kept timing (issue "National load").
     */
    public Dashboard dashboard(CurrentUser user) {
        List<CaseSearch.OpenCount> open = search.openCounts(user);
        return new Dashboard(figures(user, open), byCaseworker(user, open));
    }

    /**
     * Who needs help: each colleague's open cases, those with a step due in the next 7 days and
     * those overdue (as the work list counts them), then the cases assigned to nobody. One grouped
     * count, whatever the team's size.
     */
    public List<CaseworkerLoad> byCaseworker(CurrentUser user) {
        return byCaseworker(user, search.openCounts(user));
    }

    public Figures figures(CurrentUser user) {
        return figures(user, search.openCounts(user));
    }

    private List<CaseworkerLoad> byCaseworker(CurrentUser user, List<CaseSearch.OpenCount> counts) {
        Map<String, long[]> byAssignee = new HashMap<>();
        for (CaseSearch.OpenCount c : counts) {
            long[] sums = byAssignee.computeIfAbsent(c.assignedTo(), k -> new long[3]);
            sums[0] += c.open();
            sums[1] += c.dueThisWeek();
            sums[2] += c.overdue();
        }
        List<CaseworkerLoad> loads = new ArrayList<>();
        for (CasePages.StaffOption s : pages.colleagues(user)) {
            long[] sums = byAssignee.getOrDefault(s.username(), new long[3]);
            loads.add(new CaseworkerLoad(s.username(), s.name(), sums[0], sums[1], sums[2]));
        }
        long[] nobody = byAssignee.getOrDefault(null, new long[3]);
        loads.add(new CaseworkerLoad(null, "Not assigned", nobody[0], nobody[1], nobody[2]));
        return loads;
    }

    private Figures figures(CurrentUser user, List<CaseSearch.OpenCount> counts) {
        Map<CaseStage, Long> byStage = new EnumMap<>(CaseStage.class);
        for (CaseStage stage : CaseStage.values()) {
            if (!stage.isClosed()) {
                byStage.put(stage, 0L);
            }
        }
        long overdue = 0;
        long dueThisWeek = 0;
        for (CaseSearch.OpenCount c : counts) {
            byStage.merge(c.stage(), c.open(), Long::sum);
            overdue += c.overdue();
            dueThisWeek += c.dueThisWeek();
        }
        return new Figures(byStage, overdue, dueThisWeek, twentyWeeks(user, search.today()));
    }

    /**
     * Final plans issued this calendar year and how many within 20 weeks, with and without those an
     * exception relieved (reg 13(2), 13(3)): counted from each plan's kept timing
     * ({@link FinalPlanTiming}, the one rule), not by reading every plan and its milestones.
     */
    TwentyWeeks twentyWeeks(CurrentUser user, LocalDate today) {
        Map<FinalPlanTiming, Long> counted = queries.countFinalPlansByTiming(user, LocalDate.of(today.getYear(), 1, 1),
                LocalDate.of(today.getYear(), 12, 31));
        int issued = 0;
        int onTime = 0;
        int issuedWithout = 0;
        int onTimeWithout = 0;
        for (Map.Entry<FinalPlanTiming, Long> e : counted.entrySet()) {
            FinalPlanTiming t = e.getKey();
            int n = e.getValue().intValue();
            if (!t.counted()) {
                continue;
            }
            issued += n;
            onTime += t.inTime() ? n : 0;
            if (!t.excepted()) {
                issuedWithout += n;
                onTimeWithout += t.inTime() ? n : 0;
            }
        }
        return new TwentyWeeks(today.getYear(), issued, onTime, issuedWithout, onTimeWithout);
    }
}
