package uk.ehctracker.ui.tasks;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.assessment.AdviceKind;
import uk.ehctracker.assessment.AdviceStatus;
import uk.ehctracker.ui.cases.EvidencePanels;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.common.ConflictException;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.directory.Role;
import uk.ehctracker.directory.SettingEntry;
import uk.ehctracker.forms.FieldError;
import uk.ehctracker.forms.FieldType;
import uk.ehctracker.forms.FormDefinition;
import uk.ehctracker.forms.FormField;
import uk.ehctracker.forms.RenderedForm;
import uk.ehctracker.forms.VaadinFormRenderer;
import uk.ehctracker.access.HomePages;
import uk.ehctracker.casework.CasePages;
import uk.ehctracker.casework.CasePages.TaskRow;
import uk.ehctracker.ui.common.Dates;
import uk.ehctracker.ui.common.NotFound;
import uk.ehctracker.ui.common.Toasts;
import uk.ehctracker.assessment.CaseSteps;
import uk.ehctracker.assessment.StepStatus;
import uk.ehctracker.workflow.UserTasks;
import uk.ehctracker.ui.common.Feedback;
import uk.ehctracker.ui.family.FamilyViewsView;

/**
 * {@code /tasks/:taskId}: one task's Camunda Form, rendered by {@link VaadinFormRenderer}, and a
 * Submit that completes it through {@link UserTasks}. Every task of every role goes through here:
 * decisions, advice, the family's views and comments, consultations and managers' reviews.
 */
