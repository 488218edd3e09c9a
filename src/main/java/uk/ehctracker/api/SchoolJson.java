package uk.ehctracker.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.common.Checks;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.referral.Referral;
import uk.ehctracker.referral.Referrals;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.support.EvidenceChecklist;
import uk.ehctracker.support.NeedType;
import uk.ehctracker.support.SenSupportQueries;
import uk.ehctracker.support.SenSupportRecord;
import uk.ehctracker.support.SenSupportService;
import uk.ehctracker.support.SupportCommands;
import uk.ehctracker.support.SupportViews;

/**
 * The school side and the referrals as JSON: the controllers' adapter onto {@link SenSupportService},
 * {@link SenSupportQueries} and {@link Referrals}, as {@link CaseJson} is for cases. Each command
 * runs the service's command (which checks access, validates and writes its one audit entry) and
 * reads the answer back in the same transaction, so a refused command writes nothing. No rules
 * live here.
 */
@Service
@Transactional
class SchoolJson {

    /** The service's field names where the API's differ. */
    private static final Map<String, String> ASSESS_FIELDS = Map.of("assessNotes", "notes");
    private static final Map<String, String> REVIEW_FIELDS = Map.of("reviewOutcome", "outcome", "reviewNotes", "notes");
    private static final Map<String, String> AGREE_FIELDS = Map.of("specialistKind", "kind");
    private static final Map<String, String> FAMILY_VIEWS_FIELDS = Map.of("familyViews", "views");

    private final SenSupportService support;
    private final SenSupportQueries queries;
    private final Referrals referrals;
    private final AssessmentQueries cases;
    private final CaseJson caseJson;
    private final Clock clock;

    SchoolJson(SenSupportService support, SenSupportQueries queries, Referrals referrals, AssessmentQueries cases,
            CaseJson caseJson, Clock clock) {
        this.support = support;
        this.queries = queries;
        this.referrals = referrals;
        this.cases = cases;
        this.caseJson = caseJson;
        this.clock = clock;
    }

    // ---- SEN support: commands ----

    SchoolModels.SenSupportView place(long childId, SchoolModels.PlaceBody body, CurrentUser user) {
        support.placeOnSenSupport(childId, new SupportCommands.Place(body.placedOn(), body.parentsToldOn(), body.needs()), user);
        return pupil(childId, user);
    }

    SchoolModels.SenSupportView recordNeeds(long childId, SchoolModels.NeedsBody body, CurrentUser user) {
        support.recordNeeds(childId, body.needs(), user);
        return pupil(childId, user);
    }

    SchoolModels.SenSupportView assess(long childId, SchoolModels.AssessBody body, CurrentUser user) {
        renaming(ASSESS_FIELDS, () -> support.assess(childId,
                new SupportCommands.Assess(body.notes(), body.attainment(), body.pupilViews(), body.parentViews()), user));
        return pupil(childId, user);
    }

    SchoolModels.SenSupportView plan(long childId, SchoolModels.PlanBody body, CurrentUser user) {
        support.plan(childId, new SupportCommands.Plan(body.outcomes(), body.provision(), body.reviewDate()), user);
        return pupil(childId, user);
    }

    SchoolModels.SenSupportView bringReviewForward(long childId, CurrentUser user) {
        support.bringReviewForward(childId, user);
        return pupil(childId, user);
    }

    SchoolModels.SenSupportView review(long childId, SchoolModels.ReviewBody body, CurrentUser user) {
        renaming(REVIEW_FIELDS, () -> support.review(childId, new SupportCommands.Review(body.outcome(), body.notes()), user));
        return pupil(childId, user);
    }

    SchoolModels.SenSupportView agreeSpecialist(long childId, SchoolModels.SpecialistAgreementBody body, CurrentUser user) {
        // the command's yes or no is a primitive: an absent answer is not "no"
        new Checks().require("parentsAgree", body.parentsAgree(), "Whether the parents agree").throwIfAny();
        renaming(AGREE_FIELDS, () -> support.agreeSpecialist(childId,
                new SupportCommands.AgreeSpecialist(body.kind(), body.parentsAgree(), body.decidedOn()), user));
        return pupil(childId, user);
    }

