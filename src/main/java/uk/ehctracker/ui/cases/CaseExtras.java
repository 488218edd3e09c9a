package uk.ehctracker.ui.cases;

import java.util.Optional;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.MediationCertificateService;
import uk.ehctracker.assessment.YoungPersonsWishesService;
import uk.ehctracker.complaint.ComplaintService;
import uk.ehctracker.disagreement.DisagreementService;
import uk.ehctracker.documents.DocumentService;
import uk.ehctracker.support.SenSupportQueries;

/**
 * Sections of the case page with services of their own: the case's documents, the school's SEN
 * support, who is sent a young person's letters, the family's options after a decision.
 */
@org.springframework.stereotype.Component
public class CaseExtras {

    private final DocumentService documents;
    private final SenSupportQueries support;
    private final YoungPersonsWishesService youngPersons;
    private final MediationCertificateService mediation;
    private final uk.ehctracker.accounts.Accounts accounts;
    private final uk.ehctracker.assessment.AssessmentQueries queries;
    private final DisagreementService disagreements;
    private final ComplaintService complaints;
    private final uk.ehctracker.review.ReviewService reviews;
    private final uk.ehctracker.cessation.CeaseService cessations;
    private final uk.ehctracker.transfer.TransferService transfers;

    CaseExtras(DocumentService documents, SenSupportQueries support, YoungPersonsWishesService youngPersons,
            MediationCertificateService mediation, uk.ehctracker.accounts.Accounts accounts,
            uk.ehctracker.assessment.AssessmentQueries queries, DisagreementService disagreements, ComplaintService complaints,
            uk.ehctracker.review.ReviewService reviews, uk.ehctracker.cessation.CeaseService cessations,
            uk.ehctracker.transfer.TransferService transfers) {
        this.transfers = transfers;
        this.reviews = reviews;
        this.cessations = cessations;
        this.disagreements = disagreements;
        this.complaints = complaints;
        this.accounts = accounts;
        this.queries = queries;
        this.documents = documents;
        this.support = support;
        this.youngPersons = youngPersons;
        this.mediation = mediation;
    }

    /**
     * After a decision the family may appeal: their options with the dates, and the mediation
     * certificate. Not once an appeal against that decision has ended (conceded, ordered, dismissed
     * or withdrawn): the appeal panel then says what happens next, with an order's or a concession's
     * dates (reg 44; reg 45).
     */
    public Optional<com.vaadin.flow.component.Component> disagreement(long caseId, CurrentUser user, Runnable changed) {
        Optional<DisagreementService.View> refusalDisagreed = disagreements.view(caseId, user).filter(v -> v.decisionDisagreed().isRefusal());
        // a disagreement with the decision records the certificate at its own step (the appeal panel)
        boolean disagreementRecorded = refusalDisagreed.isPresent();
        return mediation.appealOptions(caseId, user)
                .filter(options -> refusalDisagreed.filter(v -> v.outcome() != null && disagreesWith(v, options)).isEmpty())
                .map(options -> new DisagreementPanel(caseId, options, mediation, user, !disagreementRecorded, changed));
    }

    /** Whether the disagreement is about the decision these options are for (the same refusal, sent the same day). */
    private static boolean disagreesWith(DisagreementService.View v, uk.ehctracker.assessment.MediationCertificateService.AppealOptions options) {
        return v.decisionSentOn() != null && v.decisionSentOn().equals(options.noticeSentOn())
                && (v.decisionDisagreed() == uk.ehctracker.disagreement.DecisionDisagreed.NOT_TO_ASSESS)
                        == (options.outcome() == uk.ehctracker.assessment.DecisionOutcome.DO_NOT_ASSESS);
    }

    /**
     * The family's disagreement and its dates (mediation, appeal, an order's clocks), once there is
     * a decision they may appeal; the forms for each step for LA staff of the case ({@code staff}),
     * and for the family their own steps.
     */
    public Optional<com.vaadin.flow.component.Component> appeal(long caseId, CurrentUser user, boolean staff, Runnable changed) {
        Optional<DisagreementService.View> view = disagreements.view(caseId, user);
        java.util.List<uk.ehctracker.disagreement.DecisionDisagreed> open = disagreements.disagreeable(caseId, user);
        if (view.isEmpty() && open.isEmpty()) {
            return Optional.empty();
        }
        boolean familyRecords = user.is(uk.ehctracker.directory.Role.PARENT) && disagreements.mayRecord(caseId, user);
        return Optional.of(new AppealPanel(caseId, view.orElse(null), open, disagreements, user, staff, familyRecords,
                disagreements.youngPersonsOwn(caseId, user), changed));
    }

