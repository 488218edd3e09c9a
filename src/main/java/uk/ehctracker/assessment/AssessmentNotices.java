package uk.ehctracker.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.directory.Child;
import uk.ehctracker.directory.Contact;
import uk.ehctracker.directory.LocalAuthority;
import uk.ehctracker.directory.School;
import uk.ehctracker.letters.LetterFacts;
import uk.ehctracker.letters.LetterService;
import uk.ehctracker.letters.NoticeType;
import uk.ehctracker.letters.RecipientRole;
import uk.ehctracker.statutory.CompulsorySchoolAge;
import uk.ehctracker.statutory.ExceptionReason;
import uk.ehctracker.statutory.StatutoryClock;

/**
 * Gathers a case's facts for a notice and sends it to everyone the law names, through the
 * letters package (which stores each letter and queues its e-mail).
 */
@Component
@Transactional
public class AssessmentNotices {

    private final AssessmentCaseRepository cases;
    private final DecisionRepository decisions;
    private final TimeLimitExceptionRepository exceptions;
    private final PlanSectionRepository planSections;
    private final CaseTimeline timeline;
    private final LetterService letters;
    private final java.time.Clock clock;
    private final uk.ehctracker.calendar.EnglandCalendar calendar;
    private final String signInUrl;

    AssessmentNotices(AssessmentCaseRepository cases, DecisionRepository decisions, TimeLimitExceptionRepository exceptions,
            PlanSectionRepository planSections, CaseTimeline timeline, LetterService letters,
            java.time.Clock clock, @Value("${ehc.public-url}") String publicUrl, uk.ehctracker.calendar.EnglandCalendar calendar) {
        this.calendar = calendar;
        this.clock = clock;
        this.cases = cases;
        this.decisions = decisions;
        this.exceptions = exceptions;
        this.planSections = planSections;
        this.timeline = timeline;
        this.letters = letters;
        this.signInUrl = publicUrl + "/login";
    }

    public void send(long caseId, NoticeType type) {
        AssessmentCase c = cases.findById(caseId).orElseThrow(() -> new NotFoundException("Case"));
        // docs/law.md s8: child or young person is decided for the date of each notice
        boolean youngPerson = CompulsorySchoolAge.isYoungPerson(c.getChild().getDateOfBirth(), StatutoryClock.today(clock));
        LetterFacts facts = facts(c, type, youngPerson);
        issueAll(caseId, type, recipients(c, type, facts, youngPerson));
    }

    /**
     * A notice about the plan once made (its review, its amendment, ceasing it), with the facts its
     * feature adds to the case's: to the family as every notice goes (CFA s80 for a young person),
     * and, when {@code toSettingAndHealth}, to the governing body, proprietor or principal of the
     * child's school or college and to the responsible commissioning body (reg 22(3); reg 31(2)).
     * Sent today: the date the letter bears is the day the law counts from.
     */
    public void sendAboutPlan(long caseId, NoticeType type, java.util.function.Consumer<LetterFacts.Builder> about,
            boolean toSettingAndHealth) {
        AssessmentCase c = cases.findById(caseId).orElseThrow(() -> new NotFoundException("Case"));
        boolean youngPerson = CompulsorySchoolAge.isYoungPerson(c.getChild().getDateOfBirth(), StatutoryClock.today(clock));
        LetterFacts.Builder b = familyFacts(c, youngPerson);
        about.accept(b);
        LetterFacts family = b.build();
        List<LetterFacts> to = family(c, family, youngPerson);
        if (toSettingAndHealth) {
            School setting = c.getChild().getSchool();
            if (setting != null) {
                to.add(family.to(governors(setting.getName()), RecipientRole.SCHOOL, setting.getEmail()));
            }
            to.add(healthBody(c, family));
        }
        issueAll(caseId, type, to);
    }

    private void issueAll(long caseId, NoticeType type, List<LetterFacts> recipients) {
        for (LetterFacts to : recipients) {
            letters.issue(caseId, type, to);
        }
        timeline.record(caseId, CaseEventKind.LETTER, "Letter sent: " + type.subject() + " (" + recipients.size()
                + (recipients.size() == 1 ? " recipient)" : " recipients)"), null);
    }

