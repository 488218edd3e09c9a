package uk.ehctracker.ui.cases;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import uk.ehctracker.assessment.DecisionOutcome;
import uk.ehctracker.assessment.MediationCertificateService.AppealOptions;
import uk.ehctracker.disagreement.DisagreementService.View;
import uk.ehctracker.ui.common.Dates;

/** The family's home page's short word on a decision they may appeal, or on their disagreement, with the link to its page. */
final class DisagreementInBrief {

    private DisagreementInBrief() {
    }

    /** No disagreement yet: the decision, the last day to appeal (HESC Rules r20) and where to read the options. */
    static Div of(long caseId, AppealOptions options, String pagePath) {
        Div panel = panel(caseId, "If you disagree with our decision");
        panel.add(new Paragraph("We decided " + (options.outcome() == DecisionOutcome.DO_NOT_ASSESS ? "not to carry out an assessment"
                : "not to issue an EHC plan") + ". The last day to appeal is " + Dates.full(options.appealDeadline()) + "."));
        panel.add(link(pagePath, "What you can do if you disagree"));
        return panel;
    }

    /** A disagreement recorded: what happens next, in the family's words. */
    static Div of(long caseId, View view, String pagePath) {
        Div panel = panel(caseId, "Your mediation and appeal");
        panel.add(new Paragraph("You disagree with " + view.decisionDisagreed().words() + ". Next: " + AppealPanel.familyNextStep(view)));
        panel.add(link(pagePath, "See each step and record yours"));
        return panel;
    }

    /**
     * reg 44; reg 45: the appeal conceded by the council, or allowed with an order: what the council
     * must now do, each by its date, in place of the options to disagree.
     */
    static Div ordered(long caseId, View view, String pagePath) {
        Div panel = panel(caseId, "Your appeal");
        panel.add(new Paragraph("Your appeal about " + view.decisionDisagreed().words() + " was " + view.outcome().words() + " on "
                + Dates.full(view.outcomeOn()) + ". What happens next:"));
        com.vaadin.flow.component.html.UnorderedList steps = new com.vaadin.flow.component.html.UnorderedList();
        AppealPanel.orderLines(view).forEach(line -> steps.add(new com.vaadin.flow.component.html.ListItem(line)));
        panel.add(steps, link(pagePath, "See each step of your appeal"));
        return panel;
    }

    private static Div panel(long caseId, String heading) {
        Div panel = new Div();
        panel.addClassName("panel");
        panel.setId("disagree-" + caseId);
        panel.add(new H3(heading));
        return panel;
    }

    private static Paragraph link(String path, String text) {
        Anchor a = new Anchor(path, text);
        a.addClassName("primary-link");
        return new Paragraph(a);
    }
}
