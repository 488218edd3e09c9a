package uk.ehctracker.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
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
        // a professional's role is their discipline: "Educational psychologist", not "Professional"
        String role = user.discipline() != null ? user.discipline().label() : user.role().label();
        Span who = new Span(UserText.isolate(user.displayName()) + " (" + role + ")");
        Button signOut = new Button("Sign out", e -> authentication.logout());
        // the first thing a keyboard reaches: past the menu to the page itself (WCAG 2.4.1)
        Anchor skip = new Anchor("#main-content", "Skip to main content");
        skip.addClassName("skip-link");
        HorizontalLayout header = new HorizontalLayout(skip, new DrawerToggle(), title, who, signOut);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        // on a phone (390 px) the header wraps rather than pushing "Sign out" off the screen
        header.getStyle().set("flex-wrap", "wrap");
        header.expand(title);
        header.getStyle().set("padding", "0 var(--lumo-space-m)");
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.setLabel("Main menu");
        for (HomePages.Link link : HomePages.linksFor(user.role())) {
            nav.addItem(new SideNavItem(link.label(), link.path()));
        }
        nav.addItem(new SideNavItem("Your account", AccountView.ROUTE));
        addToDrawer(nav);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        // where "Skip to main content" lands: focusable by the link, not in the tab order
        content.getElement().setAttribute("id", "main-content");
        content.getElement().setAttribute("tabindex", "-1");
    }
}
