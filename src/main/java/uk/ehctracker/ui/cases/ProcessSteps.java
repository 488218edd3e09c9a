package uk.ehctracker.ui.cases;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.assessment.CaseStage;
import uk.ehctracker.assessment.CaseSteps;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.ui.common.Dates;

/**
 * The process diagram, server-rendered as an ordered list of the model's main steps with the
 * step the process waits at marked {@code aria-current="step"} (read from the engine's active
 * activities; the case stage when the process has ended).
 */
@Component
public class ProcessSteps {

    /** One main step of bpmn/ehc-needs-assessment.bpmn, in the staff's and the family's words. */
    record Step(String activityId, CaseStage stage, String staffLabel, String familyLabel) {
    }

    static final List<Step> STEPS = List.of(
            new Step("requestReceived", null, "Request received", "We received the request"),
            new Step(CaseSteps.DECIDE_WHETHER_TO_ASSESS, CaseStage.DECIDING_WHETHER_TO_ASSESS,
                    "Decide whether to assess (6 weeks)", "We decide whether to carry out an assessment"),
            new Step(CaseSteps.GIVE_ADVICE, CaseStage.GATHERING_ADVICE,
                    "Gather advice (6 weeks per adviser)", "We ask for advice, including your views"),
            new Step(CaseSteps.DECIDE_WHETHER_TO_ISSUE_PLAN, CaseStage.DECIDING_WHETHER_TO_ISSUE,
                    "Decide whether to issue a plan (16 weeks)", "We decide whether an EHC plan is needed"),
            new Step(CaseSteps.WRITE_DRAFT_PLAN, CaseStage.DRAFTING_PLAN, "Write the draft plan", "We write a draft EHC plan"),
            new Step(CaseSteps.COMMENT_ON_DRAFT_PLAN, CaseStage.DRAFT_WITH_FAMILY,
                    "Family comments on the draft (15 days)", "You comment on the draft and can ask for a school"),
            new Step(CaseSteps.CHOOSE_SETTING_TO_CONSULT, CaseStage.CHOOSING_SETTING,
                    "No school asked for: choose one to consult", "We choose a school or setting"),
            new Step(CaseSteps.RESPOND_TO_CONSULTATION, CaseStage.CONSULTING_SCHOOL,
                    "Consult the school or setting", "We ask the school or setting"),
            // side by side with the consultation, only when the family asked for it: see meetingNote
            new Step(CaseSteps.ARRANGE_MEETING_TO_DISCUSS_DRAFT_PLAN, null,
                    "Meeting about the draft, if the family asks (reg 13(1)(a)(ii))", "A meeting with us about the draft, if you ask for one"),
            new Step(CaseSteps.ISSUE_FINAL_PLAN, CaseStage.FINALISING_PLAN,
                    "Issue the final plan (20 weeks)", "We issue the final EHC plan"));

    private final AssessmentQueries queries;
    private final Clock clock;

    ProcessSteps(AssessmentQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** The index of the current step, from the active activities or else from the stage (the meeting runs beside, never current here). */
    static int currentIndex(Set<String> active, CaseStage stage) {
        for (int i = STEPS.size() - 1; i >= 0; i--) {
            if (!isMeeting(STEPS.get(i)) && active.contains(STEPS.get(i).activityId())) {
                return i;
            }
        }
        for (int i = 0; i < STEPS.size(); i++) {
            if (STEPS.get(i).stage() == stage) {
                return i;
            }
        }
        return -1;
    }

    /** The list, for staff or for the family. */
    public OrderedList render(long caseId, CaseStage stage, boolean familyWords, CurrentUser user) {
        Set<String> active = queries.activeSteps(caseId, user);
        AssessmentCase c = queries.visibleCase(caseId, user);
        int current = currentIndex(active, stage);
        OrderedList list = new OrderedList();
        list.addClassName("steps");
        list.getElement().setAttribute("aria-label", familyWords ? "The steps of your request" : "Process steps");
        for (int i = 0; i < STEPS.size(); i++) {
            Step step = STEPS.get(i);
            ListItem item = new ListItem(familyWords ? step.familyLabel() : step.staffLabel());
            item.getElement().setAttribute("data-step", step.activityId());
            if (isMeeting(step)) {
                meeting(item, c, active.contains(step.activityId()), stage, familyWords);
            } else if (stage.isClosed() || stage == CaseStage.AMENDING_PLAN) {
                // reg 44; reg 45(4): a plan being amended as ordered went through every step to its final plan
                boolean reached = reached(step, stage == CaseStage.AMENDING_PLAN ? CaseStage.PLAN_ISSUED : stage);
                item.addClassName(reached ? "done" : "skipped");
                item.add(note(reached ? "Done" : "Not needed"));
            } else if (i < current) {
                item.addClassName("done");
                item.add(note("Done"));
            } else if (i == current) {
                item.getElement().setAttribute("aria-current", "step");
                item.add(note(familyWords ? "We are here" : "Current step"));
            } else {
                item.add(note("To do"));
            }
            list.add(item);
        }
        if (stage == CaseStage.AMENDING_PLAN) {
            ListItem amending = new ListItem(familyWords ? stage.familyLabel() : stage.staffLabel());
            amending.getElement().setAttribute("aria-current", "step");
            amending.add(note(familyWords ? "We are here" : "Current step"));
            list.add(amending);
        }
        if (stage.isClosed()) {
            ListItem end = new ListItem(familyWords ? stage.familyLabel() : "Closed: " + stage.staffLabel());
            end.addClassName("done");
            end.getElement().setAttribute("aria-current", "step");
            list.add(end);
        }
        return list;
    }

    private static boolean isMeeting(Step step) {
        return CaseSteps.ARRANGE_MEETING_TO_DISCUSS_DRAFT_PLAN.equals(step.activityId());
    }

    /**
     * reg 13(1)(a)(ii): the meeting the family may ask for with the draft. Not needed when they did
     * not ask; its date once arranged ("held" from that day); current while it is being arranged.
     */
    private void meeting(ListItem item, AssessmentCase c, boolean beingArranged, CaseStage stage, boolean familyWords) {
        LocalDate on = c.getDraftMeetingOn();
        // the family's answer to the draft is in, or their 15 days are over
        boolean answered = c.getDraftCommentedOn() != null
                || EnumSet.of(CaseStage.CHOOSING_SETTING, CaseStage.CONSULTING_SCHOOL, CaseStage.FINALISING_PLAN).contains(stage);
        if (on != null) {
            boolean held = !on.isAfter(StatutoryClock.today(clock));
            item.addClassName(held ? "done" : "planned");
            item.add(note((held ? "Held on " : "Arranged for ") + Dates.full(on)));
        } else if (beingArranged) {
            item.getElement().setAttribute("aria-current", "step");
            item.add(note(familyWords ? "We are arranging it" : "Current step"));
        } else if (Boolean.TRUE.equals(c.getWantsMeeting())) {
            item.add(note("To do"));
        } else if (answered || stage.isClosed()) {
            item.addClassName("skipped");
            item.add(note("Not needed"));
        } else {
            item.add(note("To do"));
        }
    }

    private static Span note(String text) {
        Span span = new Span(text);
        span.addClassName("step-note");
        return span;
    }

    /** Which steps a closed case went through. */
    private static boolean reached(Step step, CaseStage closedAt) {
        int index = STEPS.indexOf(step);
        return switch (closedAt) {
            case NOT_ASSESSED -> index <= 1;
            case NOT_ISSUED -> index <= 3;
            case PLAN_ISSUED -> true;
            default -> index == 0;
        };
    }
}