    private LetterFacts.Builder familyFacts(AssessmentCase c, boolean youngPerson) {
        Child child = c.getChild();
        LocalAuthority la = c.getLocalAuthority();
        return LetterFacts.builder()
                .caseReference(c.reference())
                .child(child.getFullName(), child.getDateOfBirth())
                .laName(la.getName())
                .recipient(youngPerson ? child.getFullName() : child.getFamily().getName(),
                        youngPerson ? RecipientRole.YOUNG_PERSON : RecipientRole.PARENT, familyEmail(c, youngPerson))
                .receivedOn(c.getReceivedOn())
                .mediationAdviser(contact(la.getMediationAdviser()))
                .iasService(contact(la.getIasService()))
                .signInUrl(signInUrl);
    }

    private LetterFacts facts(AssessmentCase c, NoticeType type, boolean youngPerson) {
        LetterFacts.Builder b = familyFacts(c, youngPerson);
        switch (type) {
            // reg 5(1): the LA tells the family within 6 weeks whether it will assess
            case CONSIDERING_ASSESSMENT -> b.dueDate(c.getDecisionToAssessDue());
            // reg 13(2): a final plan, if one is made, within 20 weeks of the request
            case DECISION_TO_ASSESS -> {
                b.dueDate(c.getFinalPlanDue());
                // the day the decision was made (the letter itself is dated the day it is sent), and
                // the reasons the caseworker wrote, which the form says the letter quotes
                latestDecision(c, DecisionOutcome.Kind.WHETHER_TO_ASSESS)
                        .ifPresent(d -> b.decisionOn(d.getDecidedOn()).reasons(d.getReasons()));
            }
            // reg 44; reg 45(3), (3A): the order's 10 and 14 weeks, counted from the order or the concession
            case ORDERED_ASSESSMENT -> b.decisionOn(c.getOrderedOn()).dueDate(c.getFinalPlanDue())
                    .reasons(AssessmentService.orderedWords(c) + ". If we decide not to issue a plan, we will tell you by "
                            + uk.ehctracker.common.DateFormats.full(c.getDecisionNotToIssueDue()) + ".");
            case DECISION_NOT_TO_ASSESS -> decisionFacts(b, c, DecisionOutcome.Kind.WHETHER_TO_ASSESS);
            case DECISION_NOT_TO_ISSUE -> decisionFacts(b, c, DecisionOutcome.Kind.WHETHER_TO_ISSUE);
            // HESC Rules r20, r12: the deadline recomputed from the certificate of the decision it is about
            case APPEAL_DEADLINE_AFTER_MEDIATION -> latestAppealable(c).ifPresent(d ->
                    b.decisionOn(d.getDecidedOn()).dueDate(d.getMediationCertificateOn()).appealDeadline(d.appealDeadline(calendar.workingDays())));
            // reg 13(1): the last of the 15 days, beginning with the day served
            case DRAFT_PLAN -> {
                b.dueDate(c.getDraftCommentsDue());
                // the decision to issue sends no notice of its own: its reasons go with the draft (as its form says)
                // (after an order to make a plan the latest is the refusal the Tribunal overturned: not quoted, reg 44)
                latestDecision(c, DecisionOutcome.Kind.WHETHER_TO_ISSUE).filter(d -> d.getOutcome() == DecisionOutcome.ISSUE)
                        .ifPresent(d -> b.reasons(d.getReasons()));
            }
            // CFA s39(2), s40(3): the reply date the LA asks for (15 days, usual practice)
            case CONSULTATION -> b.dueDate(c.getConsultationDue());
            case FINAL_PLAN -> {
                // reg 14; HESC Rules r20, r12 (docs/law.md s7): 2 months from the day the plan is sent
                b.decisionOn(c.getFinalPlanIssuedOn())
                        .reasons(finalPlanReasons(c))
                        .appealDeadline(c.finalPlanAppealDeadline(calendar.workingDays()));
            }
            case WITHDRAWAL -> b.reasons(c.getWithdrawalReason());
            case EXCEPTION_APPLIED -> latestException(c).ifPresent(e -> b.exceptionExplanation(e.familyExplanation()));
        }
        return b.build();
    }

