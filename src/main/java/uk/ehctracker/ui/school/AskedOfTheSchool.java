package uk.ehctracker.ui.school;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.List;
import uk.ehctracker.assessment.AdviceKind;
import uk.ehctracker.assessment.CaseSteps;
import uk.ehctracker.casework.CasePages.TaskRow;
import uk.ehctracker.ui.common.Dates;
import uk.ehctracker.ui.tasks.TaskView;
import uk.ehctracker.ui.common.UserText;

/**
 * What the local authority has asked of the school, where the SENCO works: the educational advice
 * for an assessment (reg 6(1)(b), due 6 weeks from the request, reg 8) and any consultation on a
 * plan, each with its due date and a link to give it.
 */
final class AskedOfTheSchool {

    private AskedOfTheSchool() {
    }

    static Div panel(String id, String heading, List<TaskRow> tasks, LocalDate today, boolean withChildName) {
        Div panel = new Div();
        panel.setId(id);
        panel.addClassName("panel");
        panel.addClassName("action");
        panel.add(new H2(heading));
        if (tasks.isEmpty()) {
            panel.add(new Paragraph("The local authority has not asked the school for anything at the moment."));
            return panel;
        }
        UnorderedList list = new UnorderedList();
        for (TaskRow t : tasks) {
            ListItem item = new ListItem();
            item.add(new Anchor(TaskView.path(t.id()), action(t) + (withChildName ? " for " + UserText.isolate(t.childName()) : "")));
            item.add(new Span(" (reference " + t.reference() + ")"));
            if (t.due() != null) {
                item.add(new Span(": due " + Dates.full(t.due()) + ", " + Dates.daysLeft(today, t.due(), t.status())));
            }
            item.getElement().setAttribute("data-task", t.task().taskKey());
            list.add(item);
        }
        panel.add(list);
        return panel;
    }

    private static String action(TaskRow t) {
        if (CaseSteps.GIVE_ADVICE.equals(t.task().taskKey())) {
            return t.adviceKind() == AdviceKind.EDUCATIONAL ? "Give the educational advice"
                    : "Give " + (t.adviceKind() == null ? "advice" : t.adviceKind().label().toLowerCase());
        }
        if (CaseSteps.RESPOND_TO_CONSULTATION.equals(t.task().taskKey())) {
            return "Say whether the school can meet the needs in the draft plan";
        }
        return t.what();
    }
}
