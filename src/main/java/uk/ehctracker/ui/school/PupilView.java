package uk.ehctracker.ui.school;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.casework.CasePages;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.directory.SenStatus;
import uk.ehctracker.review.ReviewService;
import uk.ehctracker.support.Delivery;
import uk.ehctracker.support.NeedType;
import uk.ehctracker.support.ParentMeeting;
import uk.ehctracker.support.ProvisionItem;
import uk.ehctracker.support.ReviewOutcome;
import uk.ehctracker.support.SenNeed;
import uk.ehctracker.support.SenSupportNames.Tasks;
import uk.ehctracker.support.SenSupportService;
import uk.ehctracker.support.SpecialistInvolvement;
import uk.ehctracker.support.SpecialistKind;
import uk.ehctracker.support.SupportCommands;
import uk.ehctracker.support.SupportCycle;
import uk.ehctracker.support.SenSupportQueries;
import uk.ehctracker.support.SupportViews;
import uk.ehctracker.ui.common.Feedback;
import uk.ehctracker.ui.common.NotFound;

/** One pupil's SEN support: the step they are at, needs, cycles, provision and cost, specialists, meetings. */
@Route("school/pupil/:childId")
@RolesAllowed("SENCO")
public class PupilView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CHILD_ID = "childId";

    private final SenSupportService support;
    private final SenSupportQueries supportQueries;
    private final CasePages casePages;
    private final ReviewService reviews;
    private final uk.ehctracker.cessation.CeaseService cessations;
    private final CurrentUser user;
    private final Feedback feedback = new Feedback();
    private long childId;
    private SupportViews.PupilSupport pupil;

    public PupilView(SenSupportService support, SenSupportQueries supportQueries, CasePages casePages, ReviewService reviews,
            uk.ehctracker.cessation.CeaseService cessations, CurrentUsers currentUsers) {
        this.cessations = cessations;
        this.casePages = casePages;
        this.reviews = reviews;
        this.support = support;
        this.supportQueries = supportQueries;
        this.user = currentUsers.require();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            childId = Long.parseLong(event.getRouteParameters().get(CHILD_ID).orElse(""));
            pupil = supportQueries.pupil(childId, user);
        } catch (NumberFormatException | NotFoundException e) {
            // denied reads look like "not found" (docs/architecture.md): nothing about the child is shown
            pupil = null;
            removeAll();
            add(NotFound.of("Pupil"));
            return;
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return (pupil == null ? "Pupil" : pupil.name()) + " | EHC needs assessment tracker";
    }

    private void reload(String message) {
        pupil = supportQueries.pupil(childId, user);
        render();
        feedback.done(message);
    }

    private void render() {
        removeAll();
        feedback.reset();
        add(new H1(pupil.name()), summary(), feedback);
        List<CasePages.TaskRow> asked = casePages.tasksAbout(childId, user);
        if (!asked.isEmpty()) {
            add(AskedOfTheSchool.panel("asked-about-pupil", "Asked of the school by the local authority", asked,
                    casePages.today(), false));
        }
        Optional<CasePages.PlanInForce> plan = casePages.planInForce(childId, user);
        if (plan.isPresent()) {
            // the plan's provision replaces SEN support (SenSupportEndsWithAPlan): the page shows the plan instead
            add(planSection(plan.get()));
        } else if (!pupil.hasRecord() || !pupil.record().isOnSenSupport()) {
            add(placeSection());
        } else {
            add(stepSection(), needsSection());
        }
        if (pupil.hasRecord()) {
            add(cyclesSection(), provisionSection(), specialistsSection(), meetingsSection());
        }
        add(requestSection());
    }

    private Component summary() {
        StringBuilder text = new StringBuilder(Formats.yearGroup(pupil.yearGroup()) + ", " + Formats.text(pupil.schoolName()) + ". ");
        text.append(pupil.senStatus() == SenStatus.EHC_PLAN ? "Has an EHC plan." : pupil.senStatus() == SenStatus.SEN_SUPPORT
                ? "On SEN support." : "Not on the SEN register.");
        if (pupil.hasRecord()) {
            text.append(" Placed on SEN support on ").append(Formats.day(pupil.record().getPlacedOn()))
                    .append("; parents told on ").append(Formats.day(pupil.record().getParentsToldOn())).append(".");
            if (!pupil.record().isOnSenSupport()) {
                text.append(" Left SEN support on ").append(Formats.day(pupil.record().getLeftOn())).append(".");
            }
        }
        Paragraph p = new Paragraph(text.toString());
        p.setId("summary");
        return p;
    }

    // ---- placing on SEN support (Code 6.43) ----

    private Component placeSection() {
        DatePicker placedOn = Feedback.register(feedback, "placedOn", new DatePicker("Placed on SEN support on"));
        DatePicker parentsToldOn = Feedback.register(feedback, "parentsToldOn", new DatePicker("Parents formally told on (Code 6.43)"));
        Select<NeedType> primary = needSelect("primaryNeed", "Primary need");
        Select<NeedType> secondary = needSelect("secondaryNeed", "Secondary need (optional)");
        Button place = new Button("Place on SEN support", e -> {
            if (feedback.run(() -> support.placeOnSenSupport(childId,
                    new SupportCommands.Place(placedOn.getValue(), parentsToldOn.getValue(), needs(primary, secondary)), user))) {
                reload("Placed on SEN support. Next: assess the pupil's needs.");
            }
        });
        place.setId("place");
        place.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return section("Place on SEN support", new Paragraph("Record that the school has decided the pupil has SEN and has told the parents."),
                placedOn, parentsToldOn, primary, secondary, place);
    }

    // ---- the step the pupil's cycle is at ----

    private Component stepSection() {
        if (pupil.waitingAt(Tasks.ASSESS_NEEDS)) {
            return assessForm();
        }
        if (pupil.waitingAt(Tasks.PLAN_SUPPORT)) {
            return planForm();
        }
        if (pupil.waitingAt(Tasks.REVIEW_CYCLE)) {
            return reviewForm();
        }
        if (pupil.waitingAt(Tasks.AGREE_SPECIALIST_INVOLVEMENT)) {
            return agreeSpecialistForm();
        }
        if (pupil.waitingAt(Tasks.RECORD_SPECIALIST_ADVICE)) {
            return adviceForm();
        }
        if (pupil.delivering()) {
            SupportCycle current = pupil.cycles().get(pupil.cycles().size() - 1);
            Button now = new Button("Review now", e -> {
                if (feedback.run(() -> support.bringReviewForward(childId, user))) {
                    reload("The review is open now.");
                }
            });
            now.setId("reviewNow");
            return section("Now: do (Code 6.52)", new Paragraph("The provision is being delivered. The review is due on "
                    + Formats.day(current.getReviewDate()) + "; you will be reminded a week before."), familyViews(current), now);
        }
        return section("Now", new Paragraph("Nothing to do at the moment."));
    }

    private Component assessForm() {
        TextArea notes = Feedback.register(feedback, "assessNotes", textArea("What the assessment found", true));
        TextArea attainment = Feedback.register(feedback, "attainment", textArea("Attainment and progress", false));
        TextArea pupilViews = Feedback.register(feedback, "pupilViews", textArea("The pupil's views", false));
        TextArea parentViews = Feedback.register(feedback, "parentViews", textArea("The parents' views", false));
        Button save = primary("Record the assessment", "saveAssess", () -> support.assess(childId,
                new SupportCommands.Assess(notes.getValue(), attainment.getValue(), pupilViews.getValue(), parentViews.getValue()), user),
                "Assessment recorded. Next: plan the outcomes, provision and review date.");
        return section("Now: assess the pupil's needs (Code 6.45)", notes, attainment, pupilViews, parentViews, save);
    }

    private Component planForm() {
        TextArea outcomes = Feedback.register(feedback, "outcomes", textArea("Outcomes sought", true));
        TextArea provision = Feedback.register(feedback, "provision", textArea("Provision", true));
        DatePicker reviewDate = Feedback.register(feedback, "reviewDate", new DatePicker("Review date"));
        reviewDate.setRequiredIndicatorVisible(true);
        Button save = primary("Record the plan", "savePlan", () -> support.plan(childId,
                new SupportCommands.Plan(outcomes.getValue(), provision.getValue(), reviewDate.getValue()), user),
                "Plan recorded. The review is on the date you set.");
        return section("Now: plan the outcomes, provision and review date (Code 6.48)", outcomes, provision, reviewDate, save);
    }

    private Component reviewForm() {
        TextArea notes = Feedback.register(feedback, "reviewNotes", textArea("What the review found", true));
        RadioButtonGroup<ReviewOutcome> outcome = Feedback.register(feedback, "reviewOutcome", new RadioButtonGroup<>("What happens next"));
        outcome.setItems(ReviewOutcome.values());
        outcome.setItemLabelGenerator(ReviewOutcome::label);
        outcome.setRequiredIndicatorVisible(true);
        Button save = primary("Record the review", "saveReview", () -> support.review(childId,
                new SupportCommands.Review(outcome.getValue(), notes.getValue()), user), "Review recorded.");
        SupportCycle current = pupil.cycles().get(pupil.cycles().size() - 1);
        return section("Now: review the cycle (Code 6.52)", familyViews(current), notes, outcome, save);
    }

    /** What the family sent for this cycle's review from their own page (Code 6.65), or that they have sent nothing yet. */
    private static Component familyViews(SupportCycle current) {
        Div views = new Div();
        views.setId("family-review-views");
        if (current.getFamilyReviewViews() == null) {
            views.add(new Paragraph("The family has not sent their views for this review from their page yet."));
        } else {
            views.add(new Paragraph("The family's views for this review, sent on " + Formats.day(current.getFamilyReviewViewsOn()) + ":"),
                    new Paragraph(current.getFamilyReviewViews()));
        }
        return views;
    }

    private Component agreeSpecialistForm() {
        Select<SpecialistKind> kind = Feedback.register(feedback, "specialistKind", new Select<>());
        kind.setLabel("Specialist");
        kind.setItems(SpecialistKind.values());
        kind.setItemLabelGenerator(SpecialistKind::label);
        RadioButtonGroup<String> agree = Feedback.register(feedback, "parentsAgree", new RadioButtonGroup<>("Do the parents agree?"));
        agree.setItems("Yes", "No");
        DatePicker decidedOn = Feedback.register(feedback, "decidedOn", new DatePicker("Date the parents decided"));
        Button save = primary("Record the parents' decision", "saveAgree", () -> support.agreeSpecialist(childId,
                new SupportCommands.AgreeSpecialist(kind.getValue(), "Yes".equals(agree.getValue()), decidedOn.getValue()), user),
                "The parents' decision is recorded.");
        return section("Now: agree with the parents to involve a specialist (Code 6.58)", kind, agree, decidedOn, save);
    }

    private Component adviceForm() {
        TextArea advice = Feedback.register(feedback, "advice", textArea("The specialist's advice", true));
        DatePicker reportDate = Feedback.register(feedback, "reportDate", new DatePicker("Date of the report"));
        Button save = primary("Record the advice", "saveAdvice", () -> support.recordSpecialistAdvice(childId,
                new SupportCommands.SpecialistAdvice(advice.getValue(), reportDate.getValue()), user),
                "Advice recorded. Next: a new cycle, starting with the assessment.");
        return section("Now: record the specialist's advice (Code 6.59)", advice, reportDate, save);
    }

    // ---- the record ----

    private Component needsSection() {
        UnorderedList list = new UnorderedList();
        for (SenNeed n : pupil.needs()) {
            list.add(new ListItem((n.getRank() == 1 ? "Primary: " : "Rank " + n.getRank() + ": ") + n.getNeedType().name() + ", "
                    + n.getNeedType().label() + (n.getArea() == null ? "" : " (" + n.getArea().label() + ")")));
        }
        Select<NeedType> primary = needSelect("primaryNeed", "Primary need");
        Select<NeedType> secondary = needSelect("secondaryNeed", "Secondary need (optional)");
        if (!pupil.needs().isEmpty()) {
            primary.setValue(pupil.needs().get(0).getNeedType());
        }
        if (pupil.needs().size() > 1) {
            secondary.setValue(pupil.needs().get(1).getNeedType());
        }
        feedback.field("needs", primary);
        Button save = new Button("Save needs", e -> {
            if (feedback.run(() -> support.recordNeeds(childId, needs(primary, secondary), user))) {
                reload("Needs saved.");
            }
        });
        save.setId("saveNeeds");
        Details change = new Details("Change needs", new VerticalLayout(primary, secondary, save));
        return section("Needs", pupil.needs().isEmpty() ? new Paragraph("No needs recorded yet.") : list, change);
    }

    private Component cyclesSection() {
        Grid<SupportCycle> grid = new Grid<>();
        grid.setId("cycles");
        grid.getElement().setAttribute("aria-label", "Cycles of assess, plan, do and review");
        grid.addColumn(SupportCycle::getNumber).setHeader("Cycle").setAutoWidth(true);
        grid.addColumn(SupportCycle::stage).setHeader("Step").setAutoWidth(true);
        grid.addColumn(c -> Formats.text(c.getOutcomes())).setHeader("Outcomes").setFlexGrow(2);
        grid.addColumn(c -> Formats.text(c.getProvision())).setHeader("Provision").setFlexGrow(2);
        grid.addColumn(c -> Formats.day(c.getReviewDate())).setHeader("Review date").setAutoWidth(true);
        grid.addColumn(c -> c.getReviewOutcome() == null ? "" : c.getReviewOutcome().label()).setHeader("Review decided").setAutoWidth(true);
        grid.setItems(pupil.cycles());
        grid.setEmptyStateText("No cycle yet: it starts with the assessment");
        grid.setAllRowsVisible(true);
        long completed = pupil.cycles().stream().filter(SupportCycle::isComplete).count();
        return section("Cycles of assess, plan, do and review (" + completed + " completed)", grid);
    }

    private Component provisionSection() {
        Grid<ProvisionItem> grid = new Grid<>();
        grid.setId("provision");
        grid.getElement().setAttribute("aria-label", "Provision");
        grid.addColumn(ProvisionItem::getIntervention).setHeader("Intervention").setFlexGrow(2);
        grid.addColumn(i -> i.getDelivery().label()).setHeader("Group or individual").setAutoWidth(true);
        grid.addColumn(ProvisionItem::getFrequency).setHeader("How often").setAutoWidth(true);
        grid.addColumn(ProvisionItem::getStaff).setHeader("Staff").setAutoWidth(true);
        grid.addColumn(i -> Formats.day(i.getStartOn()) + " to " + (i.getEndOn() == null ? "ongoing" : Formats.day(i.getEndOn())))
                .setHeader("When").setAutoWidth(true);
        grid.addColumn(i -> Formats.money(i.getYearlyCost())).setHeader("Yearly cost").setAutoWidth(true);
        grid.setItems(pupil.provision());
        grid.setEmptyStateText("No provision recorded yet");
        grid.setAllRowsVisible(true);
        Paragraph cost = new Paragraph("Yearly cost of current provision: " + Formats.money(pupil.yearlyCost()) + " of the "
                + Formats.money(SenSupportQueries.NOTIONAL_SEN_BUDGET_THRESHOLD) + " threshold the school meets from its SEN budget"
                + (pupil.overThreshold() ? ". Over the threshold: the LA may fund the rest through top-up or an EHC plan." : "."));
        cost.setId("yearlyCost");
        List<Component> content = new ArrayList<>(List.of(cost, grid));
        if (pupil.record().isOnSenSupport()) {
            content.add(addProvisionForm());
        }
        return section("Provision", content.toArray(Component[]::new));
    }

    private Component addProvisionForm() {
        TextField intervention = Feedback.register(feedback, "intervention", new TextField("Intervention"));
        Select<Delivery> delivery = Feedback.register(feedback, "delivery", new Select<>());
        delivery.setLabel("Group or individual");
        delivery.setItems(Delivery.values());
        delivery.setItemLabelGenerator(Delivery::label);
        TextField frequency = Feedback.register(feedback, "frequency", new TextField("How often"));
        TextField staff = Feedback.register(feedback, "staff", new TextField("Staff"));
        DatePicker startOn = Feedback.register(feedback, "startOn", new DatePicker("Start date"));
        DatePicker endOn = Feedback.register(feedback, "endOn", new DatePicker("End date (optional)"));
        BigDecimalField cost = Feedback.register(feedback, "yearlyCost", new BigDecimalField("Yearly cost (£)"));
        Button add = new Button("Add provision", e -> {
            if (feedback.run(() -> support.addProvision(childId, new SupportCommands.AddProvision(intervention.getValue(),
                    delivery.getValue(), frequency.getValue(), staff.getValue(), startOn.getValue(), endOn.getValue(), cost.getValue()), user))) {
                reload("Provision added.");
            }
        });
        add.setId("addProvision");
        return new Details("Add provision", new VerticalLayout(intervention, delivery, frequency, staff, startOn, endOn, cost, add));
    }

    private Component specialistsSection() {
        Grid<SpecialistInvolvement> grid = new Grid<>();
        grid.setId("specialists");
        grid.getElement().setAttribute("aria-label", "Specialists");
        grid.addColumn(s -> s.getKind().label()).setHeader("Specialist").setAutoWidth(true);
        grid.addColumn(s -> (s.isParentsAgreed() ? "Agreed " : "Declined ") + Formats.day(s.getParentsAgreedOn()))
                .setHeader("Parents").setAutoWidth(true);
        grid.addColumn(s -> Formats.text(s.getAdvice())).setHeader("Advice").setFlexGrow(3);
        grid.addColumn(s -> Formats.day(s.getReportDate())).setHeader("Report date").setAutoWidth(true);
        grid.setItems(pupil.specialists());
        grid.setEmptyStateText("No specialists involved");
        grid.setAllRowsVisible(true);
        return section("Specialists (Code 6.58-6.59)", pupil.specialists().isEmpty()
                ? new Paragraph("No specialist involved yet. Choose \"Involve a specialist\" at a review.") : grid);
    }

    private Component meetingsSection() {
        Grid<ParentMeeting> grid = new Grid<>();
        grid.setId("meetings");
        grid.getElement().setAttribute("aria-label", "Meetings with the parents");
        grid.addColumn(m -> Formats.day(m.getHeldOn())).setHeader("Date").setAutoWidth(true);
        grid.addColumn(ParentMeeting::getNotes).setHeader("Notes").setFlexGrow(3);
        grid.setItems(pupil.meetings());
        grid.setEmptyStateText("No meetings with the parents recorded yet");
        grid.setAllRowsVisible(true);
        List<Component> content = new ArrayList<>(List.of(new Paragraph("Meet the parents at least three times a year (Code 6.65)."), grid));
        if (pupil.record().isOnSenSupport()) {
            DatePicker heldOn = Feedback.register(feedback, "heldOn", new DatePicker("Date of the meeting"));
            TextArea notes = Feedback.register(feedback, "notes", textArea("Notes", true));
            Button add = new Button("Record the meeting", e -> {
                if (feedback.run(() -> support.recordMeeting(childId, new SupportCommands.Meeting(heldOn.getValue(), notes.getValue()), user))) {
                    reload("Meeting recorded.");
                }
            });
            add.setId("addMeeting");
            content.add(new Details("Record a meeting", new VerticalLayout(heldOn, notes, add)));
        }
        return section("Meetings with the parents", content.toArray(Component[]::new));
    }

    private Component planSection(CasePages.PlanInForce plan) {
        List<Component> content = new ArrayList<>();
        content.add(new Paragraph("Final EHC plan issued on " + Formats.day(plan.issuedOn()) + " (reference " + plan.reference() + ")"
                + (plan.namedPlacement() == null ? "." : ", naming " + plan.namedPlacement() + ".")));
        Paragraph review = new Paragraph("The next annual review must be held, and decided, by " + Formats.day(plan.reviewDueBy())
                + " (CFA s44(1): within 12 months of the plan or the last review; earlier before a move to a new school, reg 18).");
        review.setId("review-due");
        content.add(review);
        // reg 20: the setting arranges and holds the review, and sends its report
        casePages.review(plan.caseId(), user).ifPresent(r -> content.add(new SettingReviewPanel(plan.caseId(), r, reviews, user,
                () -> reload("Recorded."))));
        // CFA s45; reg 31(1)(c): the school is consulted on ceasing the plan, and reads what follows
        cessations.view(plan.caseId(), user).ifPresent(v -> content.add(new uk.ehctracker.ui.cases.CeasePanel(plan.caseId(), v, false,
                cessations, user, false, false, casePages.today(), () -> reload("Recorded."))));
        if (plan.readable()) {
            content.add(new H3("Outcomes (section E)"));
            content.add(new Paragraph(plan.outcomes().isBlank() ? "Nothing in this section." : plan.outcomes()));
            content.add(new H3("Special educational provision (section F)"));
            content.add(new Paragraph(plan.provision().isBlank() ? "Nothing in this section." : plan.provision()));
        } else {
            content.add(new Paragraph("The plan names another school or setting: the local authority sends the plan to the setting it names."));
        }
        Component section = section("The EHC plan", content.toArray(Component[]::new));
        section.setId("ehc-plan");
        return section;
    }

    private Component requestSection() {
        List<Component> content = new ArrayList<>();
        if (pupil.hasRecord() && pupil.record().getRequestCaseId() != null) {
            content.add(new Paragraph("The school asked the local authority for an EHC needs assessment on "
                    + Formats.day(pupil.record().getRequestedOn()) + "."));
        }
        if (pupil.senStatus() != SenStatus.EHC_PLAN) {
            content.add(new RouterLink("Request an EHC needs assessment", RequestAssessmentView.class,
                    new RouteParameters(CHILD_ID, Long.toString(childId))));
        }
        return section("EHC needs assessment", content.toArray(Component[]::new));
    }

    // ---- helpers ----

    private Button primary(String label, String id, Runnable command, String done) {
        Button b = new Button(label, e -> {
            if (feedback.run(command)) {
                reload(done);
            }
        });
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return b;
    }

    private static TextArea textArea(String label, boolean required) {
        TextArea area = new TextArea(label);
        area.setWidthFull();
        area.setMaxLength(20000);
        area.setRequiredIndicatorVisible(required);
        return area;
    }

    private static Select<NeedType> needSelect(String id, String label) {
        Select<NeedType> s = new Select<>();
        s.setId(id);
        s.setLabel(label);
        s.setItems(NeedType.values());
        s.setEmptySelectionAllowed(true);
        s.setItemLabelGenerator(n -> n == null ? "None" : n.name() + ": " + n.label());
        return s;
    }

    private static List<NeedType> needs(Select<NeedType> primary, Select<NeedType> secondary) {
        List<NeedType> list = new ArrayList<>();
        if (primary.getValue() != null) {
            list.add(primary.getValue());
        }
        if (secondary.getValue() != null) {
            list.add(secondary.getValue());
        }
        return list;
    }

    private static Component section(String title, Component... content) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.add(new H2(title));
        section.add(content);
        return section;
    }
}
