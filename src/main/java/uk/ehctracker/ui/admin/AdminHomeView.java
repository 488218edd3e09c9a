package uk.ehctracker.ui.admin;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/** Administration: the home page for administrators. */
@Route("admin")
@PageTitle("Administration | EHC needs assessment tracker")
@RolesAllowed("ADMIN")
public class AdminHomeView extends VerticalLayout {

    public AdminHomeView() {
        add(new H1("Administration"),
                new RouterLink("Accounts: who can sign in, and new accounts for staff and professionals", AccountsView.class),
                new Paragraph("Open Camunda Cockpit at /camunda to watch the processes."));
    }
}
