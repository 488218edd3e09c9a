package uk.ehctracker.ui.family;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.time.LocalDate;
import java.util.Optional;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.assessment.AdviceKind;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.assessment.Decision;
import uk.ehctracker.assessment.DecisionOutcome;
import uk.ehctracker.assessment.RequestedBy;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.common.ConflictException;
import uk.ehctracker.common.FieldProblem;
import uk.ehctracker.ui.cases.CaseExtras;
import uk.ehctracker.ui.cases.CeasePanel;
import uk.ehctracker.ui.cases.LettersPanel;
import uk.ehctracker.ui.cases.ProcessSteps;
import uk.ehctracker.casework.CasePages;
import uk.ehctracker.casework.CasePages.CaseDetail;
import uk.ehctracker.casework.CasePages.ChildCard;
import uk.ehctracker.casework.CasePages.TaskRow;
import uk.ehctracker.ui.common.Dates;
import uk.ehctracker.ui.common.Toasts;
import uk.ehctracker.ui.tasks.TaskView;
import uk.ehctracker.assessment.CaseSteps;
import uk.ehctracker.ui.common.Feedback;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.statutory.TimeLimit;
import uk.ehctracker.assessment.StepStatus;
import uk.ehctracker.assessment.CaseStage;

/**
 * My requests: each of the family's children's requests as a progress tracker in plain English,
 * what the family needs to do now, their letters and documents, a decision they may appeal (or
 * their disagreement) with the link to their page about it, and a request for a child with none open. A young person signed in for themselves is addressed as "you".
 */
@Route("family")
@PageTitle("My requests | EHC needs assessment tracker")
@RolesAllowed("PARENT")
public class FamilyHomeView extends VerticalLayout {

    private final CasePages views;
    private final AssessmentService assessments;
    private final ProcessSteps steps;
    private final CaseExtras extras;
    private final CurrentUser user;
    private final uk.ehctracker.support.SenSupportQueries support;
    private final uk.ehctracker.support.SenSupportService supportCommands;
    private final uk.ehctracker.review.ReviewService reviews;

    public FamilyHomeView(CasePages views, AssessmentService assessments, ProcessSteps steps, CaseExtras extras, CurrentUsers users,
            uk.ehctracker.support.SenSupportQueries support, uk.ehctracker.support.SenSupportService supportCommands,
            uk.ehctracker.review.ReviewService reviews) {
        this.reviews = reviews;
        this.support = support;
        this.supportCommands = supportCommands;
        this.views = views;
        this.assessments = assessments;
        this.steps = steps;
        this.extras = extras;
        this.user = users.require();
        addClassName("page");
        render();
    }

    private boolean youngPerson() {
        return user.childId() != null;
    }

    void render() {
        removeAll();
        add(new H1(youngPerson() ? "Your EHC needs assessment" : "My requests"));
        add(new Paragraph(youngPerson()
                ? "Where your request for an education, health and care (EHC) needs assessment is, and what happens next."
                : "Where your requests for an education, health and care (EHC) needs assessment are, and what happens next."));
        List<ChildCard> children = views.family(user);
        List<TaskRow> tasks = views.tasks(user);
        if (children.isEmpty()) {
            add(new Paragraph("We have no children linked to your account. Please contact your local authority."));
        }
        for (ChildCard child : children) {
            add(childSection(child, tasks));
        }
    }

