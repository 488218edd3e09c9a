package uk.ehctracker.ui.professional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.ui.cases.CaseExtras;
import uk.ehctracker.ui.common.Badge;
import uk.ehctracker.casework.CasePages;
import uk.ehctracker.casework.CasePages.TaskRow;
import uk.ehctracker.ui.common.Dates;
import uk.ehctracker.ui.tasks.TaskView;
import uk.ehctracker.assessment.CaseSteps;
import uk.ehctracker.ui.common.UserText;

/**
 * Advice requests: the advice the local authority has asked this professional for, nearest due
 * date first, each with the child, the date due and a link to give the advice; attachments go
 * with the case's documents.
 */
@Route("professional")
@PageTitle("Advice requests | EHC needs assessment tracker")
@RolesAllowed("PROFESSIONAL")
public class ProfessionalHomeView extends VerticalLayout {

    public ProfessionalHomeView(CasePages views, CaseExtras extras, CurrentUsers users) {
        CurrentUser user = users.require();
        addClassName("page");
        add(new H1("Advice requests"));
        add(new Paragraph("Advice the local authority has asked you for, with the date it is due (6 weeks from the request, reg 8)."));
        List<TaskRow> requests = views.tasks(user).stream().filter(t -> CaseSteps.GIVE_ADVICE.equals(t.task().taskKey())).toList();
        if (requests.isEmpty()) {
            Paragraph none = new Paragraph("No advice is waiting for you.");
            none.setId("no-requests");
            add(none);
        }
        LocalDate today = views.today();
        for (TaskRow t : requests) {
            add(request(t, today, views, extras, user));
        }
    }

    private static Component request(TaskRow t, LocalDate today, CasePages views, CaseExtras extras, CurrentUser user) {
        Div panel = new Div();
        panel.addClassName("panel");
        panel.addClassName("advice-request");
        panel.setId("advice-" + t.id());
        panel.add(new H2(UserText.isolate(t.childName()) + " (" + t.reference() + ")"));
        String kind = t.adviceKind() == null ? "Advice" : t.adviceKind().label();
        Paragraph due = new Paragraph(new Span(kind + " due " + Dates.full(t.due()) + ", " + Dates.daysLeft(today, t.due(), t.status()) + " "),
                Badge.of(t.status()));
        panel.add(due);
        Anchor give = new Anchor(TaskView.path(t.id()), "Give your advice");
        give.getStyle().set("font-weight", "600");
        panel.add(new Paragraph(give, new Span(" · "), new Anchor("cases/" + t.caseId(), "Read the case")));
        extras.documents(t.caseId(), user, 3).ifPresent(panel::add);
        return panel;
    }
}
