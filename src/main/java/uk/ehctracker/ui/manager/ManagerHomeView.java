package uk.ehctracker.ui.manager;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.assessment.CaseStage;
import uk.ehctracker.casework.CasePages;
import uk.ehctracker.casework.CasePages.TaskRow;
import uk.ehctracker.casework.TeamFigures.Figures;
import uk.ehctracker.casework.TeamFigures.TwentyWeeks;
import uk.ehctracker.ui.tasks.TaskView;
import uk.ehctracker.assessment.CaseSteps;
import uk.ehctracker.casework.TeamFigures;
import uk.ehctracker.disagreement.DisagreementFigures;
import uk.ehctracker.review.ReviewFigures;
import uk.ehctracker.common.DateFormats;
import uk.ehctracker.ui.common.UserText;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import uk.ehctracker.casework.CaseSearch;
import uk.ehctracker.ui.caseworker.CaseworkerHomeView;

/**
 * Team dashboard: open cases by stage (a bar chart of plain elements, each bar with its number
 * as text), overdue and due this week, the 20-week rate with and without exception cases, the
 * annual reviews decided within 4 weeks and the moves amended before 15 February, and the missed
 * deadlines waiting for the manager's review.
 */
@Route("manager")
@PageTitle("Team dashboard | EHC needs assessment tracker")
@RolesAllowed("LA_MANAGER")
public class ManagerHomeView extends VerticalLayout {


    public ManagerHomeView(TeamFigures teamFigures, DisagreementFigures disagreementFigures, ReviewFigures reviewFigures, CasePages views,
            CurrentUsers users) {
        CurrentUser user = users.require();
        addClassName("page");
        TeamFigures.Dashboard dashboard = teamFigures.dashboard(user);
        Figures figures = dashboard.figures();
        add(new H1("Team dashboard"));
        add(new Paragraph("Your team's open cases, the deadlines coming up and the share of plans issued within 20 weeks."));
        add(headlines(figures));
        add(byCaseworker(dashboard.byCaseworker()));
        add(byStage(figures.openByStage()));
        add(twentyWeeks(figures.twentyWeeks()));
        reviewFigures.figures(user).ifPresent(f -> add(annualReviews(f)));
        add(disagreements(disagreementFigures.byDecision(user)));
        add(escalations(views.tasks(user).stream().filter(t -> CaseSteps.REVIEW_MISSED_DEADLINE.equals(t.task().taskKey())).toList()));
        add(new Paragraph(new Anchor("caseworker", "Open the team's work list and cases")));
        add(new Paragraph(new Anchor("manager/contacts", "Change the contacts in the LA's letters")));
        add(new Paragraph(new Anchor("manager/import-plans", "Import the council's existing EHC plans")));
    }

    private static Component headlines(Figures f) {
        Div figures = new Div();
        figures.addClassName("figures");
        figures.setId("headlines");
        figures.add(figure("overdue", f.overdue(), f.overdue() == 1 ? "open case with an overdue step" : "open cases with an overdue step",
                        CaseworkerHomeView.link(null, CaseworkerHomeView.OVERDUE)),
                figure("due-this-week", f.dueThisWeek(), f.dueThisWeek() == 1 ? "open case with a step due in the next 7 days" : "open cases with a step due in the next 7 days",
                        CaseworkerHomeView.link(null, CaseworkerHomeView.DUE_THIS_WEEK)),
                figure("open", f.openByStage().values().stream().mapToLong(Long::longValue).sum(), "open cases",
                        CaseworkerHomeView.link(null, null)));
        return figures;
    }

    /** A headline figure; it opens the work list with the cases behind it. */
    private static Component figure(String id, long number, String text, String cases) {
        Anchor figure = new Anchor(cases);
        figure.addClassName("figure");
        figure.setId(id);
        Span n = new Span(Long.toString(number));
        n.addClassName("number");
        figure.add(n, new Span(text));
        return figure;
    }

