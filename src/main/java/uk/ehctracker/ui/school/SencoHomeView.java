package uk.ehctracker.ui.school;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Our pupils: the home page for SENCOs. */
@Route("school")
@PageTitle("Our pupils | EHC needs assessment tracker")
@RolesAllowed("SENCO")
public class SencoHomeView extends VerticalLayout {

    public SencoHomeView() {
        add(new H1("Our pupils"), new Paragraph("Pupils on SEN support, their cycles of assess, plan, do and review, and requests for assessment."));
    }
}
