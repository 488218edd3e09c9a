package uk.ehctracker.ui.family;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.casework.CasePages;
import uk.ehctracker.casework.CasePages.CaseDetail;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.ui.cases.CaseExtras;
import uk.ehctracker.ui.common.NotFound;
import uk.ehctracker.ui.common.UserText;

/**
 * {@code /family/disagreement/:caseId}: the family's own page about a decision they may appeal
 * (CFA s51(2)): their options with the dates, and the forms by which they record their own steps
 * (that they disagree, the mediation adviser contacted, the mediation, the certificate, the appeal),
 * each followed by what happens next and the last day to appeal (docs/law.md s7). A request the
 * person may not see is "not found" (the access policy, through {@link CasePages#detail}).
 */
@Route("family/disagreement")
@RolesAllowed("PARENT")
public class FamilyDisagreementView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CasePages views;
    private final CaseExtras extras;
    private final CurrentUser user;
    private long caseId;
    private String title = "If you disagree";

    public FamilyDisagreementView(CasePages views, CaseExtras extras, CurrentUsers users) {
        this.views = views;
        this.extras = extras;
        this.user = users.require();
        addClassName("page");
    }

    /** The route of the page for one request. */
    public static String path(long caseId) {
        return "family/disagreement/" + caseId;
    }

    @Override
    public String getPageTitle() {
        return title + " | EHC needs assessment tracker";
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        caseId = id == null ? -1 : id;
        render();
    }

    private void render() {
        removeAll();
        CaseDetail d;
        try {
            d = views.detail(caseId, user);
        } catch (NotFoundException e) {
            title = "Request not found";
            add(NotFound.of("Request"));
            return;
        }
        boolean youngPerson = user.childId() != null;
        title = "If you disagree with a decision";
        add(new H1(title));
        add(new Paragraph("This is about " + (youngPerson ? "your request" : UserText.isolate(d.childName()) + "'s request")
                + " (reference " + d.reference() + ")."));
        List<Component> parts = extras.forTheFamily(caseId, user, this::render);
        if (parts.isEmpty()) {
            add(new Paragraph("There is no decision on this request that you can appeal."));
        }
        parts.forEach(this::add);
        add(new Paragraph(new Anchor("cases/" + d.id(), "See everything about this request")));
        add(new Paragraph(new Anchor("family", "Back to my requests")));
    }
}
