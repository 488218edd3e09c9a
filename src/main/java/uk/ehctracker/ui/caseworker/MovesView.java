package uk.ehctracker.ui.caseworker;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.transfer.TransferService;
import uk.ehctracker.transfer.TransferService.View;
import uk.ehctracker.ui.common.Dates;
import uk.ehctracker.ui.common.UserText;

/**
 * Plans moving between councils (CFA s47; reg 15): the families this council must tell of a plan
 * transferred to it, with the last day (reg 15(4)), and this council's trace of the plans that moved
 * out or are moving: where each went and when (docs/decisions/0010).
 */
@Route("caseworker/moves")
@PageTitle("Plans moving council | EHC needs assessment tracker")
@RolesAllowed({"LA_CASEWORKER", "LA_MANAGER"})
public class MovesView extends VerticalLayout {

    public MovesView(TransferService transfers, CurrentUsers currentUsers, Clock clock) {
        CurrentUser user = currentUsers.require();
        LocalDate today = StatutoryClock.today(clock);
        addClassName("page");
        add(new H1("Plans moving council"), new Paragraph("When a child or young person with an EHC plan moves into another council's"
                + " area, the plan is transferred, not ceased (reg 15). Record a move on the child's case page."));

        add(new H2("Families to tell of a plan transferred to us"));
        Div toTell = list("families-to-tell", transfers.familiesToTell(user), v -> {
            Paragraph p = new Paragraph(new Anchor("cases/" + v.caseId(), AssessmentCase.reference(v.caseId())));
            p.add(" " + UserText.isolate(v.childName()) + ": transferred from " + v.fromLa() + " on " + Dates.full(v.transferredOn())
                    + ". Tell the family by " + Dates.full(v.familyToldBy()) + " (" + Dates.daysLeft(today, v.familyToldBy()) + ").");
            return p;
        }, "No family to tell");
        add(toTell);

        add(new H2("Plans moving or moved to another council"));
        add(list("moved-out", transfers.movedOut(user), v -> new Paragraph(UserText.isolate(v.childName()) + " ("
                + AssessmentCase.reference(v.caseId()) + "): moving to " + v.toLa() + " on " + Dates.full(v.movesOn()) + "; "
                + (v.transferredOn() == null ? "transfer the plan by " + Dates.full(v.transferDueBy()) + "."
                        : "plan transferred on " + Dates.full(v.transferredOn())
                                + (Boolean.TRUE.equals(v.transferredInTime()) ? ", in time." : ", late (due by " + Dates.full(v.transferDueBy()) + ")."))),
                "No plan has moved to another council"));
    }

    private static Div list(String id, List<View> rows, java.util.function.Function<View, Paragraph> line, String empty) {
        Div div = new Div();
        div.setId(id);
        if (rows.isEmpty()) {
            div.add(new Paragraph(empty));
        }
        rows.forEach(v -> div.add(line.apply(v)));
        return div;
    }
}
