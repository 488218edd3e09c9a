package uk.ehctracker.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.accounts.Accounts;
import uk.ehctracker.accounts.Accounts.Account;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.directory.Discipline;
import uk.ehctracker.directory.LocalAuthority;
import uk.ehctracker.directory.Role;
import uk.ehctracker.directory.School;
import uk.ehctracker.directory.SettingEntry;
import uk.ehctracker.ui.common.Feedback;
import uk.ehctracker.ui.common.Toasts;

/**
 * Accounts of staff and professionals, kept by admins: who can sign in, and a new account with
 * its invitation. Families are not added here: LA staff invite them from their child's case.
 */
@Route("admin/accounts")
@PageTitle("Accounts | EHC needs assessment tracker")
@RolesAllowed("ADMIN")
public class AccountsView extends VerticalLayout {

    private static final List<Role> STAFF_ROLES = List.of(Role.LA_CASEWORKER, Role.LA_MANAGER, Role.SENCO, Role.PROFESSIONAL, Role.ADMIN);

    private final Accounts accounts;
    private final CurrentUser user;
    private final DirectoryService directory;
    private final Grid<Account> grid = new Grid<>();
    private final Feedback feedback = new Feedback();
    private final TextField displayName = Feedback.register(feedback, "displayName", new TextField("Full name"));
    private final TextField username = Feedback.register(feedback, "username", new TextField("Username"));
    private final EmailField email = Feedback.register(feedback, "email", new EmailField("E-mail address"));
    private final Select<Role> role = Feedback.register(feedback, "role", new Select<>());
    private final ComboBox<LocalAuthority> localAuthority = Feedback.register(feedback, "localAuthorityId", new ComboBox<>("Local authority"));
    private final ComboBox<SettingEntry> school = Feedback.register(feedback, "schoolId", new ComboBox<>("School"));
    private final Select<Discipline> discipline = Feedback.register(feedback, "discipline", new Select<>());

    public AccountsView(Accounts accounts, DirectoryService directory, CurrentUsers currentUsers) {
        this.accounts = accounts;
        this.directory = directory;
        this.user = currentUsers.require();
        addClassName("page");

        grid.addColumn(Account::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(Account::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(a -> a.role().label() + (a.discipline() == null ? "" : ": " + a.discipline().label())).setHeader("Role");
        grid.addColumn(Account::belongsTo).setHeader("Works at or belongs to");
        grid.addColumn(Account::access).setHeader("Sign-in");
        grid.addComponentColumn(this::actions).setHeader("Change").setAutoWidth(true);
        grid.setEmptyStateText("There are no accounts yet");
        grid.setItems(q -> accounts.accounts(q.getOffset(), q.getLimit(), user).stream());
        grid.setAllRowsVisible(false);
        grid.setHeight("28em");

        role.setLabel("Role");
        role.setItems(STAFF_ROLES);
        role.setItemLabelGenerator(Role::label);
        role.addValueChangeListener(e -> showWhatTheRoleNeeds(e.getValue()));
        localAuthority.setItems(directory.localAuthorities());
        localAuthority.setItemLabelGenerator(LocalAuthority::getName);
        school.setItems(q -> directory.settingEntries(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        school.setItemLabelGenerator(SettingEntry::label);
        school.setHelperText("Type part of the school's name or its URN");
        discipline.setLabel("Advice they give");
        discipline.setItems(Discipline.values());
        discipline.setItemLabelGenerator(Discipline::label);
        username.setHelperText("Letters, digits, dots or dashes; they sign in with it");
        email.setHelperText("The link to choose a password is sent here");
        showWhatTheRoleNeeds(null);
        Button create = new Button("Create the account and send the link", e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        VerticalLayout form = new VerticalLayout(displayName, username, email, role, localAuthority, school, discipline, create, feedback);
        form.setPadding(false);
        add(new H1("Accounts"), grid,
                new H2("Give someone an account"),
                new Paragraph("For LA staff, school staff and professionals. They are e-mailed a link to choose their own password; "
                        + "the link works once, for " + Accounts.LINK_LIFETIME.toDays() + " days. Families are invited by LA staff "
                        + "from their child's case."),
                form);
    }

    private HorizontalLayout actions(Account a) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (a.id() != user.userId()) {
            Button toggle = new Button(a.enabled() ? "Disable" : "Enable", e -> run(() -> accounts.setEnabled(a.id(), !a.enabled(), user),
                    (a.enabled() ? "Disabled: " : "Enabled: ") + a.username()));
            toggle.getElement().setAttribute("aria-label", (a.enabled() ? "Disable " : "Enable ") + a.username());
            buttons.add(toggle);
        }
        if (a.enabled() && a.role() != Role.PARENT) {
            Button again = new Button("Send a new link", e -> run(() -> accounts.sendLinkAgain(a.id(), user), "New link sent to " + a.email()));
            again.getElement().setAttribute("aria-label", "Send a new link to " + a.username());
            buttons.add(again);
        }
        return buttons;
    }

    private void run(Runnable command, String done) {
        if (feedback.run(command)) {
            Toasts.success(done);
            grid.getDataProvider().refreshAll();
        }
    }

    private void showWhatTheRoleNeeds(Role chosen) {
        localAuthority.setVisible(chosen == Role.LA_CASEWORKER || chosen == Role.LA_MANAGER || chosen == Role.PROFESSIONAL);
        school.setVisible(chosen == Role.SENCO);
        discipline.setVisible(chosen == Role.PROFESSIONAL);
    }

    private void create() {
        Role chosen = role.getValue();
        Accounts.NewAccount cmd = new Accounts.NewAccount(username.getValue(), displayName.getValue(), email.getValue(), chosen,
                localAuthority.isVisible() && localAuthority.getValue() != null ? localAuthority.getValue().getId() : null,
                school.isVisible() && school.getValue() != null
                        ? directory.findSetting(school.getValue().urn(), "schoolId").map(School::getId).orElse(null) : null,
                discipline.isVisible() ? discipline.getValue() : null);
        Account[] made = new Account[1];
        if (feedback.run(() -> made[0] = accounts.create(cmd, user))) {
            feedback.done("Account created for " + made[0].displayName() + ". The link to choose a password is on its way to "
                    + made[0].email() + ".");
            List.of(displayName, username, email).forEach(f -> f.clear());
            grid.getDataProvider().refreshAll();
        }
    }
}
