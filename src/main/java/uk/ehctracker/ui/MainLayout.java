package uk.ehctracker.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import uk.ehctracker.access.HomePages;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.ui.common.UserText;

/** The frame around every signed-in page: who you are, where you can go, sign out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUsers currentUsers, AuthenticationContext authentication) {
        CurrentUser user = currentUsers.require();
        setPrimarySection(Section.DRAWER);

        Span title = new Span("EHC needs assessment tracker");
        title.getStyle().set("font-weight", "600");
        Span who = new Span(UserText.isolate(user.displayName()) + " (" + user.role().label() + ")");
        Button signOut = new Button("Sign out", e -> authentication.logout());
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, who, signOut);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.getStyle().set("padding", "0 var(--lumo-space-m)");
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.setLabel("Main menu");
        for (HomePages.Link link : HomePages.linksFor(user.role())) {
            nav.addItem(new SideNavItem(link.label(), link.path()));
        }
        addToDrawer(nav);
    }
}
