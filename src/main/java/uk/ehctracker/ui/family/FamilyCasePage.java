package uk.ehctracker.ui.family;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.casework.CasePages;
import uk.ehctracker.casework.CasePages.CaseDetail;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.ui.common.NotFound;
import uk.ehctracker.ui.common.UserText;

/**
 * A family's page about one of their requests, {@code family/<page>/:caseId}: reads the request
 * through the access policy ({@link CasePages#detail}), so that another family's request, or one
 * that does not exist, is "Request not found"; then the heading, which is also the tab's title,
 * and the page's own parts. A page gives its {@link #title} and {@link #draw}s the rest; it calls
 * {@link #render} to draw itself again after a change. Annotate the subclass with its
 * {@code @Route} and {@code @RolesAllowed("PARENT")}.
 */
public abstract class FamilyCasePage extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    protected final CasePages views;
    protected final CurrentUser user;
    private long caseId;
    private String title;

    /** {@code title}: the tab's title before the request is read. */
    protected FamilyCasePage(CasePages views, CurrentUsers users, String title) {
        this.views = views;
        this.user = users.require();
        this.title = title;
        addClassName("page");
    }

    /** The page's heading and title for this request. */
    protected abstract String title(CaseDetail d);

    /** Adds the page's parts under its heading. */
    protected abstract void draw(CaseDetail d);

    @Override
    public String getPageTitle() {
        return title + " | EHC needs assessment tracker";
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        caseId = id == null ? -1 : id;
        render();
    }

    /** Draws the page again, from the request as it now stands. */
    protected final void render() {
        removeAll();
        CaseDetail d;
        try {
            d = views.detail(caseId, user);
        } catch (NotFoundException e) {
            title = "Request not found";
            add(NotFound.of("Request"));
            return;
        }
        title = title(d);
        add(new H1(title));
        draw(d);
    }

    protected final long caseId() {
        return caseId;
    }

    /** A young person signed in for themselves (CFA s83(2)): the page says "you", not the child's name. */
    protected final boolean youngPerson() {
        return user.childId() != null;
    }

    /** "This is about Amira Khan's request (reference ...)", or "your request" for a young person. */
    protected final Paragraph aboutTheRequest(CaseDetail d) {
        return new Paragraph("This is about " + (youngPerson() ? "your request" : UserText.isolate(d.childName()) + "'s request")
                + " (reference " + d.reference() + ").");
    }

    /** The link to the request's whole page. */
    protected static Paragraph seeEverything(CaseDetail d) {
        return new Paragraph(new Anchor("cases/" + d.id(), "See everything about this request"));
    }
}
