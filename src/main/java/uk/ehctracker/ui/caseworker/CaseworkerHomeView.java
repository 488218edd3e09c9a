package uk.ehctracker.ui.caseworker;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.assessment.CaseStage;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.ui.common.Badge;
import uk.ehctracker.casework.CasePages;
import uk.ehctracker.casework.CaseSearch.CaseFilters;
import uk.ehctracker.casework.CaseSearch.CaseRow;
import uk.ehctracker.casework.CaseSearch.SchoolOption;
import uk.ehctracker.casework.CasePages.TaskRow;
import uk.ehctracker.common.CappedCount;
import uk.ehctracker.ui.common.AnyChoice;
import uk.ehctracker.ui.common.CappedLists;
import uk.ehctracker.ui.common.Dates;
import uk.ehctracker.ui.common.Toasts;
import uk.ehctracker.ui.tasks.TaskView;
import uk.ehctracker.workflow.UserTasks;
import uk.ehctracker.casework.CaseSearch;
import uk.ehctracker.casework.WorkList;
import uk.ehctracker.cessation.CeaseWorklist;
import uk.ehctracker.cessation.CeaseWorklist.CeaseList;
import uk.ehctracker.cessation.CeaseWorklist.CeaseRow;
import uk.ehctracker.ui.common.Feedback;
import uk.ehctracker.ui.common.UserText;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;

/**
 * My work: the caseworker's tasks (mine and my team's, claim and hand back), what is due next on the
 * LA's cases and reviews in one list, and the LA's cases, nearest statutory date first, filtered in
 * the query and loaded page by page.
 */
@Route("caseworker")
@PageTitle("My work | EHC needs assessment tracker")
@RolesAllowed({"LA_CASEWORKER", "LA_MANAGER"})
public class CaseworkerHomeView extends VerticalLayout implements BeforeEnterObserver {

    /** The query parameters a link to the work list may carry: {@code show} (overdue, week) and {@code assignedTo}. */
    public static final String OVERDUE = "overdue";
    public static final String DUE_THIS_WEEK = "week";

    /**
     * The work list showing the cases behind a figure: those assigned to {@code assignedTo}
     * (a username, {@link CaseFilters#NOBODY} for nobody, null for anyone), overdue or due this week.
     */
    public static String link(String assignedTo, String show) {
        Map<String, String> params = new java.util.LinkedHashMap<>();
        if (assignedTo != null) {
            params.put("assignedTo", assignedTo.isEmpty() ? "nobody" : assignedTo);
        }
        if (show != null) {
            params.put("show", show);
        }
        return QueryParameters.simple(params).getQueryString().isEmpty() ? "caseworker"
                : "caseworker?" + QueryParameters.simple(params).getQueryString();
    }

    private final CasePages views;
    private final CaseSearch search;
    private final UserTasks userTasks;
    private final CeaseWorklist ceasing;
    private final CurrentUser user;

    final Tabs taskTabs = new Tabs();
    final Tab mine = new Tab();
    final Tab team = new Tab();
    final Grid<TaskRow> tasks = new Grid<>(TaskRow.class, false);
    final Grid<CaseRow> cases = new Grid<>(CaseRow.class, false);
    final Select<CaseStage> stage = new Select<>();
    final Select<SchoolOption> school = new Select<>();
    final Checkbox dueSoon = new Checkbox("Due in the next 7 days");
    final Checkbox overdue = new Checkbox("Overdue");
    final Checkbox closed = new Checkbox("Include closed cases");
    /** Set by a link from the dashboard: only one caseworker's cases (or nobody's). */
    private String assignedTo;
    private final Paragraph assignedNote = new Paragraph();
    final Span caseTotal = new Span();
    /** CFA s45; reg 31: plans being ceased, one grid per list. */
    final Map<CeaseList, Grid<CeaseRow>> ceaseGrids = new java.util.EnumMap<>(CeaseList.class);
    final Map<CeaseList, Span> ceaseTotals = new java.util.EnumMap<>(CeaseList.class);
    private final Feedback feedback = new Feedback();