    private Component childSection(ChildCard child, List<TaskRow> tasks) {
        Div section = new Div();
        section.addClassName("child");
        section.setId("child-" + child.childId());
        section.add(new H2(youngPerson() ? "Your request" : child.name()));
        Optional<CaseDetail> open = child.openCase();
        if (open.isPresent()) {
            CaseDetail d = open.get();
            section.add(progress(child, d));
            section.add(toDo(child, d, tasks));
            Div where = panel("The steps");
            where.add(steps.render(d.id(), d.stage(), true, user));
            section.add(where);
            section.add(new Paragraph(new Anchor("cases/" + d.id(), "See everything about this request (reference " + d.reference() + ")")));
            section.add(new LettersPanel(youngPerson() ? "Your letters" : "Letters about " + child.firstName(), 3, d.id(), d.letters(), views, user));
            extras.documents(d.id(), user, 3).ifPresent(section::add);
        } else if (planIssued(child).isPresent()) {
            section.add(plan(child, planIssued(child).get()));
        } else {
            // a refusal they may appeal comes before asking again
            latestDisagreement(child).ifPresent(section::add);
            section.add(requestForm(child));
        }
        if (open.isPresent() || planIssued(child).isPresent()) {
            latestDisagreement(child).ifPresent(section::add);
        }
        supportAtSchool(child).ifPresent(section::add);
        List<CaseDetail> earlier = child.cases().stream().filter(c -> c.stage().isClosed())
                .filter(c -> planIssued(child).map(p -> p.id() != c.id()).orElse(true)).toList();
        if (!earlier.isEmpty()) {
            Div past = panel("Earlier requests");
            UnorderedList list = new UnorderedList();
            for (CaseDetail c : earlier) {
                list.add(new ListItem(new Anchor("cases/" + c.id(), "Request received on " + Dates.full(c.kase().getReceivedOn())
                        + ": " + closedText(c))));
            }
            past.add(list);
            section.add(past);
        }
        return section;
    }

    /** The latest request's decision the family may appeal, or their disagreement, with the link to their page about it. */
    private Optional<Component> latestDisagreement(ChildCard child) {
        return child.cases().stream().findFirst()
                .flatMap(c -> extras.disagreementInBrief(c.id(), user, FamilyDisagreementView.path(c.id())));
    }

    /** The child's SEN support at school while they have it (it ends when a plan is issued). */
    private Optional<Component> supportAtSchool(ChildCard child) {
        uk.ehctracker.support.SupportViews.PupilSupport s = support.pupil(child.childId(), user);
        if (s.record() == null || !s.record().isOnSenSupport()) {
            return Optional.empty();
        }
        return Optional.of(new SupportAtSchoolPanel(s, youngPerson() ? "you" : child.firstName(), supportCommands, user, views.today(),
                this::render));
    }

    /** The child's EHC plan, if the latest request ended with one. */
    private static Optional<CaseDetail> planIssued(ChildCard child) {
        return child.cases().stream().findFirst().filter(c -> c.stage() == CaseStage.PLAN_ISSUED);
    }

    /**
     * A child with an EHC plan: the plan, where to read it and the appeal deadline (reg 14), instead
     * of a new request (a request for a re-assessment, CFA s44(2), is not in this tracker yet).
     */
    private Component plan(ChildCard child, CaseDetail d) {
        AssessmentCase c = d.kase();
        Div panel = panel(youngPerson() ? "Your EHC plan" : child.firstName() + "'s EHC plan");
        panel.setId("plan-" + d.id());
        String issuedBy = extras.councilThatIssuedATransferredPlan(d.id(), user).orElse("We");
        panel.add(new Paragraph(issuedBy + " issued the final EHC plan on " + Dates.full(c.getFinalPlanIssuedOn())
                + (c.getNamedPlacement() == null ? "." : ". It names " + c.getNamedPlacement() + ".")));
        panel.add(new Paragraph(new Anchor("cases/" + d.id(), "Read the plan and download it")));
        Optional<uk.ehctracker.cessation.CeaseService.View> ceasing = extras.cessationView(d.id(), user);
        if (ceasing.map(v -> v.ceasedOn() != null).orElse(false)) {
            // CFA s45: an ended plan has no appeal against its contents and no next review
            panel.add(new Paragraph(CeasePanel.familySummary(ceasing.get())));
            return panel;
        }
        LocalDate appealBy = views.finalPlanAppealDeadline(c);
        if (appealBy != null && !StatutoryClock.isOverdue(views.today(), appealBy)) {
            // reg 14; HESC Rules r20, r12: 2 months from the day the plan was sent, said while it runs
            panel.add(new Paragraph("If you disagree with what the plan says about needs (section B), the support (section F) or"
                    + " the school or setting (section I), you can appeal to the SEND Tribunal until " + Dates.full(appealBy)
                    + ". Talk to us first, and contact the mediation adviser named in the letter."));
        }
        Optional<uk.ehctracker.review.ReviewService.View> review = reviews.view(d.id(), user);
        panel.add(new Paragraph(review.map(FamilyHomeView::nextReview)
                .orElse("The plan is reviewed at least every 12 months; the school or setting will invite you to the review.")));
        ceasing.ifPresent(v -> panel.add(new Paragraph(CeasePanel.familySummary(v))));
        extras.transferSummary(d.id(), user).ifPresent(t -> panel.add(new Paragraph(t)));
        // reg 19(a), reg 31(1): the family's own page for their views on the review and on ending the plan
        boolean ceasingAsksViews = extras.cessationAsksFamilyViews(d.id(), user);
        if (ceasingAsksViews || review.isPresent()) {
            Anchor link = new Anchor(FamilyReviewView.path(d.id()), ceasingAsksViews ? "Give your views on ending the plan"
                    : review.get().takesFamilyViews() ? "Prepare for the review and give your views" : "The plan's annual review");
            link.addClassName("primary-link");
            link.setId("review-views-" + d.id());
            panel.add(new Paragraph(link));
        }
        return panel;
    }