    /** Who needs help: each caseworker's open, due-this-week and overdue cases, each number opening those cases. */
    private static Component byCaseworker(List<TeamFigures.CaseworkerLoad> loads) {
        Div panel = new Div();
        panel.addClassName("panel");
        panel.setId("by-caseworker");
        panel.add(new H2("Cases by caseworker"));
        NativeTable table = table("Each caseworker's open cases, those with a step due in the next 7 days, and those overdue",
                "Caseworker", "Open cases", "Due in the next 7 days", "Overdue");
        for (TeamFigures.CaseworkerLoad l : loads) {
            String who = l.username() == null ? CaseSearch.CaseFilters.NOBODY : l.username();
            NativeTableRow row = new NativeTableRow();
            row.add(new NativeTableCell(UserText.isolate(l.name())),
                    count(l.open(), CaseworkerHomeView.link(who, null)),
                    count(l.dueThisWeek(), CaseworkerHomeView.link(who, CaseworkerHomeView.DUE_THIS_WEEK)),
                    count(l.overdue(), CaseworkerHomeView.link(who, CaseworkerHomeView.OVERDUE)));
            row.getElement().setAttribute("data-caseworker", who);
            table.getBody().add(row);
        }
        panel.add(table);
        return panel;
    }

    /**
     * Annual reviews: the share decided within 4 weeks of the meeting (reg 20(10)) and the moves this
     * coming September whose plans are due amended before 15 February (reg 18(1)(b)), in sentences.
     */
    private static Component annualReviews(ReviewFigures.Figures f) {
        Div panel = new Div();
        panel.addClassName("panel");
        panel.setId("annual-reviews");
        panel.add(new H2("Annual reviews"));
        ReviewFigures.Decisions d = f.decisions();
        Paragraph decided = new Paragraph(d.decided() == 0
                ? "No review whose meeting was held from " + DateFormats.full(d.from()) + " to " + DateFormats.full(d.to())
                        + " has been decided yet."
                : d.decidedInTime() + " of " + d.decided() + (d.decided() == 1 ? " review" : " reviews")
                        + " decided within 4 weeks of the meeting (" + percent(d.decidedInTime(), d.decided()) + "%), of those whose"
                        + " meeting was held from " + DateFormats.full(d.from()) + " to " + DateFormats.full(d.to()) + ".");
        decided.setId("reviews-decided");
        Paragraph waiting = new Paragraph(d.undecidedPastLimit() == 1
                ? "1 review is still undecided more than 4 weeks after its meeting."
                : d.undecidedPastLimit() + " reviews are still undecided more than 4 weeks after their meeting.");
        waiting.setId("reviews-undecided-late");
        panel.add(decided, waiting);
        ReviewFigures.Transfers t = f.transfers();
        String september = "September " + t.deadline().getYear();
        panel.add(new H3("Moving school in " + september));
        if (t.moves() == 0) {
            Paragraph none = new Paragraph("No child with a plan is recorded as moving school in " + september + "; "
                    + DateFormats.full(t.deadline()) + " would be the last day for their amended plans.");
            none.setId("transfers-amended");
            panel.add(none);
            return panel;
        }
        Paragraph amended = new Paragraph(t.doneInTime() + " of " + t.moves() + " amended plans issued (or plans kept, needing no"
                + " change); " + DateFormats.full(t.deadline()) + " is the last day.");
        amended.setId("transfers-amended");
        Paragraph open = new Paragraph(t.open() + " still to do; " + t.missed() + " missed the last day.");
        open.setId("transfers-open");
        panel.add(amended, open);
        return panel;
    }

    private static int percent(long part, long whole) {
        return TwentyWeeks.percent((int) part, (int) whole);
    }

    /** How decisions fared when families disagreed: mediation, appeals and their outcomes, by kind of decision. */
    private static Component disagreements(List<DisagreementFigures.ByDecision> rows) {
        Div panel = new Div();
        panel.addClassName("panel");
        panel.setId("disagreements");
        panel.add(new H2("Mediation and appeals"));
        NativeTable table = table("Disagreements recorded, by the decision disagreed with: mediations held, appeals made, and how"
                + " appeals ended", "Decision", "Disagreements", "Mediation held", "Appealed", "Conceded", "Ordered by the Tribunal",
                "Dismissed", "Withdrawn", "Overturned");
        for (DisagreementFigures.ByDecision r : rows) {
            NativeTableRow row = new NativeTableRow();
            row.add(new NativeTableCell(uk.ehctracker.ui.common.Sentences.capitalised(r.decision().words())));
            for (long n : new long[] {r.recorded(), r.mediated(), r.appealed(), r.conceded(), r.ordered(), r.dismissed(), r.withdrawn(),
                    r.overturned()}) {
                row.add(new NativeTableCell(Long.toString(n)));
            }
            row.getElement().setAttribute("data-decision", r.decision().name());
            table.getBody().add(row);
        }
        panel.add(table);
        return panel;
    }

