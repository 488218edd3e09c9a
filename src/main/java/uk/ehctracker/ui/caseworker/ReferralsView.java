package uk.ehctracker.ui.caseworker;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.common.ConflictException;
import uk.ehctracker.common.FieldProblem;
import uk.ehctracker.directory.Child;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.referral.Referral;
import uk.ehctracker.referral.Referrals;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.ui.common.Dates;
import uk.ehctracker.ui.common.Toasts;
import uk.ehctracker.ui.common.Feedback;

/**
 * Children brought to the LA's attention by someone who may not request an assessment themselves
 * (health, social care, a family friend): record the referral, then decide whether to treat it as a
 * request, which starts the statutory clock on the day of that decision (CFA s24), or decline it
 * with a reason.
 */
@Route("caseworker/referrals")
@PageTitle("Brought to our attention | EHC needs assessment tracker")
@RolesAllowed({"LA_CASEWORKER", "LA_MANAGER"})
public class ReferralsView extends VerticalLayout {

    private final Referrals referrals;
    private final DirectoryService directory;
    private final CurrentUser user;
    private final Clock clock;
    private final VerticalLayout awaiting = new VerticalLayout();
    private final Feedback feedback = new Feedback();

    private final ComboBox<Child> child = new ComboBox<>("Child");
    private final TextField notifierName = new TextField("Who told us");
    private final TextField notifierRole = new TextField("Their role or organisation");
    private final DatePicker receivedOn = new DatePicker("Received on");
    private final TextArea concerns = new TextArea("What they are concerned about");

    public ReferralsView(Referrals referrals, DirectoryService directory, CurrentUsers currentUsers, Clock clock) {
        this.referrals = referrals;
        this.directory = directory;
        this.user = currentUsers.require();
        this.clock = clock;
        addClassName("page");
        awaiting.setPadding(false);
        add(new H1("Children brought to our attention"),
                new Paragraph("Health, social care or anyone else may tell us about a child who may need an EHC needs "
                        + "assessment. Decide whether to treat it as a request: if you do, the 6-week clock starts today."),
                feedback, new H2("Waiting for a decision"), awaiting, new H2("Record a new referral"), recordForm());
        refresh();
    }

    private VerticalLayout recordForm() {
        child.setItemLabelGenerator(c -> c.getFullName() + " (born " + Dates.full(c.getDateOfBirth()) + ")");
        child.setHelperText("Type the start of the surname");
        child.setItems(query -> directory.childrenOfLocalAuthority(user.laId(), query.getFilter().orElse(""),
                query.getOffset(), query.getLimit()).stream());
        child.setWidthFull();
        receivedOn.setLocale(Locale.UK);
        receivedOn.setValue(today());
        concerns.setWidthFull();
        concerns.setMaxLength(20_000);
        Button save = new Button("Record the referral", e -> record());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(child, notifierName, notifierRole, receivedOn, concerns, save);
        form.setPadding(false);
        return form;
    }

    private void record() {
        feedback.field("childId", child).field("notifierName", notifierName).field("notifierRole", notifierRole)
                .field("receivedOn", receivedOn).field("concerns", concerns);
        Long childId = child.getValue() == null ? null : child.getValue().getId();
        boolean recorded = feedback.run(() -> {
            if (childId == null) {
                throw BadInputException.of("childId", "Choose the child");
            }
            referrals.record(new Referrals.NewReferral(childId, notifierName.getValue(), notifierRole.getValue(),
                    receivedOn.getValue(), concerns.getValue()), user);
        }, "The referral is recorded. Decide below whether to treat it as a request.");
        if (recorded) {
            child.clear();
            notifierName.clear();
            notifierRole.clear();
            concerns.clear();
            refresh();
        }
    }

    private void refresh() {
        awaiting.removeAll();
        var open = referrals.awaitingDecision(user);
        if (open.isEmpty()) {
            awaiting.add(new Paragraph("There are no referrals waiting for a decision."));
        }
        for (Referral referral : open) {
            awaiting.add(referralCard(referral));
        }
    }

    private VerticalLayout referralCard(Referral referral) {
        String childName = directory.findChild(referral.getChildId()).map(Child::getFullName).orElse("A child");
        TextField reason = new TextField("Why not (if declining)");
        reason.setWidthFull();
        Button accept = new Button("Treat as a request", e -> decide(() -> {
            var c = referrals.treatAsRequest(referral.getId(), today(), user);
            Toasts.success("Request " + c.reference() + " started; the decision whether to assess is due "
                    + Dates.full(c.getDecisionToAssessDue()) + ".");
        }));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button decline = new Button("Decline", e -> decide(() -> {
            referrals.decline(referral.getId(), today(), reason.getValue(), user);
            Toasts.success("Declined; the reason is recorded.");
        }));
        VerticalLayout card = new VerticalLayout(
                new Paragraph(childName + ": told by " + referral.getNotifierName() + " (" + referral.getNotifierRole() + ") on "
                        + Dates.full(referral.getReceivedOn()) + "."),
                new Paragraph(referral.getConcerns()), reason, new HorizontalLayout(accept, decline));
        card.addClassName("card");
        return card;
    }

    private void decide(Runnable action) {
        if (feedback.run(action)) {
            refresh();
        }
    }

    private LocalDate today() {
        return StatutoryClock.today(clock);
    }
}