    /**
     * The family's own page about a decision they may appeal (family/disagreement): their options
     * with the dates until the appeal has ended, then the disagreement step by step with the forms
     * for their own steps. Empty when there is nothing to disagree with.
     */
    public java.util.List<com.vaadin.flow.component.Component> forTheFamily(long caseId, CurrentUser user, Runnable changed) {
        java.util.List<com.vaadin.flow.component.Component> parts = new java.util.ArrayList<>();
        disagreement(caseId, user, changed).ifPresent(parts::add);
        appeal(caseId, user, false, changed).ifPresent(parts::add);
        return parts;
    }

    /**
     * For the family's home page: the decision they may appeal, or their disagreement, in two
     * sentences (the next step and the last day to appeal) and the link to their page about it.
     */
    public Optional<com.vaadin.flow.component.Component> disagreementInBrief(long caseId, CurrentUser user, String pagePath) {
        Optional<DisagreementService.View> view = disagreements.view(caseId, user);
        if (view.filter(v -> v.outcome() != null && v.outcome().bindsTheLa() && !v.orderSteps().isEmpty()).isPresent()) {
            // reg 44; reg 45: after an order or a concession, what the council must do and by when
            return Optional.of(DisagreementInBrief.ordered(caseId, view.get(), pagePath));
        }
        if (view.isPresent()) {
            return Optional.of(DisagreementInBrief.of(caseId, view.get(), pagePath));
        }
        return mediation.appealOptions(caseId, user).map(options -> DisagreementInBrief.of(caseId, options, pagePath));
    }

    /** The family's concerns and complaints with each stage's reply date: for the family and LA staff of the case. */
    public Optional<com.vaadin.flow.component.Component> complaints(long caseId, CurrentUser user, Runnable changed) {
        return complaints.mayRecord(caseId, user)
                ? Optional.of(new ComplaintsPanel(caseId, complaints.views(caseId, user), complaints, user, changed)) : Optional.empty();
    }

    /**
     * The annual review's decision, once a review meeting is held (reg 20(10), reg 22): the forms
     * for LA staff of the case ({@code staff}); the proposed amendments and the comment form for the family.
     */
    public Optional<com.vaadin.flow.component.Component> review(long caseId, CurrentUser user, boolean staff, java.time.LocalDate today,
            Runnable changed) {
        java.util.List<uk.ehctracker.review.ReviewService.View> history = reviews.history(caseId, user);
        if (history.stream().noneMatch(r -> r.meetingHeldOn() != null)) {
            return Optional.empty();
        }
        return Optional.of(new ReviewDecisionPanel(caseId, history, today, reviews, user, staff,
                user.is(uk.ehctracker.directory.Role.PARENT), changed));
    }

    /** The move between phases the plan's open review prepares (reg 18): for LA staff of the case only. */
    public Optional<com.vaadin.flow.component.Component> reviewMove(long caseId, CurrentUser user, boolean staff, Runnable changed) {
        if (!staff) {
            return Optional.empty();
        }
        return reviews.view(caseId, user).filter(r -> r.amendedPlanIssuedOn() == null && r.outcome() != uk.ehctracker.review.ReviewOutcome.KEEP
                && r.outcome() != uk.ehctracker.review.ReviewOutcome.CEASE)
                .map(r -> new ReviewMovePanel(caseId, r, reviews, user, changed));
    }

    /**
     * Ceasing the plan (CFA s45; reg 31), once proposed: what and why, the views, the decision and the
     * appeal rights with their dates; LA staff of the case ({@code staff}) propose it and record each step.
     */
    public Optional<com.vaadin.flow.component.Component> cessation(long caseId, CurrentUser user, boolean staff, java.time.LocalDate today,
            Runnable changed) {
        Optional<uk.ehctracker.cessation.CeaseService.View> view = cessations.view(caseId, user);
        boolean mayPropose = staff && cessations.mayPropose(caseId, user);
        if (view.isEmpty() && !mayPropose) {
            return Optional.empty();
        }
        return Optional.of(new CeasePanel(caseId, view.orElse(null), mayPropose, cessations, user, staff,
                user.is(uk.ehctracker.directory.Role.PARENT), today, changed));
    }