    /**
     * Why the final plan says what it does: the school or institution it names and, for each
     * section changed from the draft, what changed and why, as the caseworker wrote it (reg 13(1):
     * the family's comments considered).
     */
    private String finalPlanReasons(AssessmentCase c) {
        StringBuilder reasons = new StringBuilder("The final plan names " + c.getNamedPlacement() + " in section I.");
        for (PlanSection s : planSections.findByCaseIdAndPlanVersionOrderBySectionAsc(c.getId(), PlanSection.PlanVersion.FINAL)) {
            if (s.getChangedFromDraft() != null) {
                reasons.append("\nSection ").append(s.getSection().name()).append(": ").append(s.getChangedFromDraft());
            }
        }
        return reasons.toString();
    }

    private void decisionFacts(LetterFacts.Builder b, AssessmentCase c, DecisionOutcome.Kind kind) {
        Decision d = latestDecision(c, kind)
                .orElseThrow(() -> new IllegalStateException("No decision recorded on case " + c.getId()));
        // HESC Rules r20 (docs/law.md s7): the decision's deadline runs from the day its notice is
        // sent, which is the day this letter is issued
        b.decisionOn(d.getDecidedOn()).reasons(d.getReasons()).appealDeadline(d.appealDeadline(calendar.workingDays()));
    }

    /** The case's latest decision, if the family may appeal against it (CFA s51(2)). */
    Optional<Decision> latestAppealable(AssessmentCase c) {
        return decisions.findByCaseIdOrderByDecidedOnAscIdAsc(c.getId()).stream()
                .reduce((first, second) -> second)
                .filter(Decision::isAppealable);
    }

    private Optional<Decision> latestDecision(AssessmentCase c, DecisionOutcome.Kind kind) {
        return decisions.findByCaseIdOrderByDecidedOnAscIdAsc(c.getId()).stream()
                .filter(x -> x.getKind() == kind)
                .reduce((first, second) -> second);
    }

    private Optional<ExceptionReason> latestException(AssessmentCase c) {
        return exceptions.findByCaseIdOrderByFromDateAsc(c.getId()).stream()
                .max(Comparator.comparing(TimeLimitException::getId))
                .map(TimeLimitException::getReason);
    }

    /**
     * The parent, or the young person over compulsory school age with, as they wish, their parent
     * and a representative acting for them: whoever every notice goes to.
     */
    private static List<LetterFacts> family(AssessmentCase c, LetterFacts family, boolean youngPerson) {
        List<LetterFacts> to = new ArrayList<>();
        to.add(family);
        if (youngPerson) {
            Child child = c.getChild();
            // CFA s80; docs/law.md s8: the parent is copied only with the young person's agreement...
            if (child.isParentCopiesAgreed()) {
                to.add(family.to(child.getFamily().getName(), RecipientRole.PARENT, child.getFamily().getEmail()));
            }
            // ...or where a representative acts for a young person who lacks capacity
            if (child.getRepresentativeName() != null) {
                to.add(family.to(child.getRepresentativeName(), RecipientRole.REPRESENTATIVE, child.getRepresentativeEmail()));
            }
        }
        return to;
    }

