package uk.ehctracker.ui.admin;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Administration: the home page for administrators. */
@Route("admin")
@PageTitle("Administration | EHC needs assessment tracker")
@RolesAllowed("ADMIN")
public class AdminHomeView extends VerticalLayout {

    public AdminHomeView() {
        add(new H1("Administration"), new Paragraph("Manage users, and open Camunda Cockpit at /camunda to watch the processes."));
    }
}