    /** Where ceasing the plan stands, once proposed (the family's home page says it in one line: CeasePanel.familySummary). */
    public Optional<uk.ehctracker.cessation.CeaseService.View> cessationView(long caseId, CurrentUser user) {
        return cessations.view(caseId, user);
    }

    /**
     * Moving the plan to another council (CFA s47; reg 15): the move and its dates once recorded; the
     * forms for LA staff of the case ({@code staff}); for the family, where the plan is and what the
     * new council must do by when.
     */
    public Optional<com.vaadin.flow.component.Component> transfer(long caseId, CurrentUser user, boolean staff, java.time.LocalDate today,
            Runnable changed) {
        Optional<uk.ehctracker.transfer.TransferService.View> view = transfers.view(caseId, user);
        java.util.List<uk.ehctracker.transfer.TransferService.Council> destinations = staff && transfers.mayRecordMove(caseId, user)
                ? transfers.destinations(caseId, user) : java.util.List.of();
        if (view.isEmpty() && destinations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TransferPanel(caseId, view.orElse(null), destinations, transfers, user, staff,
                user.is(uk.ehctracker.directory.Role.PARENT), today, changed));
    }

    /** Where the plan is moving or moved, in the family's words, for their home page, once a move is recorded. */
    public Optional<String> transferSummary(long caseId, CurrentUser user) {
        return transfers.view(caseId, user).map(TransferPanel::familySummary);
    }

    /** CFA s47: the council that issued a plan since transferred to another, whose family page speaks as "we". */
    public Optional<String> councilThatIssuedATransferredPlan(long caseId, CurrentUser user) {
        return transfers.view(caseId, user).filter(v -> v.transferredOn() != null).map(uk.ehctracker.transfer.TransferService.View::fromLa);
    }

    /** reg 31(1): the family was told the council is considering ending the plan, and it has not decided yet. */
    public boolean cessationAsksFamilyViews(long caseId, CurrentUser user) {
        return cessations.view(caseId, user).filter(v -> v.familyToldOn() != null && v.decidedOn() == null && v.keptOn() == null).isPresent();
    }

    /** Who is sent the letters, once the child is a young person (CFA s83(2)). */
    public Optional<com.vaadin.flow.component.Component> youngPerson(long caseId, CurrentUser user) {
        return youngPersons.mayRead(caseId, user) && youngPersons.wishes(caseId, user).youngPerson()
                ? Optional.of(new YoungPersonPanel(caseId, youngPersons, user)) : Optional.empty();
    }

    /** The pupil's SEN support, read only, on a case their school requested, for those the access policy lets read it. */
    public Optional<com.vaadin.flow.component.Component> senSupport(long caseId, CurrentUser user) {
        return support.evidenceForCase(caseId, user).map(SenSupportPanel::new);
    }

    /** Who in the family can sign in, and an invitation: for LA staff of the case (the caller checks). */
    public com.vaadin.flow.component.Component familyAccounts(long caseId, CurrentUser user) {
        return new FamilyAccountsPanel(caseId, accounts, user);
    }

    /** The model the case follows, drawn, with its place in it: for LA staff of the case (the caller checks). */
    public Optional<com.vaadin.flow.component.Component> processDiagram(long caseId, CurrentUser user) {
        uk.ehctracker.assessment.ProcessDiagram diagram = queries.diagram(caseId, user);
        return diagram.isEmpty() ? Optional.empty() : Optional.of(new ProcessDiagramPanel(diagram));
    }

    /** The case's documents with an upload. */
    public Optional<com.vaadin.flow.component.Component> documents(long caseId, CurrentUser user) {
        return documents(caseId, user, 2);
    }

    /** The same, under a heading of the given level (2 or 3). */
    public Optional<com.vaadin.flow.component.Component> documents(long caseId, CurrentUser user, int headingLevel) {
        DocumentsPanel panel = new DocumentsPanel(caseId, documents, user, headingLevel);
        panel.setId("documents-" + caseId);
        return Optional.of(panel);
    }
}