    /** A table with its caption and column headers. */
    private static NativeTable table(String caption, String... headers) {
        NativeTable table = new NativeTable();
        table.addClassName("table");
        table.setCaptionText(caption);
        NativeTableRow header = new NativeTableRow();
        for (String h : headers) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(h);
            cell.getElement().setAttribute("scope", "col");
            header.add(cell);
        }
        table.getHead().add(header);
        return table;
    }

    private static NativeTableCell count(long n, String cases) {
        return new NativeTableCell(n == 0 ? new Span("0") : new Anchor(cases, Long.toString(n)));
    }

    private static Component byStage(Map<CaseStage, Long> counts) {
        Div panel = new Div();
        panel.addClassName("panel");
        panel.setId("by-stage");
        panel.add(new H2("Open cases by stage"));
        long max = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
        Div bars = new Div();
        bars.addClassName("bars");
        bars.getElement().setAttribute("role", "list");
        counts.forEach((stage, count) -> {
            Span label = new Span(stage.staffLabel());
            label.setId("stage-" + stage.name());
            Div track = new Div();
            track.addClassName("bar-track");
            Div bar = new Div();
            bar.addClassName("bar");
            long width = Math.round(100.0 * count / max);
            bar.setWidth(width + "%");
            Span value = new Span(Long.toString(count));
            value.addClassName("bar-value");
            if (width >= 15) {
                track.addClassName("on-bar");
            }
            track.add(bar, value);
            Div row = new Div(label, track);
            row.getStyle().set("display", "contents");
            row.getElement().setAttribute("role", "listitem");
            row.getElement().setAttribute("aria-label", stage.staffLabel() + ": " + count);
            row.getElement().setAttribute("data-stage", stage.name());
            row.getElement().setAttribute("data-count", Long.toString(count));
            bars.add(row);
        });
        panel.add(bars);
        return panel;
    }

    private static Component twentyWeeks(TwentyWeeks t) {
        Div panel = new Div();
        panel.addClassName("panel");
        panel.setId("twenty-weeks");
        panel.add(new H2("Final plans issued within 20 weeks in " + t.year()));
        if (t.issued() == 0) {
            panel.add(new Paragraph("No final plan has been issued this year yet."));
            return panel;
        }
        Paragraph all = new Paragraph("All plans: " + t.onTime() + " of " + t.issued() + " within 20 weeks ("
                + TwentyWeeks.percent(t.onTime(), t.issued()) + "%).");
        all.setId("rate-all");
        Paragraph without = new Paragraph("Leaving out plans where an exception to the 20-week limit applies: "
                + t.onTimeWithoutException() + " of " + t.issuedWithoutException() + " ("
                + TwentyWeeks.percent(t.onTimeWithoutException(), t.issuedWithoutException()) + "%).");
        without.setId("rate-without-exceptions");
        panel.add(all, without);
        return panel;
    }

    private static Component escalations(List<TaskRow> reviews) {
        Div panel = new Div();
        panel.addClassName("panel");
        panel.setId("escalations");
        panel.add(new H2("Missed deadlines to review (" + reviews.size() + ")"));
        if (reviews.isEmpty()) {
            panel.add(new Paragraph("No missed deadline is waiting for your review."));
            return panel;
        }
        UnorderedList list = new UnorderedList();
        for (TaskRow r : reviews) {
            ListItem item = new ListItem(new Anchor(TaskView.path(r.id()), "Review: " + UserText.isolate(r.childName()) + " (" + r.reference() + ")"),
                    new Span(", escalated " + DateFormats.shortDate(r.task().created())));
            list.add(item);
        }
        panel.add(list);
        return panel;
    }
}
