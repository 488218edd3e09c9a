package uk.ehctracker.ui.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import uk.ehctracker.statutory.Disagreement;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.assessment.AdviceRequest;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.CaseEvent;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.assessment.Decision;
import uk.ehctracker.assessment.TimeLimitException;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.common.ConflictException;
import uk.ehctracker.common.FieldProblem;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.directory.Role;
import uk.ehctracker.statutory.ExceptionReason;
import uk.ehctracker.statutory.TimeLimit;
import uk.ehctracker.ui.common.Badge;
import uk.ehctracker.casework.CasePages;
import uk.ehctracker.casework.CasePages.CaseDetail;
import uk.ehctracker.casework.CasePages.MilestoneRow;
import uk.ehctracker.casework.CasePages.StaffOption;
import uk.ehctracker.casework.CasePages.TaskRow;
import uk.ehctracker.ui.common.Dates;
import uk.ehctracker.ui.common.NotFound;
import uk.ehctracker.ui.common.Toasts;
import uk.ehctracker.assessment.StepStatus;
import uk.ehctracker.ui.tasks.TaskView;
import uk.ehctracker.ui.family.FamilyViewsView;
import uk.ehctracker.common.DateFormats;
import uk.ehctracker.ui.common.Feedback;
import uk.ehctracker.ui.common.UserText;

/**
 * {@code /cases/:id}: one case for everyone who may see it. The child, the request, the
 * statutory timeline, decisions, advice, letters, documents, the notes and where the process is;
 * LA staff also record exceptions, assign and withdraw. A case one may not see is "not found".
 */
