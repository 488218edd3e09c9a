package uk.ehctracker.ui.manager;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Team dashboard: the home page for LA managers. */
@Route("manager")
@PageTitle("Team dashboard | EHC needs assessment tracker")
@RolesAllowed("LA_MANAGER")
public class ManagerHomeView extends VerticalLayout {

    public ManagerHomeView() {
        add(new H1("Team dashboard"), new Paragraph("Your team's cases, the deadlines coming up and the share of plans issued within 20 weeks."));
    }
}