@Route("tasks")
@RolesAllowed({"LA_CASEWORKER", "LA_MANAGER", "SENCO", "PARENT", "PROFESSIONAL"})
public class TaskView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final UserTasks userTasks;
    private final CasePages views;
    private final DirectoryService directory;
    private final VaadinFormRenderer renderer;
    private final CurrentUser user;
    private final Feedback feedback = new Feedback();
    private String taskId;
    private String title = "Task";
    private RenderedForm form;
    private Button submit;

    public TaskView(UserTasks userTasks, CasePages views, VaadinFormRenderer renderer, DirectoryService directory, CurrentUsers users) {
        this.userTasks = userTasks;
        this.directory = directory;
        this.views = views;
        this.renderer = renderer;
        this.user = users.require();
        addClassName("page");
    }

    /** The route of a task's page. */
    public static String path(String taskId) {
        return "tasks/" + taskId;
    }

    /** Where a work list's task is done: its form, or for a disagreement's step the case page's appeal panel. */
    public static String pathOf(uk.ehctracker.casework.CasePages.TaskRow t) {
        return uk.ehctracker.casework.CasePages.DISAGREEMENT_TASKS.contains(t.task().taskKey()) ? "cases/" + t.caseId() : path(t.id());
    }

    @Override
    public String getPageTitle() {
        return title + " | EHC needs assessment tracker";
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        this.taskId = id;
        removeAll();
        TaskRow task;
        FormDefinition definition;
        try {
            task = views.task(id, user);
            definition = userTasks.formOf(id, user);
        } catch (NotFoundException e) {
            title = "Task not found";
            add(NotFound.of("Task"));
            return;
        }
        if (user.role() == Role.PARENT && CaseSteps.GIVE_ADVICE.equals(task.task().taskKey()) && task.adviceKind() == AdviceKind.PARENT) {
            // the family's views have their own plain-English form, which also answers this request (reg 7)
            event.forwardTo(FamilyViewsView.path(task.caseId()));
            return;
        }
        LocalDate today = views.today();
        title = heading(task);
        add(new H1(title));
        add(context(task, today));
        form = renderer.render(definition);
        form.setId("task-form");
        add(feedback, form);
        Map<String, Object> start = todayInDateFields(definition, today);
        if (CaseSteps.ISSUE_FINAL_PLAN.equals(task.task().taskKey())) {
            start.putAll(startFromDraft(task.caseId()));
        }
        form.setValues(start);
        settingField(task.task().taskKey()).ifPresent(key -> beside(key, directoryPicker(key)));
        showEvidence(task);

        submit = new Button(submitLabel(task), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("submit");
        submit.setDisableOnClick(true);
        Anchor back = new Anchor(HomePages.homeOf(user.role()), "Cancel and go back");
        HorizontalLayout actions = new HorizontalLayout(submit, back);
        actions.setAlignItems(Alignment.BASELINE);
        add(actions);
    }

    RenderedForm form() {
        return form;
    }

    private void submit() {
        try {
            form.clearErrors();
            userTasks.complete(taskId, form.values(), user);
            Toasts.success(doneMessage());
            UI.getCurrent().navigate(HomePages.homeOf(user.role()));
        } catch (BadInputException e) {
            List<FieldError> errors = e.problems().stream()
                    .map(p -> new FieldError(p.field(), form.definition().field(p.field()).map(FormField::label).orElse(p.field()), p.message()))
                    .toList();
            form.showErrors(errors);
            submit.setEnabled(true);
        } catch (ConflictException e) {
            feedback.say(e.getMessage());
            submit.setEnabled(true);
        } catch (NotFoundException e) {
            feedback.say("This task has already been done or is no longer yours.");
            submit.setEnabled(true);
        }
    }

    /**
     * The evidence beside the form it feeds: on the draft plan, the family's views at section A and
     * the advice at section B (it feeds B to K; K lists it), so the plan is written from them
     * (reg 11, 12); on the decisions, the same evidence above the form.
     */
    private void showEvidence(TaskRow task) {
        String key = task.task().taskKey();
        if (CaseSteps.COMMENT_ON_DRAFT_PLAN.equals(key)) {
            showDraftToTheFamily(task);
            return;
        }
        boolean draft = CaseSteps.WRITE_DRAFT_PLAN.equals(key);
        if (!draft && !CaseSteps.DECIDE_WHETHER_TO_ISSUE_PLAN.equals(key) && !CaseSteps.DECIDE_WHETHER_TO_ASSESS.equals(key)) {
            return;
        }
        CasePages.Evidence evidence = views.evidence(task.caseId(), user);
        Div familyViews = evidencePanel("evidence-views", "The family's views" + (draft ? " (for section A)" : ""),
                evidence.familyViews().isEmpty() ? "The family has not sent their views."
                        : null, EvidencePanels.views(evidence.familyViews(), false, 4));
        Div advice = evidencePanel("evidence-advice", "The advice" + (draft ? " (for sections B to K)" : ""),
                evidence.advice().stream().allMatch(a -> a.status() == AdviceStatus.REQUESTED) ? "No advice has been given yet." : null,
                EvidencePanels.advice(evidence.advice(), false, 4));
        if (draft) {
            beside("sectionA", familyViews);
            beside("sectionB", advice);
        } else {
            addComponentAtIndex(indexOf(form), familyViews);
            addComponentAtIndex(indexOf(form), advice);
        }
    }

    /**
     * The family comments on the draft with the draft in front of them, section by section, and
     * the advice it was written from, which they receive with it (reg 13(1); CFA s38).
     */
    private void showDraftToTheFamily(TaskRow task) {
        CasePages.CaseDetail d = views.detail(task.caseId(), user);
        List<com.vaadin.flow.component.Component> sections = new java.util.ArrayList<>();
        for (CasePages.PlanRow section : d.draftPlan()) {
            sections.add(new com.vaadin.flow.component.html.H3(section.title()));
            sections.add(new Paragraph(section.content() == null ? "Nothing in this section yet." : section.content()));
        }
        addComponentAtIndex(indexOf(form), evidencePanel("draft-plan", "The draft plan", d.draftPlan().isEmpty()
                ? "The draft plan is not ready to show here. It is in the letter we sent you." : null, sections));
        CasePages.Evidence evidence = views.evidence(task.caseId(), user);
        addComponentAtIndex(indexOf(form), evidencePanel("evidence-advice", "The advice we used to write it",
                evidence.advice().stream().allMatch(a -> a.status() == AdviceStatus.REQUESTED) ? "No advice was given." : null,
                EvidencePanels.advice(evidence.advice(), true, 3)));
    }

    /**
     * The final plan starts from the draft the family saw (reg 13(1)), with what they asked for
     * above the form: their comments, a school, a meeting, a personal budget (CFA s49).
     */
    private Map<String, Object> startFromDraft(long caseId) {
        CasePages.CaseDetail d = views.detail(caseId, user);
        Map<String, Object> values = new HashMap<>();
        d.draftPlan().stream().filter(s -> !"I".equals(s.section()) && s.content() != null)
                .forEach(s -> values.put("section" + s.section(), s.content()));
        var c = d.kase();
        if (c.getConsultedSetting() != null) {
            // CFA s39, s40: section I names the setting consulted (or, if ticked, only a type of school)
            values.put("namedPlacement", c.getConsultedSetting());
        }
        List<com.vaadin.flow.component.Component> asked = new java.util.ArrayList<>();
        asked.add(new Paragraph(c.getDraftComments() == null ? "The family sent no comments." : c.getDraftComments()));
        if (c.getRequestedSchool() != null) {
            asked.add(new Paragraph("They asked for " + c.getRequestedSchool() + " to be named in section I."));
        }
        if (Boolean.TRUE.equals(c.getWantsMeeting())) {
            asked.add(new Paragraph(c.getDraftMeetingOn() == null ? "They asked for a meeting about the draft."
                    : "They asked for a meeting about the draft: it is on " + Dates.full(c.getDraftMeetingOn())
                            + ". The plan cannot be issued before then."));
        }
        if (Boolean.TRUE.equals(c.getWantsPersonalBudget())) {
            asked.add(new Paragraph("They asked for a personal budget: set it out in section J, or why it cannot be agreed."));
        }
        addComponentAtIndex(indexOf(form), evidencePanel("family-response", "What the family said about the draft", null, asked));
        return values;
    }

    private static Div evidencePanel(String id, String heading, String none, List<com.vaadin.flow.component.Component> parts) {
        Div panel = new Div();
        panel.setId(id);
        panel.addClassName("panel");
        panel.addClassName("evidence-beside");
        panel.add(new H2(heading));
        if (none != null) {
            panel.add(new Paragraph(none));
        }
        parts.forEach(panel::add);
        return panel;
    }

    /** The field of a task that names a school or setting, if it has one. */
    private static java.util.Optional<String> settingField(String taskKey) {
        return java.util.Optional.ofNullable(switch (taskKey) {
            case CaseSteps.CHOOSE_SETTING_TO_CONSULT -> "settingToConsult";
            case CaseSteps.COMMENT_ON_DRAFT_PLAN -> "requestedSchool";
            case CaseSteps.ISSUE_FINAL_PLAN -> "namedPlacement";
            default -> null;
        });
    }

    /**
     * The directory's schools and settings with what tells same-named ones apart (URN, phase, the
     * LA that maintains it): picking one puts its URN in the field, so the one meant is the one chosen.
     */
    private Div directoryPicker(String fieldKey) {
        boolean family = user.role() == Role.PARENT;
        ComboBox<SettingEntry> picker = new ComboBox<>(family ? "Find the school in our list" : "Find it in the directory");
        picker.setId("directory-" + fieldKey);
        picker.setHelperText(family ? "Type part of its name. Choosing one fills in its reference number (URN) above."
                : "Type part of its name or the start of its URN. Choosing one puts its URN in the field.");
        picker.setItemLabelGenerator(SettingEntry::label);
        picker.setItems(query -> directory.settingEntries(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        picker.setWidthFull();
        picker.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                form.setValues(Map.of(fieldKey, e.getValue().urn()));
            }
        });
        Div wrapper = new Div(picker);
        wrapper.addClassName("directory-picker");
        return wrapper;
    }

    /** Puts a panel just before a field of the form, inside the field's group. */
    private void beside(String fieldKey, Div panel) {
        com.vaadin.flow.component.Component field = form.field(fieldKey).orElse(null);
        if (field == null || field.getParent().isEmpty()) {
            add(panel);
            return;
        }
        com.vaadin.flow.dom.Element parent = field.getParent().get().getElement();
        parent.insertChild(parent.indexOfChild(field.getElement()), panel.getElement());
    }

    private String doneMessage() {
        return user.role() == Role.PARENT ? "Thank you. We have received your answer." : "Done. The case has moved on.";
    }

    private Div context(TaskRow task, LocalDate today) {
        Div context = new Div();
        context.setId("task-context");
        boolean family = user.role() == Role.PARENT;
        String who = family && user.childId() != null ? "your request" : task.childName();
        Paragraph about = new Paragraph("This is about " + who + " (reference " + task.reference() + ").");
        context.add(about);
        if (task.due() != null) {
            context.add(new Paragraph(family
                    ? "Please send this by " + Dates.full(task.due()) + "."
                    : task.status() == StepStatus.EXCEPTION
                            ? "Due as soon as practicable: an exception to the time limit applies (it was due " + Dates.full(task.due()) + ")."
                            : "Due " + Dates.full(task.due()) + " (" + Dates.daysLeft(today, task.due()) + ")."));
        }
        context.add(new Paragraph(new Anchor("cases/" + task.caseId(), family ? "See your request" : "Open the case")));
        return context;
    }

    private String heading(TaskRow task) {
        boolean family = user.role() == Role.PARENT;
        boolean youngPerson = family && user.childId() != null;
        switch (task.task().taskKey()) {
            case CaseSteps.GIVE_ADVICE:
                if (task.adviceKind() == AdviceKind.PARENT) {
                    return youngPerson ? "Give your views" : "Give your views about " + task.childName();
                }
                return (task.adviceKind() == null ? "Give advice" : task.adviceKind().label()) + " for " + task.childName();
            case CaseSteps.COMMENT_ON_DRAFT_PLAN:
                return youngPerson ? "Comment on your draft EHC plan" : "Comment on " + task.childName() + "'s draft EHC plan";
            case CaseSteps.DECIDE_WHETHER_TO_ASSESS:
                return "Decide whether to assess " + task.childName();
            case CaseSteps.DECIDE_WHETHER_TO_ISSUE_PLAN:
                return "Decide whether to issue an EHC plan for " + task.childName();
            case CaseSteps.WRITE_DRAFT_PLAN:
                return "Write the draft EHC plan for " + task.childName();
            case CaseSteps.CHOOSE_SETTING_TO_CONSULT:
                return "Choose a school or setting to consult for " + task.childName();
            case CaseSteps.RESPOND_TO_CONSULTATION:
                return "Can your school meet " + task.childName() + "'s needs?";
            case CaseSteps.DECIDE_AFTER_CONSULTATION:
                return "The setting says it cannot meet " + task.childName() + "'s needs: decide what to do";
            case CaseSteps.ARRANGE_MEETING_TO_DISCUSS_DRAFT_PLAN:
                return "Arrange the meeting about " + task.childName() + "'s draft EHC plan";
            case CaseSteps.ISSUE_FINAL_PLAN:
                return "Issue the final EHC plan for " + task.childName();
            case CaseSteps.REVIEW_MISSED_DEADLINE:
                return "Review a missed deadline for " + task.childName();
            default:
                return task.what();
        }
    }

    private static String submitLabel(TaskRow task) {
        switch (task.task().taskKey()) {
            case CaseSteps.GIVE_ADVICE:
                return task.adviceKind() == AdviceKind.PARENT ? "Send your views" : "Send the advice";
            case CaseSteps.COMMENT_ON_DRAFT_PLAN:
                return "Send your comments";
            case CaseSteps.CHOOSE_SETTING_TO_CONSULT:
                return "Consult this school or setting";
            case CaseSteps.RESPOND_TO_CONSULTATION:
                return "Send the response";
            case CaseSteps.DECIDE_AFTER_CONSULTATION:
                return "Record the decision";
            case CaseSteps.WRITE_DRAFT_PLAN:
                return "Serve the draft plan";
            case CaseSteps.ARRANGE_MEETING_TO_DISCUSS_DRAFT_PLAN:
                return "Record the meeting date";
            case CaseSteps.ISSUE_FINAL_PLAN:
                return "Issue the final plan";
            case CaseSteps.REVIEW_MISSED_DEADLINE:
                return "Record the review";
            default:
                return "Record the decision";
        }
    }

    /** Date fields start at today: the usual answer, easy to change. */
    private static Map<String, Object> todayInDateFields(FormDefinition definition, LocalDate today) {
        Map<String, Object> values = new HashMap<>();
        definition.inputFields().stream().filter(f -> f.type() == FieldType.DATETIME).forEach(f -> values.put(f.key(), today));
        return values;
    }
}
