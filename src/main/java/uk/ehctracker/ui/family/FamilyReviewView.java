package uk.ehctracker.ui.family;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Optional;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.casework.CasePages;
import uk.ehctracker.casework.CasePages.CaseDetail;
import uk.ehctracker.cessation.CeaseService;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.review.FamilyViews;
import uk.ehctracker.review.ReviewService;
import uk.ehctracker.statutory.SchoolYear;
import uk.ehctracker.ui.cases.FamilyReviewViews;
import uk.ehctracker.ui.cases.RecordForms;
import uk.ehctracker.ui.common.Dates;
import uk.ehctracker.ui.common.Feedback;
import uk.ehctracker.ui.common.NotFound;
import uk.ehctracker.ui.common.UserText;

/**
 * {@code /family/review/:caseId}: the family's own page about the EHC plan's annual review and, when
 * the council is considering ending the plan, about that (docs/law.md s9). For the review: when it
 * is due, the meeting's day, who is invited (reg 20(2)), that the advice and information, their
 * views among it, go to everyone at least 2 weeks before the meeting (reg 20(3), (4)), what to
 * prepare, and their views in their own words (reg 19(a)) until the meeting. For ceasing: why it is
 * proposed, the day the council asks for their views by, and their views (reg 31(1)). The views are
 * the child's parent's or, over compulsory school age, the young person's own (CFA s80: the access
 * policy decides). A case the person may not see is "not found".
 */