    public CaseworkerHomeView(CasePages views, CaseSearch search, UserTasks userTasks, CeaseWorklist ceasing, WorkList work,
            CurrentUsers users) {
        this.ceasing = ceasing;
        this.views = views;
        this.search = search;
        this.userTasks = userTasks;
        this.user = users.require();
        addClassName("page");
        add(new H1("My work"));
        add(new Paragraph("Your tasks, what is due next on your local authority's requests for EHC needs assessments and annual "
                + "reviews, and its cases, nearest statutory date first."), feedback);
        configureTasks();
        add(new DueWorkPanel(work, user, views.today()));
        configureCases();
        configureCeasing();
    }

    // ---- plans being ceased (CFA s45; reg 31) ----

    private void configureCeasing() {
        add(new H2("Plans being ceased"));
        LocalDate today = views.today();
        for (CeaseList list : CeaseList.values()) {
            Grid<CeaseRow> grid = new Grid<>(CeaseRow.class, false);
            grid.addColumn(new ComponentRenderer<>(r -> new Anchor("cases/" + r.caseId(), UserText.isolate(r.childName()) + " (" + r.reference() + ")")))
                    .setHeader("Child").setKey("child").setFlexGrow(1);
            grid.addColumn(r -> Dates.full(r.proposedOn())).setHeader("Proposed").setKey("proposed").setAutoWidth(true);
            grid.addColumn(CeaseRow::nextStep).setHeader("Next step").setKey("step").setFlexGrow(1);
            grid.addColumn(r -> ceaseDate(r, today)).setHeader("Date").setKey("date").setFlexGrow(2);
            grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setPageSize(50);
            grid.setAllRowsVisible(true);
            String id = list == CeaseList.AWAITING_DECISION ? "ceasing-proposed" : "ceasing-decided";
            grid.setId(id);
            grid.setEmptyStateText("None");
            grid.getElement().setAttribute("aria-label", list.words());
            Span total = new Span();
            total.setId(id + "-total");
            ceaseGrids.put(list, grid);
            ceaseTotals.put(list, total);
            add(new com.vaadin.flow.component.html.H3(list.words()), total, grid);
            CappedLists.show(grid, total, ceasing.count(user, list, CappedCount.LISTS), "plan", "plans",
                    (offset, limit) -> ceasing.rows(user, list, offset, limit));
        }
    }

    /** The date that matters on a plan being ceased, in words: none of them is a time limit the council can miss. */
    static String ceaseDate(CeaseRow r, LocalDate today) {
        if (r.list() == CeaseList.TIME_TO_APPEAL) {
            // HESC Rules r20; CFA s45(4): kept through the last day to appeal, ended the day after unless an appeal may come
            return today.isAfter(r.dueOn())
                    ? "The time to appeal ended on " + Dates.full(r.dueOn()) + ": an appeal may still come or is running"
                    : "Last day to appeal " + Dates.full(r.dueOn()) + " (" + Dates.daysLeft(today, r.dueOn())
                            + "); if no appeal comes, the plan ends on " + Dates.full(r.endsIfNoAppeal());
        }
        if (r.dueOn() == null) {
            return "The family has not been told yet";
        }
        // [practice] the council's own date for the views (reg 31 sets none)
        return today.isAfter(r.dueOn()) ? "Views were asked for by " + Dates.full(r.dueOn()) + ": the council can decide"
                : "Views asked for by " + Dates.full(r.dueOn()) + " (" + Dates.daysLeft(today, r.dueOn()) + ")";
    }

    // ---- tasks ----