    /** The plan's review in the family's words (CFA s44; reg 20(3), reg 22(2)). */
    private static String nextReview(uk.ehctracker.review.ReviewService.View r) {
        if (r.amendmentsProposedOn() != null && r.amendedPlanIssuedOn() == null) {
            return "After the review we sent you changes to the plan on " + Dates.full(r.amendmentsProposedOn())
                    + ". You can tell us what you think of them until " + Dates.full(r.commentsCloseOn())
                    + "; the amended plan will follow by " + Dates.full(r.amendedPlanDueBy()) + ".";
        }
        if (r.meetingHeldOn() != null && r.outcome() == null) {
            // reg 20(10): the decision within 4 weeks of the meeting
            return "The plan's review meeting was held on " + Dates.full(r.meetingHeldOn()) + ". We will tell you by "
                    + Dates.full(r.decisionDueBy()) + " whether we will keep the plan as it is, change it, or propose to end it.";
        }
        String move = r.transfer() == null || r.transferDeadline() == null ? ""
                // reg 18(1): the plan amended, naming the next school, before 15 February (31 March for post-16)
                : " Before the move (" + r.transfer().label().toLowerCase(java.util.Locale.UK) + ") on " + Dates.full(r.movesOn())
                        + ", the plan must be changed to name the new school or college by " + Dates.full(r.transferDeadline()) + ".";
        if (r.meetingOn() != null && r.meetingHeldOn() == null) {
            return "The plan's review meeting is on " + Dates.full(r.meetingOn()) + "." + move;
        }
        return "The plan's next review is due by " + Dates.full(r.reviewDueBy())
                + ". The school or setting will invite you to the review meeting at least 2 weeks before it." + move;
    }

    private static String closedText(CaseDetail c) {
        return c.stage().familyLabel() + (c.kase().getClosedOn() == null ? "" : " on " + Dates.full(c.kase().getClosedOn()));
    }

