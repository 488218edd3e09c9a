package uk.ehctracker.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.AccessPolicy;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.audit.Audited;
import uk.ehctracker.common.Checks;
import uk.ehctracker.common.ConflictException;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.statutory.StatutoryClock;

/**
 * The family's own views, wishes and feelings (CFA s19; reg 7), given at any stage from the
 * request until the draft plan is written. While the LA's request for them is open (reg 6(1)(a))
 * the views answer it, so the assessment does not wait for them twice. See docs/law.md s5.
 */
@Service
@Transactional
public class FamilyViewsService {

    /** Each answer's limit: five answers under their headings fit the advice a request keeps. */
    public static final int MAX_ANSWER = 3000;

    /** From the request until the draft is written: afterwards the family comments on the draft instead. */
    private static final Set<CaseStage> OPEN_FOR_VIEWS = EnumSet.of(CaseStage.DECIDING_WHETHER_TO_ASSESS,
            CaseStage.GATHERING_ADVICE, CaseStage.DECIDING_WHETHER_TO_ISSUE, CaseStage.DRAFTING_PLAN);

    private final FamilyViewsRepository views;
    private final AdviceRequestRepository adviceRequests;
    private final MilestoneRepository milestones;
    private final CaseTimeline timeline;
    private final AssessmentQueries queries;
    private final AccessPolicy access;
    private final CaseProcess process;
    private final CaseFiles files;
    private final Clock clock;

    FamilyViewsService(FamilyViewsRepository views, AdviceRequestRepository adviceRequests, MilestoneRepository milestones,
            CaseTimeline timeline, AssessmentQueries queries, AccessPolicy access, CaseProcess process, CaseFiles files,
            Clock clock) {
        this.views = views;
        this.adviceRequests = adviceRequests;
        this.milestones = milestones;
        this.timeline = timeline;
        this.queries = queries;
        this.access = access;
        this.process = process;
        this.files = files;
        this.clock = clock;
    }

    /** Whether a case at this stage still takes the family's views. */
    public static boolean openForViews(CaseStage stage) {
        return OPEN_FOR_VIEWS.contains(stage);
    }

    @Audited("The family's views received")
    public FamilyViews giveFamilyViews(long caseId, Commands.GiveFamilyViews cmd, CurrentUser by) {
        AssessmentCase c = queries.caseForCommand(caseId, by);
        if (!access.mayGiveFamilyViews(by, c.getLocalAuthority().getId())) {
            throw new NotFoundException("Case");
        }
        if (!openForViews(c.getStage())) {
            throw new ConflictException(c.getStage() == CaseStage.DRAFT_WITH_FAMILY
                    ? "The draft plan has been written. Please send your views as comments on the draft plan."
                    : "This request is no longer taking views.");
        }
        Commands.GiveFamilyViews clean = new Commands.GiveFamilyViews(Checks.clean(cmd.aboutChild()),
                Checks.clean(cmd.whatIsHard()), Checks.clean(cmd.whatHasHelped()), Checks.clean(cmd.hopes()),
                Checks.clean(cmd.childsVoice()),
                cmd.documentIds() == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(cmd.documentIds())));
        boolean anything = clean.aboutChild() != null || clean.whatIsHard() != null || clean.whatHasHelped() != null
                || clean.hopes() != null || clean.childsVoice() != null || !clean.documentIds().isEmpty();
        new Checks()
                .when(!anything, "aboutChild", "Tell us something in at least one box, or add a drawing or a recording")
                .maxLength("aboutChild", clean.aboutChild(), MAX_ANSWER, "About your child")
                .maxLength("whatIsHard", clean.whatIsHard(), MAX_ANSWER, "What is hard")
                .maxLength("whatHasHelped", clean.whatHasHelped(), MAX_ANSWER, "What has helped")
                .maxLength("hopes", clean.hopes(), MAX_ANSWER, "What you hope for")
                .maxLength("childsVoice", clean.childsVoice(), MAX_ANSWER, "In their own words")
                .when(clean.documentIds().stream().anyMatch(id -> id == null) || !files.allOnCase(caseId, clean.documentIds()),
                        "documents", "A file you attached was not found. Add it again.")
                .throwIfAny();
        LocalDate today = StatutoryClock.today(clock);
        FamilyViews saved = views.save(new FamilyViews(caseId, clean, today, by.username(), by.displayName(), clock.instant()));
        timeline.record(caseId, CaseEventKind.FAMILY_RESPONSE, by.isLaStaff()
                ? "The family's views recorded by " + by.displayName() : "The family sent their views", by.username());
        answerOpenRequestForViews(c, saved, by);
        return saved;
    }

    /** reg 6(1)(a): the LA's open request for the family's views is answered by these views. */
    private void answerOpenRequestForViews(AssessmentCase c, FamilyViews given, CurrentUser by) {
        for (AdviceRequest advice : adviceRequests.findByCaseIdOrderByIdAsc(c.getId())) {
            if (advice.getKind() != AdviceKind.PARENT || !advice.isOpen()) {
                continue;
            }
            String text = given.text().isEmpty() ? "The family sent documents with their views." : given.text();
            advice.give(text, given.getGivenOn(), by.username());
            milestones.findByAdviceId(advice.getId()).ifPresent(m -> m.done(given.getGivenOn()));
            timeline.record(c.getId(), CaseEventKind.ADVICE, advice.getKind().label() + " received", by.username());
            if (process.openAdviceStep(c.getId(), advice.getId()).isPresent()) {
                process.completeAdvice(c.getId(), advice.getId());
            }
        }
        milestones.refreshNextDue(c);
    }
}
