package uk.ehctracker.ui.family;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** My requests: the home page for parents and young people. */
@Route("family")
@PageTitle("My requests | EHC needs assessment tracker")
@RolesAllowed("PARENT")
public class FamilyHomeView extends VerticalLayout {

    public FamilyHomeView() {
        add(new H1("My requests"), new Paragraph("Where your request for an EHC needs assessment is, and what happens next."));
    }
}