    private void configureTasks() {
        add(new H2("Tasks"));
        taskTabs.add(mine, team);
        taskTabs.setId("task-tabs");
        LocalDate today = views.today();
        tasks.addColumn(new ComponentRenderer<>(t -> due(t, today))).setHeader("Due").setAutoWidth(true).setKey("due");
        tasks.addColumn(new ComponentRenderer<>(t -> new Anchor(TaskView.pathOf(t), t.what()))).setHeader("Task").setFlexGrow(2).setKey("task");
        tasks.addColumn(new ComponentRenderer<>(t -> new Anchor("cases/" + t.caseId(), UserText.isolate(t.childName()) + " (" + t.reference() + ")")))
                .setHeader("Child").setFlexGrow(1).setKey("child");
        tasks.addColumn(t -> t.task().assignee() == null ? "Team" : views.nameOf(t.task().assignee())).setHeader("With").setAutoWidth(true).setKey("with");
        tasks.addColumn(new ComponentRenderer<>(this::claimButton)).setHeader("Action").setAutoWidth(true).setKey("action");
        tasks.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        tasks.setAllRowsVisible(true);
        tasks.setId("tasks");
        tasks.getElement().setAttribute("aria-label", "Tasks");
        add(taskTabs, tasks);
        List<TaskRow> all = views.tasks(user);
        if (!all.isEmpty() && all.stream().noneMatch(t -> t.isAssignedTo(user))) {
            // nothing is theirs yet: open on the team's tasks, where the work waits to be taken
            taskTabs.setSelectedTab(team);
        }
        show(all);
        taskTabs.addSelectedChangeListener(e -> refreshTasks());
    }

    private Component due(TaskRow t, LocalDate today) {
        if (t.due() == null) {
            return new Span("No statutory date");
        }
        Span text = new Span(Dates.staffDue(shortName(t), t.due(), today, t.status()) + " ");
        Span wrapper = new Span(text, Badge.of(t.status()));
        return wrapper;
    }

    private static String shortName(TaskRow t) {
        return switch (t.task().taskKey()) {
            case "decideWhetherToAssess" -> "Decision to assess";
            case "giveAdvice" -> "Advice";
            case "decideWhetherToIssuePlan" -> "Decision whether to issue";
            case "writeDraftPlan", "arrangeMeetingToDiscussDraftPlan", "issueFinalPlan" -> "Final plan";
            case "commentOnDraftPlan" -> "Family's comments";
            case "chooseSettingToConsult" -> "Setting to consult";
            case "respondToConsultation" -> "School's response";
            // reg 44; reg 45(4); the disagreement's own steps
            case "issueAmendedPlan" -> "Amended plan";
            case "arrangeMediation" -> "Mediation";
            case "recordResponseDue", "respondToAppeal" -> "Response to the Tribunal";
            default -> "Step";
        };
    }

    private Component claimButton(TaskRow t) {
        if (t.isAssignedTo(user)) {
            Button release = new Button("Hand back", e -> act(() -> userTasks.release(t.id(), user), "Handed back to the team"));
            release.getElement().setAttribute("aria-label", "Hand back: " + t.what() + ", " + UserText.isolate(t.childName()));
            release.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return release;
        }
        Button claim = new Button("Take it", e -> act(() -> userTasks.claim(t.id(), user), "The task is yours"));
        claim.getElement().setAttribute("aria-label", "Take it: " + t.what() + ", " + UserText.isolate(t.childName()));
        claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return claim;
    }

    private void act(Runnable action, String done) {
        feedback.run(action, done);
        refreshTasks();
    }

    void refreshTasks() {
        show(views.tasks(user));
    }

    /** Shows the selected tab's share of the team's tasks. */
    private void show(List<TaskRow> all) {
        List<TaskRow> own = all.stream().filter(t -> t.isAssignedTo(user)).toList();
        mine.setLabel("My tasks (" + own.size() + ")");
        team.setLabel("My team's tasks (" + all.size() + ")");
        boolean teams = taskTabs.getSelectedTab() == team;
        tasks.setEmptyStateText(teams ? "Your team has no tasks" : all.isEmpty() ? "You have no tasks"
                : "You have no tasks of your own: " + all.size() + (all.size() == 1 ? " waits" : " wait") + " in My team's tasks");
        tasks.setItems(teams ? all : own);
    }

