package uk.ehctracker.ui.professional;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Advice requests: the home page for professionals. */
@Route("professional")
@PageTitle("Advice requests | EHC needs assessment tracker")
@RolesAllowed("PROFESSIONAL")
public class ProfessionalHomeView extends VerticalLayout {

    public ProfessionalHomeView() {
        add(new H1("Advice requests"), new Paragraph("Advice the local authority has asked you for, with the date it is due."));
    }
}