@Route("family/review")
@RolesAllowed("PARENT")
public class FamilyReviewView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CasePages views;
    private final ReviewService reviews;
    private final CeaseService cessations;
    private final CurrentUser user;
    private long caseId;
    private String title = "The plan's annual review";

    public FamilyReviewView(CasePages views, ReviewService reviews, CeaseService cessations, CurrentUsers users) {
        this.views = views;
        this.reviews = reviews;
        this.cessations = cessations;
        this.user = users.require();
        addClassName("page");
    }

    /** The route of the page for one case's plan. */
    public static String path(long caseId) {
        return "family/review/" + caseId;
    }

    @Override
    public String getPageTitle() {
        return title + " | EHC needs assessment tracker";
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        caseId = id == null ? -1 : id;
        render();
    }

    private boolean youngPerson() {
        return user.childId() != null;
    }

    private void render() {
        removeAll();
        CaseDetail d;
        Optional<ReviewService.View> review;
        try {
            d = views.detail(caseId, user);
            review = reviews.view(caseId, user);
        } catch (NotFoundException e) {
            title = "Plan not found";
            add(NotFound.of("Plan"));
            return;
        }
        String child = youngPerson() ? "you" : d.childFirstName();
        title = youngPerson() ? "Your EHC plan's review: your views" : UserText.isolate(d.childFirstName()) + "'s EHC plan: your views";
        add(new H1(title));
        add(new Paragraph("This is about " + (youngPerson() ? "your" : UserText.isolate(d.childName()) + "'s") + " EHC plan (reference "
                + d.reference() + ")."));
        LocalDate today = views.today();
        Optional<CeaseService.View> cease = cessations.view(caseId, user).filter(v -> v.ceasedOn() == null && v.keptOn() == null);
        cease.ifPresent(v -> add(ceasing(v, child)));
        review.ifPresentOrElse(r -> {
            add(dates(r, d, child));
            if (r.takesFamilyViews()) {
                add(invited(d, child));
                add(prepare(r, d, child, today));
            }
            add(viewsPanel(r, d, child));
        }, () -> add(new Paragraph("There is no annual review of this plan to prepare for.")));
        add(new Paragraph(new Anchor("cases/" + d.id(), "See everything about this plan")));
        add(new Paragraph(new Anchor("family", youngPerson() ? "Back to my page" : "Back to my requests")));
    }

    /** When: the review's last day, the meeting, the advice, and (for a move between schools) reg 18's date. */
    private Div dates(ReviewService.View r, CaseDetail d, String child) {
        Div panel = panel("review-dates", "When");
        if (r.meetingHeldOn() != null) {
            panel.add(line("review-meeting-held", "The review meeting was held on " + Dates.full(r.meetingHeldOn()) + "."));
            if (r.outcome() == null) {
                // reg 20(10): the council decides within 4 weeks of the meeting
                panel.add(line("review-decision-due", "The council will tell you by " + Dates.full(r.decisionDueBy())
                        + " whether it will keep the plan as it is, change it, or propose to end it."));
            } else {
                panel.add(line("review-decided", "On " + Dates.full(r.decidedOn()) + " the council decided: " + decisionWords(r)
                        + ". Read it on the plan's page."));
            }
            return panel;
        }
        if (r.meetingOn() != null) {
            panel.add(line("review-meeting-on", "The review meeting is on " + Dates.full(r.meetingOn()) + ". The invitations were sent on "
                    + Dates.full(r.invitationsSentOn()) + "."));
            // reg 20(4): the advice and information to everyone invited at least 2 weeks before the meeting
            panel.add(line("review-advice-by", r.adviceCirculatedOn() != null
                    ? "The advice and information for the meeting, with your views, was sent to everyone invited on "
                            + Dates.full(r.adviceCirculatedOn()) + "."
                    : "Everyone invited, you too, will be sent the advice and information gathered for the meeting, with your views, by "
                            + Dates.full(r.adviceDueBy()) + ": at least 2 weeks before the meeting."));
        } else {
            // CFA s44(1); reg 20(3), (4)
            panel.add(line("review-due-by", "The next annual review of the plan must be held, and decided by the council, by "
                    + Dates.full(r.reviewDueBy()) + "."));
            panel.add(line("review-notice", "The school or setting will invite you to the review meeting at least 2 weeks before it,"
                    + " and send you the advice and information gathered for it, with your views, at least 2 weeks before it too."));
        }
        if (r.transfer() != null && r.transferDeadline() != null) {
            // reg 18(1): the plan reviewed and amended, naming the next school, before 15 February (31 March for post-16)
            panel.add(line("review-transfer", (youngPerson() ? "You move" : UserText.isolate(d.childFirstName()) + " moves") + " ("
                    + r.transfer().label().toLowerCase(java.util.Locale.UK) + ") on " + Dates.full(r.movesOn())
                    + ". The plan must be reviewed and changed to name the new school or college by " + Dates.full(r.transferDeadline())
                    + "."));
        }
        return panel;
    }

    private static String decisionWords(ReviewService.View r) {
        return switch (r.outcome()) {
            case KEEP -> "to keep the plan as it is";
            case AMEND -> "to change the plan";
            case CEASE -> "to propose ending the plan";
        };
    }

    /** reg 20(2): who must be invited to the meeting. */
    private Div invited(CaseDetail d, String child) {
        Div panel = panel("review-invited", "Who will be invited");
        UnorderedList list = new UnorderedList();
        list.add(new ListItem(youngPerson() ? "You" : "You, as " + UserText.isolate(d.childFirstName()) + "'s parent"));
        String school = d.kase().getChild().getSchool() == null ? null : d.kase().getChild().getSchool().getName();
        list.add(new ListItem(school == null ? "The head teacher or principal of " + (youngPerson() ? "your" : "the") + " school or college"
                : "The head teacher of " + UserText.isolate(school) + ", or someone for them such as the SENCO"));
        list.add(new ListItem("An officer of " + UserText.isolate(d.laName()) + "'s special educational needs team"));
        list.add(new ListItem("A health professional named by the NHS"));
        list.add(new ListItem("An officer of " + UserText.isolate(d.laName()) + "'s social care team"));
        panel.add(list);
        panel.add(new Paragraph("Not everyone invited always comes. You can ask the school to invite someone else who knows "
                + child + ", such as a therapist, and you can bring someone with you."));
        return panel;
    }

    /** What to prepare: the questions the meeting considers (reg 20(5), (6)) and what to ask for. */
    private Div prepare(ReviewService.View r, CaseDetail d, String child, LocalDate today) {
        Div panel = panel("review-prepare", "What to prepare");
        UnorderedList list = new UnorderedList();
        // reg 20(5): progress towards the outcomes in the plan, and whether they still fit
        list.add(new ListItem("Is " + child + " making progress towards the outcomes in section E of the plan? Do they still fit?"));
        list.add(new ListItem("Is the support in section F being given, as often as the plan says, and is it helping?"));
        list.add(new ListItem("Has anything changed at home, at school or in " + (youngPerson() ? "your" : "their") + " health since the plan"
                + " was written?"));
        LocalDate on = r.meetingOn() != null ? r.meetingOn() : r.reviewDueBy();
        if (d.childDateOfBirth() != null && SchoolYear.yearGroup(d.childDateOfBirth(), on) >= 9) {
            // reg 20(6): from year 9 the meeting considers preparing for adulthood and independent living
            list.add(new ListItem("From year 9 the meeting also looks at preparing for adult life: further study or work, living"
                    + " independently, friends and being part of the community, and good health."));
        }
        list.add(new ListItem("If you have not been sent the reports 2 weeks before the meeting, ask the school for them."));
        panel.add(list);
        return panel;
    }

    /** The family's views in their own words (reg 19(a)), with what they sent before. */
    private Div viewsPanel(ReviewService.View r, CaseDetail d, String child) {
        Div panel = panel("review-views", youngPerson() ? "Your views" : "Your views, and " + UserText.isolate(d.childFirstName()) + "'s");
        // CFA s80: a parent reads a young person's views as theirs, not as "you sent"
        boolean mayGive = reviews.mayGiveViews(caseId, user);
        if (r.familyViews() != null) {
            panel.add(FamilyReviewViews.of(r, mayGive));
        }
        if (!r.takesFamilyViews()) {
            if (r.familyViews() == null) {
                panel.add(new Paragraph("The review meeting has been held, so views for it are no longer taken here."));
            }
            return panel;
        }
        if (!mayGive) {
            // CFA s80, s83(2): over compulsory school age the views are the young person's own
            panel.add(line("review-views-young-person", UserText.isolate(d.childFirstName()) + " is over compulsory school age, so the"
                    + " views for the review are " + UserText.isolate(d.childFirstName()) + "'s own to give. They can sign in for"
                    + " themselves, or tell the school or the council."));
            return panel;
        }
        panel.add(new Paragraph("Tell us, in your own words, before the meeting. The school sends your views to everyone invited"
                + (r.adviceDueBy() == null ? "" : " by " + Dates.full(r.adviceDueBy())) + ", and the council reads them when it decides."
                + " Answer as many questions as you like. You can change your answers until the meeting."));
        FamilyViews earlier = r.familyViews();
        Feedback feedback = new Feedback();
        TextArea goingWell = area(feedback, FamilyViews.GOING_WELL, "What is going well for " + child + "?",
                earlier == null ? null : earlier.goingWell());
        TextArea hard = area(feedback, FamilyViews.HARD, "What is hard for " + child + " at the moment?",
                earlier == null ? null : earlier.hard());
        TextArea toChange = area(feedback, FamilyViews.TO_CHANGE, "What would you like to change in the plan or in the support?",
                earlier == null ? null : earlier.toChange());
        TextArea childsOwn = area(feedback, FamilyViews.CHILDS_OWN, youngPerson() ? "What do you hope for, now and when you are older?"
                : "What does " + child + " say? What do they like, what do they find hard, what do they hope for?",
                earlier == null ? null : earlier.childsOwn());
        RecordForms.add(panel, this::render, "send-review-views", earlier == null ? "Send your views" : "Send your new answers", feedback,
                () -> reviews.giveViewsForReview(caseId, new FamilyViews(goingWell.getValue(), hard.getValue(), toChange.getValue(),
                        childsOwn.getValue()), user), goingWell, hard, toChange, childsOwn);
        return panel;
    }

    /** reg 31(1): the council is considering ending the plan; the family reads why and gives its views. */
    private Div ceasing(CeaseService.View v, String child) {
        Div panel = panel("cease-views", "The council is considering ending the plan");
        panel.add(line("cease-why", "On " + Dates.full(v.proposedOn()) + " the council said it is considering ending the plan"
                + (v.proposedAtReview() ? ", after the annual review" : "") + ". Why: " + UserText.isolate(v.proposalReason())));
        if (v.decidedOn() != null) {
            panel.add(new Paragraph("The council has decided. Read its decision and what you can do on the plan's page."));
            return panel;
        }
        if (v.familyToldOn() == null) {
            panel.add(new Paragraph("Before it decides, the council will tell you and ask for your views."));
            return panel;
        }
        // [practice] reg 31 sets no period: the council's own date, never put as a legal limit
        panel.add(line("cease-views-by", "The council asks for your views by " + Dates.full(v.responsesDueBy()) + ". This is the"
                + " council's own date: it must ask you, and the school or college, before it decides. The plan stays in place while it"
                + " decides, and if it decides to end the plan you can appeal."));
        if (v.familyResponse() != null) {
            panel.add(line("cease-views-sent", (v.familyResponseOn() == null ? "Your views" : "Your views, received on "
                    + Dates.full(v.familyResponseOn())) + ": " + UserText.isolate(v.familyResponse())));
        }
        if (!cessations.mayGiveViews(caseId, user)) {
            panel.add(new Paragraph("Over compulsory school age the views are the young person's own to give."));
            return panel;
        }
        Feedback feedback = new Feedback();
        TextArea views = area(feedback, "familyViews", "What do you think about ending " + (youngPerson() ? "your" : child + "'s")
                + " plan, and why?", null);
        views.setRequiredIndicatorVisible(true);
        RecordForms.add(panel, this::render, "send-cease-views", v.familyResponse() == null ? "Send your views" : "Send your views again",
                feedback, () -> cessations.giveFamilyViews(caseId, views.getValue(), user), views);
        return panel;
    }

    private static TextArea area(Feedback feedback, String key, String label, String value) {
        TextArea area = Feedback.register(feedback, key, new TextArea(label));
        area.setWidthFull();
        area.setMinHeight("6em");
        area.setMaxLength(uk.ehctracker.common.Checks.LONG_TEXT);
        if (value != null) {
            area.setValue(value);
        }
        return area;
    }

    private static Div panel(String id, String heading) {
        Div panel = new Div();
        panel.addClassName("panel");
        panel.setId(id);
        panel.add(new H2(heading));
        return panel;
    }

    private static Paragraph line(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        return p;
    }
}
