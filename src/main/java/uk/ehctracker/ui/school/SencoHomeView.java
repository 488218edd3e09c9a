package uk.ehctracker.ui.school;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.IntStream;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.casework.CasePages;
import uk.ehctracker.directory.SenStatus;
import uk.ehctracker.review.ReviewService;
import uk.ehctracker.support.NeedType;
import uk.ehctracker.support.SenSupportQueries;
import uk.ehctracker.support.SupportViews;
import uk.ehctracker.ui.common.Dates;

/** Our pupils: the school's SEN register, the SENCO's home page. */
@Route("school")
@PageTitle("Our pupils | EHC needs assessment tracker")
@RolesAllowed("SENCO")
public class SencoHomeView extends VerticalLayout {

    private final SenSupportQueries supportQueries;
    private final CasePages casePages;
    private final CurrentUser user;

    final Select<NeedType> need = new Select<>();
    final Select<Integer> yearGroup = new Select<>();
    final Checkbox reviewDue = new Checkbox("Review due in the next 2 weeks or overdue");
    final Select<SenStatus> status = new Select<>();
    final Grid<SupportViews.RegisterRow> grid = new Grid<>();
    final Paragraph count = new Paragraph();
    final ComboBox<SupportViews.RegisterRow> notOnRegister = new ComboBox<>("Pupil not on the SEN register");

    public SencoHomeView(SenSupportQueries supportQueries, CasePages casePages, ReviewService reviews, CurrentUsers currentUsers) {
        this.supportQueries = supportQueries;
        this.casePages = casePages;
        this.user = currentUsers.require();
        add(new H1("Our pupils: the SEN register"),
                AskedOfTheSchool.panel("asked-of-school", "Asked of the school by the local authority", casePages.tasks(user),
                        casePages.today(), true),
                reviewsToHold(reviews.settingReviews(user)),
                new Paragraph("Pupils on SEN support or with an EHC plan, their cycles of assess, plan, do and review,"
                        + " and their provision against the £6,000 a year schools meet from their SEN budget."),
                new RouterLink("The school's provision map", ProvisionMapView.class));
        configureFilters();
        configureGrid();
        add(count, grid);
        configurePlacing();
        refresh();
    }

    /** reg 20: the annual reviews of EHC plans the school arranges now, each with its next step and last day. */
    private static Component reviewsToHold(List<ReviewService.SettingRow> rows) {
        Div panel = new Div(new H2("Annual reviews to hold"));
        panel.setId("reviews-to-hold");
        if (rows.isEmpty()) {
            panel.add(new Paragraph("No annual review of an EHC plan is waiting for the school."));
            return panel;
        }
        UnorderedList list = new UnorderedList();
        for (ReviewService.SettingRow row : rows) {
            ListItem item = new ListItem(new Anchor("school/pupil/" + row.childId() + "#ehc-plan", row.childName()),
                    new Span(": review due by " + Dates.full(row.review().reviewDueBy()) + ". Next: " + row.review().settingStep() + "."));
            item.getElement().setAttribute("data-case", Long.toString(row.caseId()));
            list.add(item);
        }
        panel.add(list);
        return panel;
    }

    private void configureFilters() {
        need.setLabel("Need");
        need.setId("need");
        need.setEmptySelectionAllowed(true);
        need.setEmptySelectionCaption("Any need");
        need.setItems(NeedType.values());
        need.setItemLabelGenerator(n -> n == null ? "Any need" : n.name() + ": " + n.label());
        yearGroup.setLabel("Year group");
        yearGroup.setId("yearGroup");
        yearGroup.setEmptySelectionAllowed(true);
        yearGroup.setEmptySelectionCaption("Any year");
        yearGroup.setItems(IntStream.rangeClosed(0, 14).boxed().toList());
        yearGroup.setItemLabelGenerator(y -> y == null ? "Any year" : Formats.yearGroup(y));
        status.setLabel("On SEN support or EHC plan");
        status.setId("status");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Both");
        status.setItems(SenStatus.SEN_SUPPORT, SenStatus.EHC_PLAN);
        status.setItemLabelGenerator(s -> s == null ? "Both" : s == SenStatus.EHC_PLAN ? "EHC plan" : "SEN support");
        reviewDue.setId("reviewDue");
        need.addValueChangeListener(e -> refresh());
        yearGroup.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        reviewDue.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(need, yearGroup, status, reviewDue);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", "Filter the register");
        add(filters);
    }

    private void configureGrid() {
        grid.setId("register");
        grid.getElement().setAttribute("aria-label", "The SEN register");
        grid.addComponentColumn(row -> new RouterLink(row.name(), PupilView.class,
                new RouteParameters(PupilView.CHILD_ID, Long.toString(row.childId())))).setHeader("Pupil").setAutoWidth(true);
        grid.addColumn(row -> Formats.yearGroup(row.yearGroup())).setHeader("Year").setAutoWidth(true);
        grid.addColumn(row -> row.senStatus() == SenStatus.EHC_PLAN ? "EHC plan" : "SEN support").setHeader("Status").setAutoWidth(true);
        grid.addColumn(SupportViews.RegisterRow::needs).setHeader("Needs (primary first)").setAutoWidth(true);
        grid.addColumn(row -> row.nextReview() == null ? "" : Formats.day(row.nextReview()) + (row.reviewDue() ? " (due)" : ""))
                .setHeader("Next review").setAutoWidth(true);
        grid.addColumn(SupportViews.RegisterRow::cyclesCompleted).setHeader("Cycles completed").setAutoWidth(true);
        grid.addColumn(row -> Formats.money(row.yearlyCost())).setHeader("Yearly cost").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No pupils match: change the filters above");
        count.getElement().setAttribute("role", "status");
        count.setId("count");
    }

    private void configurePlacing() {
        notOnRegister.setId("notOnRegister");
        notOnRegister.setItems(supportQueries.pupilsNotOnRegister(user));
        notOnRegister.setItemLabelGenerator(r -> r.name() + " (" + Formats.yearGroup(r.yearGroup()) + ")");
        notOnRegister.setWidth("22em");
        Button open = new Button("Open pupil page", e -> {
            if (notOnRegister.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(PupilView.class,
                        new RouteParameters(PupilView.CHILD_ID, Long.toString(notOnRegister.getValue().childId()))));
            }
        });
        open.addClickShortcut(Key.ENTER).listenOn(notOnRegister);
        HorizontalLayout place = new HorizontalLayout(notOnRegister, open);
        place.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2("Place a pupil on SEN support"),
                new Paragraph("Choose a pupil to record their needs, tell the parents (Code 6.43) and start the first cycle."),
                place);
    }

    void refresh() {
        List<SupportViews.RegisterRow> rows = supportQueries.register(
                new SupportViews.RegisterFilter(need.getValue(), yearGroup.getValue(), reviewDue.getValue(), status.getValue()), user);
        grid.setItems(rows);
        count.setText(rows.size() == 1 ? "1 pupil" : rows.size() + " pupils");
    }
}
