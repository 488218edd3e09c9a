package uk.ehctracker.ui.cases;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.ehctracker.support.ParentMeeting;
import uk.ehctracker.support.ProvisionItem;
import uk.ehctracker.support.SenSupportQueries;
import uk.ehctracker.support.SpecialistInvolvement;
import uk.ehctracker.support.SupportCycle;
import uk.ehctracker.support.SupportViews;
import uk.ehctracker.ui.common.Dates;

/**
 * The school's evidence on a case it requested, read only: the pupil's needs, each cycle of
 * assess, plan, do and review with the pupil's and the parents' views, the provision and what it
 * costs against the £6,000 the school meets itself, the specialists and the meetings with parents.
 */
final class SenSupportPanel extends Div {

    SenSupportPanel(SupportViews.PupilSupport pupil) {
        setId("sen-support");
        addClassName("panel");
        add(new H2("SEN support at school (from the SENCO)"));
        if (!pupil.hasRecord()) {
            add(new Paragraph("The school has recorded no SEN support for " + pupil.name() + " in this service."));
            return;
        }
        add(new Paragraph(pupil.name() + " was placed on SEN support on " + Dates.full(pupil.record().getPlacedOn())
                + (pupil.needs().isEmpty() ? "." : ". Needs (primary first): "
                        + pupil.needs().stream().map(n -> n.getNeedType().label()).collect(Collectors.joining(", ")) + ".")));
        add(new H3("Cycles of assess, plan, do and review"));
        if (pupil.cycles().isEmpty()) {
            add(new Paragraph("No cycle has been recorded yet."));
        }
        for (SupportCycle c : pupil.cycles()) {
            Div cycle = new Div();
            cycle.getElement().setAttribute("data-cycle", Integer.toString(c.getNumber()));
            cycle.add(new Paragraph("Cycle " + c.getNumber() + ", started " + Dates.full(c.getStartedOn())
                    + (c.isComplete() ? ", reviewed " + Dates.full(c.getReviewedOn()) : ", " + c.stage())));
            UnorderedList parts = new UnorderedList();
            part(parts, "What the assessment found", c.getAssessNotes());
            part(parts, "Attainment and progress", c.getAttainment());
            part(parts, "The pupil's views", c.getPupilViews());
            part(parts, "The parents' views", c.getParentViews());
            part(parts, "The family's views for the review, sent by them", c.getFamilyReviewViews());
            part(parts, "Outcomes sought", c.getOutcomes());
            part(parts, "Provision planned", c.getProvision());
            part(parts, "Review", c.getReviewNotes() == null ? null
                    : c.getReviewNotes() + (c.getReviewOutcome() == null ? "" : " (" + c.getReviewOutcome().label() + ")"));
            cycle.add(parts);
            add(cycle);
        }
        add(new H3("Provision and its cost"));
        if (pupil.provision().isEmpty()) {
            add(new Paragraph("No provision has been recorded."));
        } else {
            NativeTable table = CaseView.table("The provision the school has made, and its yearly cost",
                    "Intervention", "How", "How often", "By whom", "From", "Until", "Cost a year");
            for (ProvisionItem p : pupil.provision()) {
                table.getBody().add(new NativeTableRow(new NativeTableCell(p.getIntervention()),
                        new NativeTableCell(p.getDelivery() == null ? "" : p.getDelivery().label()),
                        new NativeTableCell(text(p.getFrequency())), new NativeTableCell(text(p.getStaff())),
                        new NativeTableCell(Dates.full(p.getStartOn())),
                        new NativeTableCell(p.getEndOn() == null ? "Ongoing" : Dates.full(p.getEndOn())),
                        new NativeTableCell(money(p.getYearlyCost()))));
            }
            add(table);
            add(new Paragraph("Running now: " + money(pupil.yearlyCost()) + " a year, "
                    + (pupil.overThreshold() ? "more than" : "within") + " the "
                    + money(SenSupportQueries.NOTIONAL_SEN_BUDGET_THRESHOLD) + " schools meet from their SEN budget."));
        }
        add(new H3("Specialists"));
        if (pupil.specialists().isEmpty()) {
            add(new Paragraph("No specialist has been involved."));
        } else {
            UnorderedList list = new UnorderedList();
            for (SpecialistInvolvement s : pupil.specialists()) {
                list.add(new ListItem(s.getKind().label() + ", parents agreed on " + Dates.full(s.getParentsAgreedOn())
                        + (s.hasAdvice() ? ". Report of " + Dates.full(s.getReportDate()) + ": " + s.getAdvice() : ". No report yet.")));
            }
            add(list);
        }
        if (!pupil.meetings().isEmpty()) {
            add(new H3("Meetings with the parents"));
            UnorderedList list = new UnorderedList();
            for (ParentMeeting m : pupil.meetings()) {
                list.add(new ListItem(Dates.full(m.getHeldOn()) + ": " + m.getNotes()));
            }
            add(list);
        }
    }

    private static void part(UnorderedList parts, String label, String text) {
        if (text != null && !text.isBlank()) {
            parts.add(new ListItem(label + ": " + text));
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "" : NumberFormat.getCurrencyInstance(Locale.UK).format(amount);
    }
}
