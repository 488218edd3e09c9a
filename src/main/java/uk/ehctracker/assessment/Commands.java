package uk.ehctracker.assessment;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import uk.ehctracker.statutory.ExceptionReason;
import uk.ehctracker.statutory.TimeLimit;

/** What people ask the service to do, one record per command. Validated by the service. */
public final class Commands {

    private Commands() {
    }

    /**
     * A request for an EHC needs assessment. {@code receivedOn} is honoured for LA staff
     * (back-dating a request received by post); for families and schools it is today.
     */
    public record NewRequest(Long childId, RequestedBy requestedBy, LocalDate receivedOn, String reasons,
            String requesterName, String evidenceGaps) {
    }

    /** s36(8): has or may have SEN, and may need provision through a plan; Code 9.14 evidence. */
    public record DecideWhetherToAssess(DecisionOutcome outcome, boolean mayHaveSen, boolean mayNeedPlan,
            Set<String> evidenceWeighed, Set<AdviceKind> additionalAdvice, String reasons, LocalDate decidedOn) {
    }

    public record GiveAdvice(long adviceRequestId, String advice, LocalDate givenOn) {
    }

    /** reg 6(4): existing advice is enough, as the adviser, the LA and the family agree. */
    public record WaiveAdvice(long adviceRequestId, String reason) {
    }

    /**
     * The family's own views (CFA s19; reg 7): about the child, what is hard, what has helped, their
     * hopes, the child's own words, and the case's documents they attach (a drawing, a photograph).
     */
    public record GiveFamilyViews(String aboutChild, String whatIsHard, String whatHasHelped, String hopes,
            String childsVoice, java.util.List<Long> documentIds) {
    }

    /** s37(1): is it necessary for provision to be made through a plan? */
    public record DecideWhetherToIssue(DecisionOutcome outcome, boolean necessary, String reasons, LocalDate decidedOn) {
    }

    public record WriteDraftPlan(Map<PlanSectionName, String> sections, LocalDate servedOn) {
    }

    /** reg 13(1): comments, a particular school, a meeting; CFA s49: a personal budget. */
    public record CommentOnDraft(String comments, String requestedSchool, boolean wantsMeeting, boolean wantsPersonalBudget) {
    }

    /** CFA s40(3): the school or setting the LA chose to consult, by its name or URN in the directory. */
    public record ChooseSettingToConsult(String settingToConsult) {
    }

    public record RespondToConsultation(boolean canMeetNeeds, String response, LocalDate respondedOn) {
    }

    /**
     * After the setting said it cannot meet the needs: name it anyway, or consult another. Not
     * naming the school the family asked for needs a CFA s39(4) ground.
     */
    public record DecideAfterConsultation(AfterConsultation decision, NotNamingGround notNamingGround, String reasons) {
    }

    /**
     * The final plan as the caseworker finalises it (reg 12, 13(2)): each section's text, starting
     * from the draft's (a section not given keeps the draft's text), and for each section what
     * changed and why. Section I is the named placement: the setting consulted, or, when
     * {@code namedPlacementIsTypeOnly}, only a type of school, which needs no consultation (CFA s40(2)).
     */
    public record IssueFinalPlan(String namedPlacement, boolean namedPlacementIsTypeOnly, Map<PlanSectionName, String> sections,
            Map<PlanSectionName, String> changes, LocalDate issuedOn) {

        /** Naming the setting consulted (not only a type of school: CFA s40(2)). */
        public IssueFinalPlan(String namedPlacement, Map<PlanSectionName, String> sections,
                Map<PlanSectionName, String> changes, LocalDate issuedOn) {
            this(namedPlacement, false, sections, changes, issuedOn);
        }

        /** The draft's sections unchanged, naming the setting consulted. */
        public IssueFinalPlan(String namedPlacement, LocalDate issuedOn) {
            this(namedPlacement, false, Map.of(), Map.of(), issuedOn);
        }
    }

    /** reg 13(1)(a)(ii): the meeting with an LA officer the family asked for with the draft. */
    public record ArrangeDraftPlanMeeting(LocalDate meetingOn) {
    }

    public record RecordException(TimeLimit limit, ExceptionReason reason, LocalDate from, LocalDate to, String note) {
    }

    /**
     * A young person's say over their notices (CFA s80; docs/law.md s8): their own e-mail, whether
     * their parent is copied, and who acts for them if they lack capacity (LA staff record that).
     */
    public record YoungPersonsWishes(String email, boolean parentCopies, String representativeName, String representativeEmail) {
    }

    public record Withdraw(String reason) {
    }

    /**
     * A plan the LA made before the tracker, for a child already in the directory: its date, the
     * child's reference in the LA's records, the primary need (code and words, for section B) and
     * the setting it names (section I).
     */
    public record ExistingPlan(long childId, LocalDate planDate, String importRef, String primaryNeed, String needWords,
            String namedPlacement) {
    }
}
