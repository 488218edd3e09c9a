package uk.ehctracker.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import uk.ehctracker.ui.common.NotFound;

/**
 * The app's own "page not found", inside its frame, for an unknown address and for a page the
 * person's role may not open (Vaadin hides a denied route as not found, so the two look the same
 * and the page's existence is not revealed). Replaces Vaadin's default, which lists every route.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class PageNotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("page");
        add(NotFound.of("Page"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
