package uk.ehctracker.ui.caseworker;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** My work: the home page for LA caseworkers. */
@Route("caseworker")
@PageTitle("My work | EHC needs assessment tracker")
@RolesAllowed({"LA_CASEWORKER", "LA_MANAGER"})
public class CaseworkerHomeView extends VerticalLayout {

    public CaseworkerHomeView() {
        add(new H1("My work"), new Paragraph("Requests for EHC needs assessments in your local authority, nearest statutory date first."));
    }
}