    /** The plain-English sentence of where the request is and the next date we promise. */
    Component progress(ChildCard child, CaseDetail d) {
        AssessmentCase c = d.kase();
        String who = youngPerson() ? "you" : child.firstName();
        String whose = youngPerson() ? "your" : child.firstName() + "'s";
        Div panel = panel("Where your request is");
        panel.setId("progress-" + d.id());
        Paragraph received = new Paragraph("We received your request on " + Dates.full(c.getReceivedOn()) + ".");
        received.addClassName("lead");
        panel.add(received);
        String next = switch (c.getStage()) {
            case DECIDING_WHETHER_TO_ASSESS -> "We will tell you " + by(d, TimeLimit.DECISION_TO_ASSESS, c.getDecisionToAssessDue())
                    + " whether we will carry out an assessment.";
            case GATHERING_ADVICE -> assessed(d) + "We are now asking for advice about " + who
                    + ", including your views. If we issue an EHC plan, we will send it to you " + by(d, c.inForce(TimeLimit.FINAL_PLAN), c.getFinalPlanDue()) + ".";
            case DECIDING_WHETHER_TO_ISSUE -> assessed(d) + "We have the advice we asked for. We will tell you "
                    + by(d, c.inForce(TimeLimit.DECISION_NOT_TO_ISSUE), c.getDecisionNotToIssueDue()) + " whether we will issue an EHC plan.";
            case DRAFTING_PLAN -> "We decided to issue an EHC plan and are writing a draft. We will send the final plan "
                    + by(d, c.inForce(TimeLimit.FINAL_PLAN), c.getFinalPlanDue()) + ".";
            case DRAFT_WITH_FAMILY -> "We sent you the draft plan on " + Dates.full(c.getDraftServedOn())
                    + ". Please send us your comments by " + Dates.full(c.getDraftCommentsDue()) + ".";
            case CHOOSING_SETTING -> "You did not ask for a particular school, so we are choosing one to ask before we name it."
                    + " We will send the final plan " + by(d, c.inForce(TimeLimit.FINAL_PLAN), c.getFinalPlanDue()) + ".";
            case CONSULTING_SCHOOL -> "We are asking " + (c.getConsultedSetting() == null ? "the school or setting" : c.getConsultedSetting())
                    + " whether it can meet " + whose + " needs. We will send the final plan " + by(d, c.inForce(TimeLimit.FINAL_PLAN), c.getFinalPlanDue()) + ".";
            case FINALISING_PLAN -> "We are finishing the EHC plan. We will send it to you " + by(d, c.inForce(TimeLimit.FINAL_PLAN), c.getFinalPlanDue()) + ".";
            // reg 44; reg 45(4), (5): the amended plan within 5 weeks of the order or the concession (2 for the setting only)
            case AMENDING_PLAN -> "We are amending the EHC plan as the Tribunal requires. We will send it to you by "
                    + Dates.full(c.dueDateInForce(TimeLimit.ORDERED_AMENDED_PLAN)) + ".";
            default -> c.getStage().familyLabel() + ".";
        };
        if (c.getOrderKind() != null) {
            // reg 44; reg 45: the order's dates replace the usual ones; the family reads whose they are
            Paragraph ordered = new Paragraph(AssessmentService.orderedWords(c) + ". The dates we give you now are the ones it sets.");
            ordered.setId("ordered-" + d.id());
            panel.add(ordered);
        }
        Paragraph nextText = new Paragraph(next);
        nextText.addClassName("lead");
        panel.add(nextText);
        if (!d.exceptions().isEmpty()) {
            d.exceptions().forEach(e -> panel.add(new Paragraph(e.getReason().familyExplanation())));
        }
        return panel;
    }

    /**
     * "by 20 November 2026", or, while an exception excuses that time limit (reg 5(4), 8(2), 10(4),
     * 13(3)), "as soon as we can": the exception's explanation follows, and no past date is promised.
     */
    private static String by(CaseDetail d, TimeLimit limit, java.time.LocalDate due) {
        boolean excused = d.milestones().stream()
                .anyMatch(m -> m.limit() == limit && m.doneOn() == null && m.status() == StepStatus.EXCEPTION);
        return excused ? "as soon as we can" : "by " + Dates.full(due);
    }

    private static String assessed(CaseDetail d) {
        return d.decisions().stream().filter(x -> x.getOutcome() == DecisionOutcome.ASSESS).findFirst()
                .map(Decision::getDecidedOn).map(on -> "On " + Dates.full(on) + " we decided to carry out an assessment. ")
                .orElse("");
    }