    SchoolModels.SenSupportView recordSpecialistAdvice(long childId, SchoolModels.SpecialistAdviceBody body, CurrentUser user) {
        support.recordSpecialistAdvice(childId, new SupportCommands.SpecialistAdvice(body.advice(), body.reportDate()), user);
        return pupil(childId, user);
    }

    SchoolModels.SenSupportView addProvision(long childId, SchoolModels.ProvisionBody body, CurrentUser user) {
        support.addProvision(childId, new SupportCommands.AddProvision(body.intervention(), body.delivery(), body.frequency(),
                body.staff(), body.startOn(), body.endOn(), body.yearlyCost()), user);
        return pupil(childId, user);
    }

    SchoolModels.SenSupportView recordMeeting(long childId, SchoolModels.MeetingBody body, CurrentUser user) {
        support.recordMeeting(childId, new SupportCommands.Meeting(body.heldOn(), body.notes()), user);
        return pupil(childId, user);
    }

    SchoolModels.SenSupportView giveFamilyViews(long childId, SchoolModels.FamilyViewsBody body, CurrentUser user) {
        renaming(FAMILY_VIEWS_FIELDS, () -> support.giveFamilyViewsForReview(childId, body.views(), user));
        return pupil(childId, user);
    }

    /** The school's request for an assessment, with the evidence as it stands; answers the new case. */
    ApiModels.CaseView requestAssessment(long childId, SchoolModels.SchoolRequestBody body, CurrentUser user) {
        AssessmentCase c = support.requestAssessment(childId, body.reasons(), user);
        return caseJson.get(c.getId(), user);
    }

    // ---- SEN support: reads ----

    @Transactional(readOnly = true)
    SchoolModels.SenSupportView pupil(long childId, CurrentUser user) {
        return supportView(queries.pupil(childId, user));
    }

    @Transactional(readOnly = true)
    ApiModels.PageOf<SchoolModels.RegisterRowView> register(SupportViews.RegisterFilter filter, int page, int size, CurrentUser user) {
        // filtered to the SENCO's school and paged in the query
        return ApiModels.PageOf.of(queries.register(filter, page, size, user), r -> new SchoolModels.RegisterRowView(r.childId(), r.name(), r.yearGroup(), r.senStatus(),
                r.primaryNeed(), needs(r.needs()), r.nextReview(), r.reviewDue(), r.cyclesCompleted(), r.yearlyCost(),
                "/api/pupils/" + r.childId() + "/sen-support"));
    }

    @Transactional(readOnly = true)
    SchoolModels.EvidenceView evidence(long childId, CurrentUser user) {
        EvidenceChecklist checklist = queries.evidence(childId, user);
        return new SchoolModels.EvidenceView(checklist.isComplete(),
                checklist.items().stream().map(i -> new SchoolModels.EvidenceItemView(i.kind(), i.kind().label(), i.present(),
                        i.detail())).toList(),
                checklist.gapsText());
    }

    /** The pupil's SEN support as the evidence of a request their school made, for LA staff of the case's LA. */
    @Transactional(readOnly = true)
    SchoolModels.SchoolEvidenceView evidenceForCase(long caseId, CurrentUser user) {
        SchoolModels.SenSupportView pupil = queries.evidenceForCase(caseId, user).map(this::supportView)
                .orElseThrow(() -> new NotFoundException("SEN support evidence"));
        AssessmentCase c = cases.visibleCase(caseId, user);
        return new SchoolModels.SchoolEvidenceView(caseId, c.getReasons(), c.getEvidenceGaps(), pupil);
    }

    // ---- children brought to the LA's attention ----

    SchoolModels.ReferralView recordReferral(SchoolModels.NewReferralBody body, CurrentUser user) {
        new Checks().require("childId", body.childId(), "The child").throwIfAny();
        Referral saved = referrals.record(new Referrals.NewReferral(body.childId(), body.notifierName(), body.notifierRole(),
                body.receivedOn(), body.concerns()), user);
        return referralView(saved);
    }