@Route("cases")
@RolesAllowed({"LA_CASEWORKER", "LA_MANAGER", "SENCO", "PARENT", "PROFESSIONAL"})
public class CaseView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final CasePages views;
    private final AssessmentService assessments;
    private final ProcessSteps steps;
    private final CaseExtras extras;
    private final CurrentUser user;
    private final Feedback feedback = new Feedback();
    private long caseId;
    private String title = "Case";

    public CaseView(CasePages views, AssessmentService assessments, ProcessSteps steps, CaseExtras extras, CurrentUsers users) {
        this.views = views;
        this.assessments = assessments;
        this.steps = steps;
        this.extras = extras;
        this.user = users.require();
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.caseId = id == null ? -1 : id;
        render();
    }

    @Override
    public String getPageTitle() {
        return title + " | EHC needs assessment tracker";
    }

    private boolean family() {
        return user.role() == Role.PARENT;
    }

    private void render() {
        removeAll();
        CaseDetail d;
        try {
            d = views.detail(caseId, user);
        } catch (NotFoundException e) {
            title = "Case not found";
            add(NotFound.of("Case"));
            return;
        }
        AssessmentCase c = d.kase();
        LocalDate today = views.today();
        title = UserText.isolate(d.childName()) + " (" + d.reference() + ")";
        add(new H1(family() && user.childId() != null ? "Your request for an EHC needs assessment"
                : UserText.isolate(d.childName()) + ": EHC needs assessment"));
        Paragraph status = new Paragraph();
        status.add(new Span("Reference " + d.reference() + ". "));
        status.add(Badge.of(family() ? c.getStage().familyLabel() : c.getStage().staffLabel(),
                c.getStage().isClosed() ? "rag-none" : "rag-done"));
        status.setId("case-stage");
        add(status);
        feedback.clear();
        add(feedback);

        if (c.getOrderKind() != null) {
            add(tribunalOrder(c));
        }
        add(tasksOnCase(d, today));
        add(summary(d));
        extras.youngPerson(caseId, user).ifPresent(this::add);
        if (d.mayManage()) {
            extras.senSupport(caseId, user).ifPresent(this::add);
        }
        extras.review(caseId, user, d.mayManage(), today, this::render).ifPresent(this::add);
        extras.cessation(caseId, user, d.mayManage(), today, this::render).ifPresent(this::add);
        extras.transfer(caseId, user, d.mayManage(), today, this::render).ifPresent(this::add);
        add(processPanel(d));
        add(timeline(d, today));
        add(decisions(d));
        extras.disagreement(caseId, user, this::render).ifPresent(this::add);
        extras.appeal(caseId, user, d.mayManage(), this::render).ifPresent(this::add);
        extras.complaints(caseId, user, this::render).ifPresent(this::add);
        add(advice(d, today));
        add(familyViews(d));
        if (!d.exceptions().isEmpty()) {
            add(exceptions(d));
        }
        if (!d.finalPlan().isEmpty()) {
            add(finalPlan(d));
        }
        if (!d.draftPlan().isEmpty()) {
            add(draftPlan(d));
        }
        LettersPanel letters = new LettersPanel("Letters", caseId, d.letters(), views, user);
        letters.setId("letters");
        add(letters);
        extras.documents(caseId, user).ifPresent(this::add);
        add(notes(d));
        if (d.mayManage()) {
            add(extras.familyAccounts(caseId, user));
            add(staffActions(d));
        }
    }

    // ---- sections ----

    private Component tasksOnCase(CaseDetail d, LocalDate today) {
        List<TaskRow> tasks = views.tasks(user).stream().filter(t -> t.caseId() == d.id()).toList();
        if (tasks.isEmpty()) {
            return new Div();
        }
        Div panel = panel("What to do now");
        panel.addClassName("action");
        panel.setId("tasks-on-case");
        UnorderedList list = new UnorderedList();
        for (TaskRow t : tasks) {
            ListItem item = new ListItem();
            item.add(new Anchor(TaskView.pathOf(t), t.what()));
            if (t.due() != null) {
                item.add(new Span(" — due " + (family() ? Dates.full(t.due()) : Dates.brief(t.due(), today) + ", " + Dates.daysLeft(today, t.due(), t.status()))));
                if (t.status() == StepStatus.EXCEPTION) {
                    item.add(new Span(" "), Badge.of(t.status()));
                }
            }
            list.add(item);
        }
        panel.add(list);
        return panel;
    }

    /**
     * reg 44; reg 45: "Ordered by the Tribunal on ..." (or the concession) and what the order
     * requires, each by its last lawful day: the case's own dates (AssessmentCase.dueDate).
     */
    private Component tribunalOrder(AssessmentCase c) {
        Div panel = panel(c.isOrderConceded() ? "The council conceded the appeal" : "Ordered by the Tribunal");
        panel.setId("tribunal-order");
        Paragraph said = new Paragraph(AssessmentService.orderedWords(c) + ". "
                + (family() ? "These dates replace the usual ones:" : "The order's limits replace the request's (reg 44; reg 45):"));
        said.addClassName("lead");
        panel.add(said);
        UnorderedList list = new UnorderedList();
        for (TimeLimit limit : Disagreement.limits(c.getOrderKind())) {
            ListItem item = new ListItem(limit.label() + (family() ? "" : " (" + limit.citation() + ")") + ": by "
                    + Dates.full(c.dueDate(limit)));
            item.getElement().setAttribute("data-limit", limit.name());
            list.add(item);
        }
        panel.add(list);
        return panel;
    }

    private Component summary(CaseDetail d) {
        AssessmentCase c = d.kase();
        if (c.getOrigin() == uk.ehctracker.assessment.CaseOrigin.IMPORTED) {
            // docs/law.md s9: a plan made before the tracker has no request to show
            Div panel = panel("The child and the plan");
            panel.setId("summary");
            panel.add(definitions(
                    "Child", UserText.isolate(d.childName()) + ", born " + Dates.full(d.childDateOfBirth()),
                    "School or setting", d.schoolName() == null ? "None recorded" : d.schoolName(),
                    "Local authority", d.laName(),
                    "How the plan came to the tracker", "Made before the tracker; recorded from the council's records by "
                            + UserText.isolate(c.getRequesterName())));
            planAndReview(panel, c);
            return panel;
        }
        Div panel = panel("The child and the request");
        panel.setId("summary");
        panel.add(definitions(
                "Child", UserText.isolate(d.childName()) + ", born " + Dates.full(d.childDateOfBirth()),
                "School or setting", d.schoolName() == null ? "None recorded" : d.schoolName(),
                "Local authority", d.laName(),
                "Requested by", UserText.isolate(c.getRequesterName()) + " (" + requestedBy(c) + ")",
                "Received on", Dates.full(c.getReceivedOn()),
                "Reasons", c.getReasons(),
                "Evidence gaps", c.getEvidenceGaps() == null ? "None recorded" : c.getEvidenceGaps(),
                "Assigned to", c.getAssignedTo() == null ? "Not assigned yet" : views.nameOf(c.getAssignedTo())));
        if (c.getStage().isClosed() && c.getWithdrawalReason() != null) {
            panel.add(new Paragraph("Withdrawn on " + Dates.full(c.getClosedOn()) + ": " + c.getWithdrawalReason()));
        }
        if (c.getNamedPlacement() != null) {
            planAndReview(panel, c);
        }
        return panel;
    }

    private void planAndReview(Div panel, AssessmentCase c) {
        panel.add(new Paragraph("Final plan issued on " + Dates.full(c.getFinalPlanIssuedOn()) + ", naming " + c.getNamedPlacement() + "."));
        views.review(c.getId(), user).ifPresent(r -> {
            panel.add(reviewLine(r));
            // reg 19(a), reg 20(4): the family's views for the meeting, read before it (after it, with the decision)
            if (r.takesFamilyViews() && r.familyViews() != null) {
                panel.add(FamilyReviewViews.of(r, user.is(uk.ehctracker.directory.Role.PARENT)));
            }
        });
    }

    /** The plan's current review: when it is due, and what it waits for (CFA s44; docs/law.md s9). */
    private static Paragraph reviewLine(uk.ehctracker.review.ReviewService.View r) {
        Paragraph line = new Paragraph("Annual review " + r.cycle() + ": due by " + Dates.full(r.reviewDueBy())
                + (r.transfer() == null ? "" : " (" + r.transfer().label().toLowerCase(java.util.Locale.UK) + " on "
                        + Dates.full(r.movesOn()) + ", reg 18)")
                + ". " + r.nextStep() + ".");
        line.setId("annual-review");
        return line;
    }

    private static String requestedBy(AssessmentCase c) {
        return switch (c.getRequestedBy()) {
            case PARENT -> "parent";
            case YOUNG_PERSON -> "young person";
            case SCHOOL -> "school";
            case OTHER -> "brought to the local authority's attention";
        };
    }

    private Component processPanel(CaseDetail d) {
        Div panel = panel(family() ? "Where your request is" : "Where the process is");
        panel.setId("process");
        panel.add(steps.render(d.id(), d.stage(), family(), user));
        if (d.mayManage()) {
            extras.processDiagram(d.id(), user).ifPresent(panel::add);
        }
        return panel;
    }

    private Component timeline(CaseDetail d, LocalDate today) {
        Div panel = panel("Statutory dates");
        panel.setId("milestones");
        NativeTable table = table("Each statutory step, when it is due and when it was done",
                "Step", "Due", "Done", "Status");
        NativeTableBody body = table.getBody();
        for (MilestoneRow m : d.milestones()) {
            NativeTableRow row = new NativeTableRow();
            // regulation numbers are for staff; a family reads the step in words
            row.add(new NativeTableCell(family() ? m.label() : m.label() + " (" + m.citation() + ")"),
                    new NativeTableCell(Dates.full(m.due())),
                    new NativeTableCell(m.doneOn() == null ? "Not yet" : Dates.full(m.doneOn())));
            NativeTableCell state = new NativeTableCell(Badge.of(m.status()));
            if (m.doneOn() == null && !d.stage().isClosed()) {
                state.add(new Span(" " + Dates.daysLeft(today, m.due(), m.status())));
            }
            if (m.exceptionApplies() && m.status() != StepStatus.EXCEPTION) {
                state.add(new Span(" "), Badge.of(StepStatus.EXCEPTION));
            }
            row.add(state);
            row.getElement().setAttribute("data-limit", m.limit().name());
            body.add(row);
        }
        panel.add(table);
        return panel;
    }

    private Component decisions(CaseDetail d) {
        Div panel = panel("Decisions");
        panel.setId("decisions");
        if (d.decisions().isEmpty()) {
            panel.add(new Paragraph("No decision has been made yet."));
            return panel;
        }
        for (Decision decision : d.decisions()) {
            Div one = new Div();
            one.add(new H3(outcome(decision) + " on " + Dates.full(decision.getDecidedOn())));
            one.add(new Paragraph("Reasons: " + decision.getReasons()));
            if (decision.getNoticeSentOn() != null) {
                one.add(new Paragraph("The letter telling " + (family() ? "you" : "the family") + " was sent on "
                        + Dates.full(decision.getNoticeSentOn()) + "."));
            }
            LocalDate appealBy = views.appealDeadline(decision);
            if (appealBy != null) {
                // HESC Rules r20, r12 (docs/law.md s7): 2 months from the day the letter was sent, or 1 month from a mediation certificate
                one.add(new Paragraph("The last day to appeal to the SEND Tribunal is " + Dates.full(appealBy)
                        + (decision.getMediationCertificateOn() == null ? "."
                                : ", after the mediation certificate dated " + Dates.full(decision.getMediationCertificateOn()) + ".")));
            }
            if (!family()) {
                one.add(new Paragraph("Decided by " + views.nameOf(decision.getDecidedBy()) + "."));
            }
            panel.add(one);
        }
        return panel;
    }

    private static String outcome(Decision decision) {
        return switch (decision.getOutcome()) {
            case ASSESS -> "Decided to carry out an assessment";
            case DO_NOT_ASSESS -> "Decided not to carry out an assessment";
            case ISSUE -> "Decided to issue an EHC plan";
            case DO_NOT_ISSUE -> "Decided not to issue an EHC plan";
        };
    }

    private Component advice(CaseDetail d, LocalDate today) {
        Div panel = panel("Advice");
        panel.setId("advice");
        if (d.advice().isEmpty()) {
            panel.add(new Paragraph("Advice is asked for once the local authority decides to assess."));
            return panel;
        }
        NativeTable table = table("Advice asked for and its status", "Adviser", "Asked for", "Due", "Status");
        for (AdviceRequest a : d.advice()) {
            String state = switch (a.getStatus()) {
                case REQUESTED -> "Waiting, " + Dates.daysLeft(today, a.getDueOn());
                case RECEIVED -> "Received on " + Dates.full(a.getGivenOn());
                case WAIVED -> "Not needed again (existing advice used)";
            };
            NativeTableRow row = new NativeTableRow(new NativeTableCell(a.getKind().label()),
                    new NativeTableCell(Dates.full(a.getRequestedOn())), new NativeTableCell(Dates.full(a.getDueOn())),
                    new NativeTableCell(state));
            row.getElement().setAttribute("data-advice", a.getKind().name());
            table.getBody().add(row);
        }
        panel.add(table);
        EvidencePanels.advice(d.evidence().advice(), family(), 3).forEach(panel::add);
        return panel;
    }

    /** The family's views in full: for the family what they sent, for LA staff what they decide with. */
    private Component familyViews(CaseDetail d) {
        if (!family() && !d.mayManage()) {
            return new Div();
        }
        Div panel = panel(family() ? "Your views" : "The family's views");
        panel.setId("family-views");
        List<CasePages.ViewsRow> views = d.evidence().familyViews();
        if (views.isEmpty()) {
            panel.add(new Paragraph(family() ? "You have not sent us your views yet." : "The family has not sent their views yet."));
        }
        EvidencePanels.views(views, family(), 3).forEach(panel::add);
        if (family() && d.takesFamilyViews()) {
            Anchor give = new Anchor(FamilyViewsView.path(d.id()), views.isEmpty() ? "Give your views" : "Add to your views");
            give.setId("give-views");
            panel.add(new Paragraph(give));
        }
        return panel;
    }

    private Component exceptions(CaseDetail d) {
        Div panel = panel(family() ? "Why some time limits do not apply" : "Exceptions to the time limits");
        panel.setId("exceptions");
        UnorderedList list = new UnorderedList();
        for (TimeLimitException e : d.exceptions()) {
            String text = family() ? e.getReason().familyExplanation()
                    : e.getTimeLimit().label() + ": " + reasonLabel(e.getReason()) + ", from " + Dates.full(e.getFromDate())
                            + (e.getToDate() == null ? "" : " to " + Dates.full(e.getToDate())) + ". " + e.getNote();
            list.add(new ListItem(text));
        }
        panel.add(list);
        return panel;
    }

    private Component draftPlan(CaseDetail d) {
        Div panel = panel("The draft EHC plan");
        panel.setId("draft-plan");
        for (CasePages.PlanRow section : d.draftPlan()) {
            panel.add(new H3(section.title()), new Paragraph(section.content() == null ? "" : section.content()));
        }
        return panel;
    }

    /** The plan as finalised: what the family, the named setting and the API see; each change from the draft beside its section. */
    private Component finalPlan(CaseDetail d) {
        Div panel = panel("Final plan");
        panel.setId("final-plan");
        long caseId = d.id();
        StreamResource pdf = new StreamResource("EHC-plan-" + d.reference() + ".pdf",
                () -> new ByteArrayInputStream(views.finalPlanPdf(caseId, user)));
        pdf.setContentType("application/pdf");
        Anchor download = new Anchor(pdf, "Download the final plan (PDF)");
        download.getElement().setAttribute("download", true);
        download.setId("final-plan-pdf");
        panel.add(new Paragraph(download));
        for (CasePages.PlanRow section : d.finalPlan()) {
            Div part = new Div();
            part.setId("final-plan-" + section.section());
            part.add(new H3("Section " + section.section() + ": " + section.title()),
                    new Paragraph(section.content() == null ? "Nothing in this section." : section.content()));
            if (section.changedFromDraft() != null) {
                Paragraph change = new Paragraph("What changed from the draft, and why: " + section.changedFromDraft());
                change.addClassName("change-note");
                change.setId("final-plan-" + section.section() + "-change");
                part.add(change);
            }
            panel.add(part);
        }
        return panel;
    }

    private Component notes(CaseDetail d) {
        Div panel = panel(family() ? "What has happened" : "Case notes and events");
        panel.setId("events");
        UnorderedList list = new UnorderedList();
        for (CaseEvent e : d.events()) {
            list.add(new ListItem(DateFormats.when(e.getHappenedAt()) + ": " + e.getText()));
        }
        panel.add(list);
        return panel;
    }

    // ---- LA staff actions ----

    private Component staffActions(CaseDetail d) {
        Div panel = panel("Actions");
        panel.setId("actions");
        if (d.stage().isClosed()) {
            panel.add(new Paragraph("This case is closed."));
            return panel;
        }
        Select<StaffOption> assignee = new Select<>();
        assignee.setLabel("Assign to");
        List<StaffOption> staff = views.colleagues(user);
        assignee.setItems(staff);
        assignee.setItemLabelGenerator(StaffOption::name);
        staff.stream().filter(s -> s.username().equals(d.kase().getAssignedTo())).findFirst().ifPresent(assignee::setValue);
        Button assign = new Button("Assign", e -> {
            if (assignee.getValue() == null) {
                assignee.setErrorMessage("Choose a colleague");
                assignee.setInvalid(true);
                return;
            }
            run(() -> assessments.assign(caseId, assignee.getValue().username(), user), "Case assigned to " + assignee.getValue().name());
        });
        assign.setId("assign");
        HorizontalLayout assignRow = new HorizontalLayout(assignee, assign);
        assignRow.setAlignItems(Alignment.BASELINE);

        Button exception = new Button("Record an exception", e -> exceptionDialog().open());
        exception.setId("record-exception");
        Button withdraw = new Button("Withdraw the request", e -> withdrawDialog().open());
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.setId("withdraw");
        HorizontalLayout buttons = new HorizontalLayout(exception, withdraw);
        panel.add(assignRow, buttons);
        return panel;
    }

    /** Dialog to record an exception (reg 5(4), 8(2), 10(4), 13(3)). */
    Dialog exceptionDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Record an exception to a time limit");
        Select<TimeLimit> limit = new Select<>();
        limit.setLabel("Time limit");
        limit.setItems(Arrays.stream(TimeLimit.values()).filter(TimeLimit::exceptionsCanApply).toList());
        limit.setItemLabelGenerator(l -> l.label() + " (" + l.citation() + ")");
        Select<ExceptionReason> reason = new Select<>();
        reason.setLabel("Reason");
        reason.setItems(Arrays.stream(ExceptionReason.values()).filter(r -> !r.historicOnly()).toList());
        reason.setItemLabelGenerator(CaseView::reasonLabel);
        DatePicker from = new DatePicker("From");
        from.setLocale(Locale.UK);
        DatePicker to = new DatePicker("To (if known)");
        to.setLocale(Locale.UK);
        TextArea note = new TextArea("Note and evidence");
        note.setMaxLength(2000);
        note.setWidthFull();
        limit.setRequiredIndicatorVisible(true);
        reason.setRequiredIndicatorVisible(true);
        from.setRequiredIndicatorVisible(true);
        note.setRequiredIndicatorVisible(true);
        VerticalLayout fields = new VerticalLayout(limit, reason, from, to, note);
        fields.setPadding(false);
        dialog.add(fields);
        Map<String, com.vaadin.flow.component.HasValidation> byKey = new HashMap<>();
        byKey.put("limit", limit);
        byKey.put("reason", reason);
        byKey.put("from", from);
        byKey.put("to", to);
        byKey.put("note", note);
        Feedback problems = new Feedback();
        byKey.forEach(problems::field);
        dialog.add(problems);
        Button save = new Button("Record the exception", e -> {
            if (problems.run(() -> assessments.recordException(caseId, new Commands.RecordException(limit.getValue(),
                    reason.getValue(), from.getValue(), to.getValue(), note.getValue()), user),
                    "Exception recorded. The family has been sent a letter about it.")) {
                dialog.close();
                render();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-exception");
        Button cancel = new Button("Cancel", e -> dialog.close());
        dialog.getFooter().add(cancel, save);
        return dialog;
    }

    static String reasonLabel(ExceptionReason reason) {
        return switch (reason) {
            case SETTING_CLOSED -> "School or setting closed for 4 weeks or more";
            case EXCEPTIONAL_PERSONAL_CIRCUMSTANCES -> "Exceptional personal circumstances";
            case ABSENT_FROM_AREA -> "Away from the area for 4 weeks or more";
            case MISSED_APPOINTMENT -> "Appointment missed (advice only)";
            case CORONAVIRUS -> "Coronavirus (2020, historic)";
        } + " (" + reason.citation() + ")";
    }

    Dialog withdrawDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Withdraw the request");
        TextArea reason = new TextArea("Why is the request withdrawn?");
        reason.setMaxLength(2000);
        reason.setWidth("min(32rem, 80vw)");
        reason.setRequiredIndicatorVisible(true);
        dialog.add(new Paragraph("The process stops and the family is told. This cannot be undone."), reason);
        Feedback problems = new Feedback().field("reason", reason);
        dialog.add(problems);
        Button confirm = new Button("Withdraw the request", e -> {
            if (problems.run(() -> assessments.withdraw(caseId, new Commands.Withdraw(reason.getValue()), user),
                    "The request has been withdrawn.")) {
                dialog.close();
                render();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("confirm-withdraw");
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        return dialog;
    }

    private void run(Runnable action, String success) {
        if (feedback.run(action, success)) {
            render();
        }
    }

    // ---- helpers ----

    private static Div panel(String heading) {
        Div panel = new Div();
        panel.addClassName("panel");
        panel.add(new H2(heading));
        return panel;
    }

    static NativeTable table(String caption, String... headings) {
        NativeTable table = new NativeTable();
        table.addClassName("data");
        table.setCaptionText(caption);
        NativeTableHeader header = table.getHead();
        NativeTableRow row = new NativeTableRow();
        for (String h : headings) {
            NativeTableHeaderCell cell = row.addHeaderCell();
            cell.setText(h);
            cell.getElement().setAttribute("scope", "col");
        }
        header.add(row);
        table.getBody();
        return table;
    }

    /** A description list: term, definition, term, definition... */
    static Component definitions(String... pairs) {
        com.vaadin.flow.component.html.DescriptionList list = new com.vaadin.flow.component.html.DescriptionList();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            list.add(new com.vaadin.flow.component.html.DescriptionList.Term(pairs[i]),
                    new com.vaadin.flow.component.html.DescriptionList.Description(Objects.toString(pairs[i + 1], "")));
        }
        return list;
    }
}
