package uk.ehctracker.ui.school;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.support.SenSupportQueries;
import uk.ehctracker.support.SupportViews;

/** The school's provision map: every intervention the school records, for whom, and its yearly cost. */
@Route("school/provision")
@PageTitle("Provision map | EHC needs assessment tracker")
@RolesAllowed("SENCO")
public class ProvisionMapView extends VerticalLayout {

    public ProvisionMapView(SenSupportQueries supportQueries, CurrentUsers currentUsers) {
        List<SupportViews.ProvisionMapRow> rows = supportQueries.provisionMap(currentUsers.require());
        Grid<SupportViews.ProvisionMapRow> grid = new Grid<>();
        grid.setId("provisionMap");
        grid.getElement().setAttribute("aria-label", "Provision map");
        grid.addComponentColumn(r -> new RouterLink(r.pupil(), PupilView.class,
                new RouteParameters(PupilView.CHILD_ID, Long.toString(r.childId())))).setHeader("Pupil").setAutoWidth(true);
        grid.addColumn(SupportViews.ProvisionMapRow::intervention).setHeader("Intervention").setFlexGrow(2);
        grid.addColumn(r -> r.delivery().label()).setHeader("Group or individual").setAutoWidth(true);
        grid.addColumn(SupportViews.ProvisionMapRow::frequency).setHeader("How often").setAutoWidth(true);
        grid.addColumn(SupportViews.ProvisionMapRow::staff).setHeader("Staff").setAutoWidth(true);
        grid.addColumn(r -> Formats.day(r.startOn()) + " to " + (r.endOn() == null ? "ongoing" : Formats.day(r.endOn())))
                .setHeader("When").setAutoWidth(true);
        grid.addColumn(r -> Formats.money(r.yearlyCost())).setHeader("Yearly cost").setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No provision is recorded yet");
        BigDecimal total = rows.stream().map(SupportViews.ProvisionMapRow::yearlyCost).reduce(BigDecimal.ZERO, BigDecimal::add);
        add(new H1("Provision map"),
                new Paragraph("What the school provides for pupils on SEN support, with the yearly cost of each intervention."
                        + " Total recorded: " + Formats.money(total) + "."),
                grid, new RouterLink("Back to the SEN register", SencoHomeView.class));
    }
}