    /**
     * The parent, or the young person over compulsory school age, always; the reg 4(2) persons for
     * the notices reg 4 and reg 5 require them to get.
     */
    private List<LetterFacts> recipients(AssessmentCase c, NoticeType type, LetterFacts family, boolean youngPerson) {
        if (type == NoticeType.CONSULTATION) {
            return consulted(c, family);
        }
        List<LetterFacts> to = family(c, family, youngPerson);
        boolean reg42Persons = type == NoticeType.CONSIDERING_ASSESSMENT
                || type == NoticeType.DECISION_TO_ASSESS || type == NoticeType.ORDERED_ASSESSMENT || type == NoticeType.DECISION_NOT_TO_ASSESS;
        if (reg42Persons) {
            // reg 4(2): the health commissioning body, LA social care, and the head teacher or principal
            LocalAuthority la = c.getLocalAuthority();
            to.add(healthBody(c, family));
            to.add(reg42Body(family, la.getSocialCare(), la.getName() + " children's social care", RecipientRole.SOCIAL_CARE));
            if (c.getSchool() != null) {
                to.add(family.to("Head teacher, " + c.getSchool().getName(), RecipientRole.HEAD_TEACHER, c.getSchool().getEmail()));
            }
        }
        if (type == NoticeType.FINAL_PLAN) {
            // reg 13(2); CFA s40(5): the final plan also goes to the named setting and to the
            // responsible commissioning body (health)
            School named = namedSetting(c);
            if (!c.isNamedPlacementTypeOnly()) {
                to.add(family.to(governors(named == null ? c.getNamedPlacement() : named.getName()), RecipientRole.SCHOOL,
                        named == null ? null : named.getEmail()));
            }
            to.add(healthBody(c, family));
        }
        return to;
    }

    /**
     * CFA s39(2), s40(3): the governing body, proprietor or principal of the setting consulted
     * and, where another LA maintains it, that LA. Not the family: the request is the setting's.
     */
    private static List<LetterFacts> consulted(AssessmentCase c, LetterFacts family) {
        School known = c.getConsultedSchool();
        List<LetterFacts> to = new ArrayList<>();
        to.add(family.to(governors(c.getConsultedSetting()), RecipientRole.SCHOOL, known == null ? null : known.getEmail()));
        if (known != null && !known.getLocalAuthority().getId().equals(c.getLocalAuthority().getId())) {
            // e-mailed to its SEN team when the directory has their address; else stored only
            to.add(family.to(known.getLocalAuthority().getName() + " (the local authority that maintains "
                    + known.getName() + ")", RecipientRole.MAINTAINING_LA, known.getLocalAuthority().getSenTeamEmail()));
        }
        return to;
    }

    /** The setting the final plan names, when the directory knows it: the one consulted (CFA s39, s40); none for a type (s40(2)). */
    private static School namedSetting(AssessmentCase c) {
        return c.isNamedPlacementTypeOnly() ? null : c.getConsultedSchool();
    }

    private static String governors(String setting) {
        return "Governing body, proprietor or principal of " + setting;
    }

    /** The responsible commissioning body (health) of the case's LA. */
    private static LetterFacts healthBody(AssessmentCase c, LetterFacts family) {
        LocalAuthority la = c.getLocalAuthority();
        return reg42Body(family, la.getHealthBody(), "Integrated care board (health) for " + la.getName(), RecipientRole.HEALTH_BODY);
    }

    /** A reg 4(2) body as the LA recorded it (LaContacts), e-mailed if it has an address; else its generic name, stored only. */
    private static LetterFacts reg42Body(LetterFacts family, Contact recorded, String genericName, RecipientRole role) {
        return recorded == null ? family.to(genericName, role, null) : family.to(recorded.name(), role, recorded.email());
    }

    /**
     * Where the notice's e-mail goes: the parent's (the family's) address for a child; for a young
     * person their own, or the family's where they asked for the assessment themselves from it.
     */
    private static String familyEmail(AssessmentCase c, boolean youngPerson) {
        Child child = c.getChild();
        if (!youngPerson) {
            return child.getFamily().getEmail();
        }
        if (child.getYoungPersonEmail() != null) {
            return child.getYoungPersonEmail();
        }
        return c.getRequestedBy() == RequestedBy.YOUNG_PERSON ? child.getFamily().getEmail() : null;
    }

    private static uk.ehctracker.letters.Contact contact(Contact c) {
        return c == null ? null : new uk.ehctracker.letters.Contact(c.name(), c.phone(), c.email(), c.web());
    }
}