    private Component toDo(ChildCard child, CaseDetail d, List<TaskRow> tasks) {
        Div panel = panel("What you need to do now");
        panel.addClassName("action");
        panel.setId("todo-" + d.id());
        List<TaskRow> mine = tasks.stream().filter(t -> t.caseId() == d.id()).toList();
        String about = youngPerson() ? "you" : child.firstName();
        boolean viewsAsked = mine.stream().anyMatch(FamilyHomeView::asksForViews);
        if (mine.isEmpty()) {
            panel.add(new Paragraph("There is nothing you need to do now. We will write to you when there is news."));
        }
        if (!viewsAsked && d.takesFamilyViews()) {
            panel.add(new Paragraph("You can tell us about " + about + " at any time until we write the draft plan: "
                    + "what is going well, what is hard and what you hope for."));
            panel.add(viewsLink(d, d.evidence().familyViews().isEmpty() ? "Give your views" : "Add to your views"));
        }
        for (TaskRow t : mine) {
            if (asksForViews(t)) {
                panel.add(new Paragraph("Tell us about " + about + ": what is going well, what is hard, and what you hope for. "
                        + "Your views become section A of the plan. Please send them by " + Dates.full(t.due()) + "."));
                panel.add(viewsLink(d, "Give your views"));
            } else if (CaseSteps.COMMENT_ON_DRAFT_PLAN.equals(t.task().taskKey())) {
                panel.add(new Paragraph("Read the draft plan and tell us what you think by " + Dates.full(t.due())
                        + ". You can also ask for a particular school, ask for a meeting, or ask for a personal budget."));
                panel.add(action(t, "Comment on the draft plan"));
            } else {
                panel.add(action(t, t.what()));
            }
        }
        return panel;
    }

    private static boolean asksForViews(TaskRow t) {
        return CaseSteps.GIVE_ADVICE.equals(t.task().taskKey()) && t.adviceKind() == AdviceKind.PARENT;
    }

    private static Component viewsLink(CaseDetail d, String text) {
        Anchor link = new Anchor(FamilyViewsView.path(d.id()), text);
        link.addClassName("primary-link");
        link.setId("views-" + d.id());
        link.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        return new Paragraph(link);
    }

    private static Component action(TaskRow t, String text) {
        Anchor link = new Anchor(TaskView.path(t.id()), text);
        link.addClassName("primary-link");
        link.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        return new Paragraph(link);
    }

    /** "Ask for an EHC needs assessment" for a child with no open request. */
    Component requestForm(ChildCard child) {
        Div panel = panel(youngPerson() ? "Ask for an EHC needs assessment" : "Ask for an EHC needs assessment for " + child.firstName());
        panel.setId("request-" + child.childId());
        panel.add(new Paragraph((youngPerson() ? "You have" : child.firstName() + " has")
                + " no open request. You can ask the local authority to carry out an education, health and care needs assessment."
                + " We will tell you within 6 weeks whether we will carry one out."));
        TextArea reasons = new TextArea("Why are you asking for an assessment?");
        reasons.setHelperText("For example: what is hard for " + (youngPerson() ? "you" : child.firstName())
                + ", what support has been tried, and what has happened.");
        reasons.setRequiredIndicatorVisible(true);
        reasons.setMaxLength(20000);
        reasons.setWidthFull();
        reasons.setMinHeight("8em");
        reasons.setId("reasons-" + child.childId());
        TextArea gaps = new TextArea("Is there any information we should know is missing? (optional)");
        gaps.setHelperText("For example, a report you are still waiting for.");
        gaps.setMaxLength(2000);
        gaps.setWidthFull();
        gaps.setId("gaps-" + child.childId());
        Feedback errors = new Feedback().field("reasons", reasons).field("evidenceGaps", gaps);
        errors.setId("request-errors-" + child.childId());
        Button send = new Button("Send the request", e -> {
            if (errors.run(() -> assessments.submitRequest(new Commands.NewRequest(child.childId(), RequestedBy.PARENT, null,
                    reasons.getValue(), null, gaps.getValue()), user), "Thank you. We have received your request.")) {
                render();
            } else {
                reasons.focus();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-request-" + child.childId());
        panel.add(errors, reasons, gaps, send);
        return panel;
    }

    private static Div panel(String heading) {
        Div panel = new Div();
        panel.addClassName("panel");
        panel.add(new H3(heading));
        return panel;
    }
}
