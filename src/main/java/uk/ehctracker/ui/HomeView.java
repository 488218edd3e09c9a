package uk.ehctracker.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import uk.ehctracker.access.HomePages;
import uk.ehctracker.access.CurrentUsers;

/** {@code /}: sends each person to their own role's home page. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final CurrentUsers currentUsers;

    public HomeView(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(HomePages.homeOf(currentUsers.require().role()));
    }
}