    // ---- cases ----

    private void configureCases() {
        add(new H2("Cases"));
        AnyChoice.configure(stage, "Stage", Arrays.asList(CaseStage.values()), CaseStage::staffLabel, "Any stage");
        AnyChoice.configure(school, "School", search.schoolsOnCases(user), SchoolOption::name, "Any school");
        stage.addValueChangeListener(e -> refreshCases());
        school.addValueChangeListener(e -> refreshCases());
        dueSoon.addValueChangeListener(e -> refreshCases());
        overdue.addValueChangeListener(e -> refreshCases());
        closed.addValueChangeListener(e -> refreshCases());
        HorizontalLayout filters = new HorizontalLayout(stage, school, dueSoon, overdue, closed);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        filters.setId("case-filters");

        LocalDate today = views.today();
        cases.addColumn(new ComponentRenderer<>(c -> new Anchor("cases/" + c.id(), c.childName()))).setHeader("Child").setKey("child").setFlexGrow(1);
        cases.addColumn(CaseRow::reference).setHeader("Reference").setKey("reference").setAutoWidth(true);
        cases.addColumn(CaseRow::schoolName).setHeader("School").setKey("school").setFlexGrow(1);
        cases.addColumn(c -> c.stage().staffLabel()).setHeader("Stage").setKey("stage").setFlexGrow(1);
        cases.addColumn(new ComponentRenderer<>(c -> next(c, today))).setHeader("Next statutory date").setKey("next").setFlexGrow(2);
        cases.addColumn(c -> c.assignedTo() == null ? "Not assigned" : views.nameOf(c.assignedTo())).setHeader("Assigned to").setKey("assigned").setAutoWidth(true);
        cases.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        cases.setPageSize(50);
        cases.setHeight("32rem");
        cases.setId("cases");
        cases.setEmptyStateText("No cases match: change the filters above");
        cases.getElement().setAttribute("aria-label", "Cases");
        assignedNote.setId("assigned-note");
        assignedNote.setVisible(false);
        caseTotal.setId("case-total");
        add(filters, assignedNote, caseTotal, cases);
        refreshCases();
    }

    private static Component next(CaseRow c, LocalDate today) {
        if (c.next() == null) {
            return new Span(c.stage().isClosed() ? "Closed" : "No date to meet now");
        }
        return new Span(new Span(Dates.staffDue(c.next().what(), c.next().due(), today, c.next().status()) + " "), Badge.of(c.next().status()));
    }

    CaseFilters filters() {
        return new CaseFilters(stage.getValue(), school.getValue() == null ? null : school.getValue().id(),
                dueSoon.getValue(), overdue.getValue(), closed.getValue()).assignedTo(assignedTo);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        String show = params.getOrDefault("show", List.of("")).get(0);
        overdue.setValue(OVERDUE.equals(show));
        dueSoon.setValue(DUE_THIS_WEEK.equals(show));
        String who = params.getOrDefault("assignedTo", List.of()).stream().findFirst().orElse(null);
        assignedTo = who == null ? null : who.equals("nobody") ? CaseFilters.NOBODY : who;
        assignedNote.setText(assignedTo == null ? "" : "Showing only the cases assigned to "
                + (assignedTo.isEmpty() ? "nobody" : UserText.isolate(views.nameOf(assignedTo))) + ".");
        assignedNote.setVisible(assignedTo != null);
        refreshCases();
    }

    void refreshCases() {
        CaseFilters f = filters();
        CappedLists.show(cases, caseTotal, search.countUpTo(user, f, CappedCount.LISTS), "case", "cases",
                (offset, limit) -> search.rows(user, f, offset, limit));
    }
}