    ApiModels.CaseView treatAsRequest(long referralId, SchoolModels.TreatAsRequestBody body, CurrentUser user) {
        AssessmentCase c = referrals.treatAsRequest(referralId, body.decidedOn(), user);
        return caseJson.get(c.getId(), user);
    }

    SchoolModels.ReferralView decline(long referralId, SchoolModels.DeclineBody body, CurrentUser user) {
        return referralView(referrals.decline(referralId, body.decidedOn(), body.reason(), user));
    }

    @Transactional(readOnly = true)
    ApiModels.PageOf<SchoolModels.ReferralView> referrals(boolean awaitingDecision, int page, int size, CurrentUser user) {
        // filtered to the caller's LA in the query
        return ApiModels.PageOf.of(referrals.page(awaitingDecision, page, size, user), SchoolJson::referralView);
    }

    @Transactional(readOnly = true)
    SchoolModels.ReferralView referral(long referralId, CurrentUser user) {
        return referralView(referrals.get(referralId, user));
    }

    // ---- as JSON ----

    private static SchoolModels.ReferralView referralView(Referral r) {
        return new SchoolModels.ReferralView(r.getId(), r.getChildId(), r.getNotifierName(), r.getNotifierRole(), r.getReceivedOn(),
                r.getConcerns(), r.getStatus(), r.getDecidedOn(), r.getDecidedBy(), r.getDeclineReason(), r.getCaseId(),
                r.getRecordedBy(), r.getRecordedAt());
    }

    private SchoolModels.SenSupportView supportView(SupportViews.PupilSupport p) {
        SenSupportRecord record = p.record();
        LocalDate today = StatutoryClock.today(clock);
        SchoolModels.SchoolRequestView request = record == null || record.getRequestCaseId() == null ? null
                : new SchoolModels.SchoolRequestView(record.getRequestedOn(), record.getRequestCaseId());
        return new SchoolModels.SenSupportView(p.childId(), p.name(), p.dateOfBirth(), p.yearGroup(), p.schoolName(), p.senStatus(),
                p.hasRecord(), record != null && record.isOnSenSupport(),
                record == null ? null : record.getPlacedOn(), record == null ? null : record.getParentsToldOn(),
                record == null ? null : record.getLeftOn(), record == null ? null : record.getLeftReason(),
                p.needs().stream().map(n -> new SchoolModels.NeedView(n.getRank(), n.getNeedType(), n.getNeedType().label(),
                        n.getArea() == null ? null : n.getArea().name(), n.getRecordedOn())).toList(),
                p.cycles().stream().map(y -> new SchoolModels.CycleView(y.getNumber(), y.stage(), y.getStartedOn(), y.getAssessNotes(),
                        y.getAttainment(), y.getPupilViews(), y.getParentViews(), y.getOutcomes(), y.getProvision(), y.getPlannedOn(),
                        y.getReviewDate(), y.getReviewedOn(), y.getReviewOutcome(), y.getReviewNotes(), y.getFamilyReviewViews(),
                        y.getFamilyReviewViewsOn())).toList(),
                p.provision().stream().map(i -> new SchoolModels.ProvisionView(i.getIntervention(), i.getDelivery(), i.getFrequency(),
                        i.getStaff(), i.getStartOn(), i.getEndOn(), i.getYearlyCost(), i.isRunningOn(today))).toList(),
                p.yearlyCost(), p.overThreshold(),
                p.specialists().stream().map(s -> new SchoolModels.SpecialistView(s.getKind(), s.getKind().label(), s.isParentsAgreed(),
                        s.getParentsAgreedOn(), s.getAdvice(), s.getReportDate())).toList(),
                p.meetings().stream().map(m -> new SchoolModels.MeetingView(m.getHeldOn(), m.getNotes(), m.getRecordedBy())).toList(),
                p.openTasks(), p.delivering(), request);
    }

    /** The service writes the needs as their names, most significant first, joined by ", ". */
    private static List<NeedType> needs(String names) {
        return names == null || names.isBlank() ? List.of() : Arrays.stream(names.split(", ")).map(NeedType::valueOf).toList();
    }

    private static void renaming(Map<String, String> names, Runnable command) {
        try {
            command.run();
        } catch (BadInputException e) {
            throw CaseJson.renamed(e, names);
        }
    }
}
