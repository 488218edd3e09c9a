package uk.ehctracker.ui.family;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.casework.CasePages;
import uk.ehctracker.casework.CasePages.CaseDetail;
import uk.ehctracker.ui.cases.CaseExtras;

/**
 * {@code /family/disagreement/:caseId}: the family's own page about a decision they may appeal
 * (CFA s51(2)): their options with the dates, and the forms by which they record their own steps
 * (that they disagree, the mediation adviser contacted, the mediation, the certificate, the appeal),
 * each followed by what happens next and the last day to appeal (docs/law.md s7). A request the
 * person may not see is "not found" ({@link FamilyCasePage}).
 */
@Route("family/disagreement")
@RolesAllowed("PARENT")
public class FamilyDisagreementView extends FamilyCasePage {

    private final CaseExtras extras;

    public FamilyDisagreementView(CasePages views, CaseExtras extras, CurrentUsers users) {
        super(views, users, "If you disagree");
        this.extras = extras;
    }

    /** The route of the page for one request. */
    public static String path(long caseId) {
        return "family/disagreement/" + caseId;
    }

    @Override
    protected String title(CaseDetail d) {
        return "If you disagree with a decision";
    }

    @Override
    protected void draw(CaseDetail d) {
        add(aboutTheRequest(d));
        List<Component> parts = extras.forTheFamily(caseId(), user, this::render);
        if (parts.isEmpty()) {
            add(new Paragraph("There is no decision on this request that you can appeal."));
        }
        parts.forEach(this::add);
        add(seeEverything(d));
        add(new Paragraph(new Anchor("family", "Back to my requests")));
    }
}
