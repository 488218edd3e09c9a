package uk.ehctracker.ui.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.ehctracker.assessment.AdviceKind;
import uk.ehctracker.assessment.AdviceStatus;
import uk.ehctracker.assessment.FamilyViews;
import uk.ehctracker.casework.CasePages.AdviceRow;
import uk.ehctracker.casework.CasePages.DocumentRef;
import uk.ehctracker.casework.CasePages.ViewsRow;
import uk.ehctracker.ui.common.Dates;

/**
 * The advice and the family's views in full, as the case page and the draft-plan task show them:
 * each piece under a heading saying whose it is and when it came, its words as written (line
 * breaks kept), and the files that came with it.
 */
public final class EvidencePanels {

    private EvidencePanels() {
    }

    /** Each piece of advice given (or not sought again), in full. */
    public static List<Component> advice(List<AdviceRow> advice, boolean family, int headingLevel) {
        List<Component> shown = new ArrayList<>();
        for (AdviceRow a : advice) {
            if (a.status() == AdviceStatus.REQUESTED) {
                continue;
            }
            Div one = new Div();
            one.addClassName("evidence");
            one.getElement().setAttribute("data-advice-text", a.kind().name());
            String heading = a.status() == AdviceStatus.WAIVED
                    ? a.label() + ": existing advice used instead"
                    : a.label() + (a.from() == null || a.kind() == AdviceKind.PARENT ? "" : " from " + a.from())
                            + ", received " + Dates.full(a.receivedOn());
            one.add(heading(heading, headingLevel));
            one.add(words(a.text()));
            attached(a.documents(), family).ifPresent(one::add);
            shown.add(one);
        }
        return shown;
    }

    /** Each time the family sent their views: every answer under its question, and what they attached. */
    public static List<Component> views(List<ViewsRow> views, boolean family, int headingLevel) {
        List<Component> shown = new ArrayList<>();
        for (ViewsRow v : views) {
            Div one = new Div();
            one.addClassName("evidence");
            one.getElement().setAttribute("data-views", Long.toString(v.id()));
            one.add(heading((family ? "Sent on " : "Sent by " + v.by() + " on ") + Dates.full(v.givenOn()), headingLevel));
            for (FamilyViews.Answer answer : v.answers()) {
                Paragraph question = new Paragraph(question(answer.part(), family));
                question.getStyle().set("font-weight", "600").set("margin-bottom", "0");
                one.add(question, words(answer.text()));
            }
            attached(v.documents(), family).ifPresent(one::add);
            shown.add(one);
        }
        return shown;
    }

    private static String question(FamilyViews.Part part, boolean family) {
        if (!family) {
            return part.heading();
        }
        return switch (part) {
            case ABOUT_CHILD -> "About your child";
            case WHAT_IS_HARD -> "What is hard";
            case WHAT_HAS_HELPED -> "What has helped";
            case HOPES -> "What you hope for";
            case CHILDS_VOICE -> "In their own words";
        };
    }

    private static Component heading(String text, int level) {
        return level <= 3 ? new H3(text) : new H4(text);
    }

    /** Words as written: the line breaks the writer typed are kept. */
    private static Paragraph words(String text) {
        Paragraph p = new Paragraph(text == null ? "" : text);
        p.getStyle().set("white-space", "pre-line");
        return p;
    }

    private static java.util.Optional<Component> attached(List<DocumentRef> documents, boolean family) {
        if (documents.isEmpty()) {
            return java.util.Optional.empty();
        }
        String names = documents.stream().map(DocumentRef::fileName).collect(Collectors.joining(", "));
        return java.util.Optional.of(new Paragraph((family ? "You attached: " : "Attached: ") + names
                + " (in the documents of this request)"));
    }
}
